package org.consilium.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.consilium.attachment.Attachment;
import org.consilium.attachment.SampleFiles;
import org.consilium.attachment.StoredFile;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.base.RecordNotFoundException;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestAgreements;
import org.consilium.testing.TestAgreements.AssessmentCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@MariaDbTest
class AgreementServiceTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    AgreementService agreements;

    @Autowired
    TestAgreements testAgreements;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    private AssessmentCase c;

    @BeforeEach
    void aCaseInAssessment() {
        c = testAgreements.caseInAssessment();
    }

    private AgreementDetails details(LocalDate signedOn, long signer) {
        AgreementDetails d = AgreementDetails.signedOn(signedOn);
        d.setSignerId(signer);
        d.setFamilyUndertakes("Відвідувати консультації психолога разом з Ігорем");
        d.setServiceUndertakes("Допомогти оформити субсидію, знайти гурток для Ігоря");
        return d;
    }

    private CooperationAgreement signed(LocalDate on) {
        return signedIn.as("curator", () -> agreements.sign(c.caseId(), details(on, c.motherId())));
    }

    private Attachment scanOf(CooperationAgreement a) {
        return signedIn.as("curator", () -> agreements.attachScan(c.caseId(), a.getId(), "угода.pdf",
                new ByteArrayInputStream(SampleFiles.pdf())));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static AgreementWithdrawalDetails withdrawal(LocalDate on) {
        return new AgreementWithdrawalDetails(on, "Мати відмовилася від співпраці після переїзду");
    }

    @Test
    void the_curator_records_a_signed_agreement_with_its_scan_and_the_case_then_has_an_agreement_in_force() throws IOException {
        assertThat(signedIn.as("curator", () -> agreements.agreementInForce(c.caseId()))).isFalse();
        AgreementSheet before = signedIn.as("curator", () -> agreements.sheet(c.caseId()));
        assertThat(before.agreements()).isEmpty();
        assertThat(before.maySign()).isTrue();

        CooperationAgreement a = signed(TODAY.minusDays(1));
        Attachment scan = scanOf(a);

        assertThat(signedIn.as("curator", () -> agreements.agreementInForce(c.caseId()))).isTrue();
        AgreementSheet sheet = signedIn.as("curator", () -> agreements.sheet(c.caseId()));
        assertThat(sheet.maySign()).as("one is in force").isFalse();
        assertThat(sheet.mayWithdraw()).isTrue();
        AgreementSheet.Agreement read = sheet.inForce().orElseThrow();
        assertThat(read.signerName()).isEqualTo("Савченко Олена");
        assertThat(read.validUntil()).isEqualTo(TODAY.minusDays(1).plusYears(1));
        assertThat(read.recordedByName()).isEqualTo("Ірина Коваль");
        assertThat(read.scans()).extracting(Attachment::getOriginalName).containsExactly("угода.pdf");
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'VIEW' AND entity_type = 'cooperation-agreement'"
                + " AND entity_id = ? AND case_id = ?", a.getId(), c.caseId())).isEqualTo(1L);

        StoredFile file = signedIn.as(c.teamCurator(), () -> agreements.downloadScan(c.caseId(), a.getId(), scan.getId()));
        try (InputStream in = file.openStream()) {
            assertThat(in.readAllBytes()).startsWith("%PDF".getBytes());
        }
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'cooperation-agreement-scan'"
                + " AND entity_id = ? AND username = ? AND detail = ?", a.getId(), c.teamCurator(),
                String.valueOf(scan.getId()))).isEqualTo(1L);
    }

    @Test
    void a_second_agreement_waits_for_the_withdrawal_of_the_first_which_stays_readable() {
        CooperationAgreement first = signed(TODAY.minusDays(20));
        assertThatThrownBy(() -> signed(TODAY)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.getField()).contains(AgreementDetails.SIGNED_ON);
            assertThat(e.getMessageKey()).isEqualTo("assessment.agreement.anotherInForce");
        });
        assertThat(count("SELECT count(*) FROM cooperation_agreement WHERE case_id = ?", c.caseId())).isEqualTo(1L);

        signedIn.as("curator", () -> agreements.withdraw(c.caseId(), first.getId(), first.getVersion(), withdrawal(TODAY.minusDays(3))));
        assertThat(signedIn.as("curator", () -> agreements.agreementInForce(c.caseId()))).isFalse();
        assertThat(signedIn.as("curator", () -> agreements.sheet(c.caseId())).maySign()).isTrue();

        CooperationAgreement second = signed(TODAY);
        List<AgreementSheet.Agreement> list = signedIn.as("curator", () -> agreements.sheet(c.caseId())).agreements();
        assertThat(list).extracting(AgreementSheet.Agreement::id).containsExactly(second.getId(), first.getId());
        assertThat(list).extracting(AgreementSheet.Agreement::status)
                .containsExactly(AgreementStatus.IN_FORCE, AgreementStatus.WITHDRAWN);
        assertThat(list.get(1).withdrawnOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(list.get(1).withdrawalReason()).isEqualTo("Мати відмовилася від співпраці після переїзду");
        assertThat(list.get(1).withdrawnByName()).isEqualTo("Ірина Коваль");
    }

    @Test
    void a_withdrawal_on_a_stale_version_or_a_bad_day_is_refused_and_changes_nothing() {
        CooperationAgreement a = signed(TODAY.minusDays(20));
        scanOf(a);
        long version = jdbc.queryForObject("SELECT version FROM cooperation_agreement WHERE id = ?", Long.class, a.getId());

        assertThatThrownBy(() -> signedIn.as("curator", () -> agreements.withdraw(c.caseId(), a.getId(), version,
                withdrawal(TODAY.minusDays(21))))).isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).contains(AgreementWithdrawalDetails.WITHDRAWN_ON);
                    assertThat(e.getMessageKey()).isEqualTo("assessment.agreement.withdrawnBeforeSigned");
                });
        signedIn.as("supervisor", () -> agreements.withdraw(c.caseId(), a.getId(), version, withdrawal(TODAY)));
        assertThatThrownBy(() -> signedIn.as("curator", () -> agreements.withdraw(c.caseId(), a.getId(), version,
                withdrawal(TODAY.minusDays(1))))).isInstanceOfSatisfying(EditConflictException.class,
                        e -> assertThat(e.getChangedBy()).isEqualTo("Андрій Мороз"));
        assertThat(jdbc.queryForObject("SELECT withdrawn_on FROM cooperation_agreement WHERE id = ?", LocalDate.class,
                a.getId())).isEqualTo(TODAY);
    }

    @Test
    void only_an_adult_of_the_cases_own_family_signs_and_a_refused_agreement_leaves_nothing() {
        assertThat(signedIn.as("curator", () -> agreements.signers(c.caseId())))
                .extracting(CooperationMember::id).containsExactly(c.motherId());
        assertThatThrownBy(() -> signedIn.as("curator", () -> agreements.sign(c.caseId(), details(TODAY, c.childId()))))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).contains(AgreementDetails.SIGNER);
                    assertThat(e.getMessageKey()).isEqualTo("assessment.agreement.signerAdult");
                });
        AssessmentCase other = testAgreements.caseInAssessment();
        assertThatThrownBy(() -> signedIn.as("curator", () -> agreements.sign(c.caseId(), details(TODAY, other.motherId()))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("assessment.agreement.signerOfFamily"));
        assertThat(count("SELECT count(*) FROM cooperation_agreement WHERE case_id = ?", c.caseId())).isZero();
    }

    @Test
    void an_agreement_is_reached_only_through_its_own_case() {
        CooperationAgreement mine = signed(TODAY);
        Attachment scan = scanOf(mine);
        AssessmentCase other = testAgreements.caseInAssessment();

        // The curator of both cases cannot reach this agreement through the other case's access.
        assertThatThrownBy(() -> signedIn.as("curator", () -> agreements.withdraw(other.caseId(), mine.getId(),
                mine.getVersion(), withdrawal(TODAY)))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> signedIn.as("curator", () -> agreements.downloadScan(other.caseId(), mine.getId(),
                scan.getId()))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> signedIn.as("curator", () -> agreements.attachScan(other.caseId(), mine.getId(), "x.pdf",
                new ByteArrayInputStream(SampleFiles.pdf())))).isInstanceOf(RecordNotFoundException.class);
        CooperationAgreement theirs = signedIn.as("curator", () -> agreements.sign(other.caseId(), details(TODAY, other.motherId())));
        assertThatThrownBy(() -> signedIn.as("curator", () -> agreements.downloadScan(other.caseId(), theirs.getId(),
                scan.getId()))).as("a scan of another agreement").isInstanceOf(RecordNotFoundException.class);
        assertThat(count("SELECT count(*) FROM attachment WHERE owner_type = 'cooperation-agreement' AND owner_id IN (?, ?)",
                mine.getId(), theirs.getId())).isEqualTo(1L);
    }

    @Test
    void a_file_that_is_not_a_scan_is_refused_at_the_file() {
        CooperationAgreement a = signed(TODAY);
        assertThatThrownBy(() -> signedIn.as("curator", () -> agreements.attachScan(c.caseId(), a.getId(), "угода.pdf",
                new ByteArrayInputStream(SampleFiles.exe())))).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("attachment.typeNotAllowed"));
        assertThat(signedIn.as("curator", () -> agreements.sheet(c.caseId())).agreements().get(0).scans()).isEmpty();
    }

    @Test
    void a_curator_of_the_team_who_is_not_the_cases_curator_reads_and_downloads_but_changes_nothing() {
        CooperationAgreement a = signed(TODAY);
        Attachment scan = scanOf(a);
        String colleague = c.teamCurator();

        AgreementSheet sheet = signedIn.as(colleague, () -> agreements.sheet(c.caseId()));
        assertThat(sheet.agreements()).hasSize(1);
        assertThat(sheet.maySign()).isFalse();
        assertThat(sheet.mayWithdraw()).isFalse();
        assertThat(signedIn.as(colleague, () -> agreements.agreementInForce(c.caseId()))).isTrue();
        assertThat(signedIn.as(colleague, () -> agreements.downloadScan(c.caseId(), a.getId(), scan.getId()))).isNotNull();

        Map<String, Supplier<Object>> writes = Map.of(
                "signers", () -> agreements.signers(c.caseId()),
                "sign", () -> agreements.sign(c.caseId(), details(TODAY, c.motherId())),
                "withdraw", () -> agreements.withdraw(c.caseId(), a.getId(), a.getVersion(), withdrawal(TODAY)),
                "attachScan", () -> agreements.attachScan(c.caseId(), a.getId(), "x.pdf", new ByteArrayInputStream(SampleFiles.pdf())));
        writes.forEach((name, call) -> assertThatThrownBy(() -> signedIn.as(colleague, call))
                .as(name).isInstanceOf(AccessDeniedException.class));
        assertThat(count("SELECT count(*) FROM cooperation_agreement WHERE case_id = ? AND withdrawn_on IS NULL", c.caseId()))
                .isEqualTo(1L);
        assertThat(count("SELECT count(*) FROM attachment WHERE owner_type = 'cooperation-agreement' AND owner_id = ?",
                a.getId())).isEqualTo(1L);
    }

    @Test
    void partners_taking_part_the_family_and_a_curator_of_another_team_are_refused_every_method() {
        CooperationAgreement a = signed(TODAY);
        Attachment scan = scanOf(a);

        Map<String, Supplier<Object>> calls = Map.of(
                "sheet", () -> agreements.sheet(c.caseId()),
                "agreementInForce", () -> agreements.agreementInForce(c.caseId()),
                "signers", () -> agreements.signers(c.caseId()),
                "sign", () -> agreements.sign(c.caseId(), details(TODAY, c.motherId())),
                "withdraw", () -> agreements.withdraw(c.caseId(), a.getId(), a.getVersion(), withdrawal(TODAY)),
                "attachScan", () -> agreements.attachScan(c.caseId(), a.getId(), "x.pdf", new ByteArrayInputStream(SampleFiles.pdf())),
                "downloadScan", () -> agreements.downloadScan(c.caseId(), a.getId(), scan.getId()));
        for (String user : List.of("school", "police", "health", c.familyUser(), c.otherTeamCurator())) {
            calls.forEach((name, call) -> assertThatThrownBy(() -> signedIn.as(user, call))
                    .as("%s calling %s", user, name).isInstanceOf(AccessDeniedException.class));
        }
        assertThat(count("SELECT count(*) FROM cooperation_agreement WHERE case_id = ? AND withdrawn_on IS NULL", c.caseId()))
                .isEqualTo(1L);
        assertThat(count("SELECT count(*) FROM attachment WHERE owner_type = 'cooperation-agreement' AND owner_id = ?",
                a.getId())).isEqualTo(1L);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type IN ('cooperation-agreement',"
                + " 'cooperation-agreement-scan') AND action IN ('VIEW', 'EXPORT') AND entity_id = ?", a.getId())).isZero();
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'DENIED' AND case_id = ? AND username = ?",
                c.caseId(), c.otherTeamCurator())).isEqualTo(7L);
    }
}
