package org.consilium.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseSheets;
import org.consilium.family.Family;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Recording what intake checked while verifying a referral, against the database. */
@MariaDbTest
class ReferralVerificationServiceTest {

    @Autowired
    ReferralService referrals;

    @Autowired
    CaseService cases;

    @Autowired
    CaseSheets sheets;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestCases testCases;

    @Autowired
    StaffAccounts staff;

    private Referral beingVerified() {
        long id = testCases.newReferral(SignedIn.unique("Verify "));
        return signedIn.as("intake", () -> referrals.startVerification(id, referrals.get(id).orElseThrow().getVersion()));
    }

    private Referral reread(Referral r) {
        return signedIn.as("supervisor", () -> referrals.get(r.getId()).orElseThrow());
    }

    private static VerificationDetails checked(FamilyContact contact, LocalDate on, VerificationOutcome outcome, boolean finished) {
        VerificationDetails d = new VerificationDetails();
        d.setSources("школа №12, дільничний інспектор");
        d.setFamilyContact(contact);
        d.setContactedOn(on);
        d.setOutcome(outcome);
        d.setNote("Мати підтвердила по телефону, що син не ходить до школи.");
        d.setMarkVerified(finished);
        return d;
    }

    private void refusedAt(String user, Referral r, VerificationDetails d, String field, String key) {
        assertThatThrownBy(() -> signedIn.as(user, () -> referrals.recordVerification(r.getId(), r.getVersion(), d)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).contains(field);
                    assertThat(e.getMessageKey()).isEqualTo(key);
                });
    }

    @Test
    void intake_records_what_it_checked_then_marks_the_referral_verified_and_the_queue_shows_it_so() {
        Referral r = beingVerified();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Referral draft = signedIn.as("intake", () -> referrals.recordVerification(r.getId(), r.getVersion(),
                checked(FamilyContact.NOT_REACHED, null, null, false)));
        assertThat(reread(r).getStatus()).isEqualTo(ReferralStatus.VERIFYING);
        assertThat(reread(r).getVerification()).hasValueSatisfying(v -> {
            assertThat(v.getSources()).isEqualTo("школа №12, дільничний інспектор");
            assertThat(v.getFamilyContact()).isEqualTo(FamilyContact.NOT_REACHED);
            assertThat(v.getVerifiedAt()).isNull();
        });

        signedIn.as("intake", () -> referrals.recordVerification(r.getId(), draft.getVersion(),
                checked(FamilyContact.REACHED, yesterday, VerificationOutcome.CONFIRMED, true)));
        Referral verified = reread(r);
        assertThat(verified.getStatus()).isEqualTo(ReferralStatus.VERIFIED);
        assertThat(verified.getVerification()).hasValueSatisfying(v -> {
            assertThat(v.getContactedOn()).isEqualTo(yesterday);
            assertThat(v.getOutcome()).isEqualTo(VerificationOutcome.CONFIRMED);
            assertThat(v.getVerifiedBy()).isEqualTo("intake");
            assertThat(v.getVerifiedAt()).isNotNull();
        });
        assertThat(signedIn.as("supervisor", () -> referrals.queue(new ReferralService.QueueFilter(
                Set.of(ReferralStatus.VERIFIED), Set.of(), Set.of()), PageRequest.of(0, 2000)).getContent()))
                .extracting(ReferralRow::id).contains(r.getId());
    }

    @Test
    void a_supervisor_may_record_it_too() {
        Referral r = beingVerified();
        signedIn.as("supervisor", () -> referrals.recordVerification(r.getId(), r.getVersion(),
                checked(FamilyContact.NOT_TRIED, null, VerificationOutcome.PARTLY_CONFIRMED, true)));
        assertThat(reread(r).getVerification()).hasValueSatisfying(v -> assertThat(v.getVerifiedBy()).isEqualTo("supervisor"));
    }

    @Test
    void partners_the_family_and_curators_may_not_record_it_and_nothing_is_saved() {
        Referral r = beingVerified();
        String otherTeamCurator = staff.createInAnotherTeam("cur.", "Інша Кураторка", AppRoles.CURATOR, "other-team-1");
        for (String user : List.of("school", "police", "health", "family", "curator", otherTeamCurator)) {
            assertThatThrownBy(() -> signedIn.as(user, () -> referrals.recordVerification(r.getId(), r.getVersion(),
                    checked(FamilyContact.NOT_TRIED, null, VerificationOutcome.CONFIRMED, true))))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(reread(r).getVerification()).isEmpty();
        assertThat(reread(r).getStatus()).isEqualTo(ReferralStatus.VERIFYING);
    }

    @Test
    void bad_input_is_refused_at_its_field_and_nothing_is_saved() {
        Referral r = beingVerified();
        LocalDate today = LocalDate.now();
        refusedAt("intake", r, checked(FamilyContact.REACHED, today.plusDays(2), VerificationOutcome.CONFIRMED, true),
                VerificationDetails.CONTACTED_ON, "referral.verification.contactedOn.future");
        refusedAt("intake", r, checked(FamilyContact.NOT_REACHED, today, VerificationOutcome.CONFIRMED, true),
                VerificationDetails.CONTACTED_ON, "referral.verification.contactedOn.notReached");
        refusedAt("intake", r, checked(FamilyContact.REACHED, null, VerificationOutcome.CONFIRMED, true),
                VerificationDetails.CONTACTED_ON, "referral.verification.contactedOn.required");
        refusedAt("supervisor", r, checked(FamilyContact.REACHED, today, null, true),
                VerificationDetails.OUTCOME, "referral.verification.outcome.required");

        assertThat(reread(r).getVerification()).isEmpty();
        assertThat(reread(r).getStatus()).isEqualTo(ReferralStatus.VERIFYING);
        assertThat(reread(r).getVersion()).isEqualTo(r.getVersion());
    }

    @Test
    void a_record_saved_on_a_stale_version_is_refused_naming_who_saved_first() {
        Referral r = beingVerified();
        signedIn.as("supervisor", () -> referrals.recordVerification(r.getId(), r.getVersion(),
                checked(FamilyContact.NOT_TRIED, null, null, false)));
        assertThatThrownBy(() -> signedIn.as("intake", () -> referrals.recordVerification(r.getId(), r.getVersion(),
                checked(FamilyContact.NOT_REACHED, null, VerificationOutcome.NOT_CONFIRMED, true))))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.getChangedBy()).isEqualTo("Андрій Мороз"));
        assertThat(reread(r).getStatus()).isEqualTo(ReferralStatus.VERIFYING);
    }

    @Test
    void only_a_verified_referral_opens_a_case_whose_page_shows_what_intake_checked_to_its_team_only() {
        Family family = testCases.verifiedReferralForNewFamily().getFamily();
        Referral started = beingVerified();
        Referral r = signedIn.as("intake", () -> referrals.linkFamily(started.getId(), started.getVersion(), family));
        long curator = staff.idOf("curator");
        assertThatThrownBy(() -> signedIn.as("supervisor", () -> cases.openFromReferral(r.getId(), r.getVersion(),
                TestCases.CRISIS, curator, true)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("case.open.notVerified"));

        Referral verified = signedIn.as("intake", () -> referrals.recordVerification(r.getId(), r.getVersion(),
                checked(FamilyContact.REACHED, LocalDate.now(), VerificationOutcome.CONFIRMED, true)));
        long caseId = signedIn.as("supervisor", () -> cases.openFromReferral(verified.getId(), verified.getVersion(),
                TestCases.CRISIS, curator, true)).familyCase().getId();

        assertThat(signedIn.as("curator", () -> sheets.initialRequest(caseId)).orElseThrow().verification())
                .satisfies(v -> {
                    assertThat(v.outcome()).isEqualTo(VerificationOutcome.CONFIRMED);
                    assertThat(v.sources()).isEqualTo("школа №12, дільничний інспектор");
                    assertThat(v.verifiedBy()).isEqualTo("Олена Савчук");
                });
        String otherTeamCurator = staff.createInAnotherTeam("cur.", "Інша Кураторка", AppRoles.CURATOR, "other-team-1");
        for (String user : List.of("school", "police", "health", "family", otherTeamCurator)) {
            assertThatThrownBy(() -> signedIn.as(user, () -> sheets.initialRequest(caseId)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
    }
}
