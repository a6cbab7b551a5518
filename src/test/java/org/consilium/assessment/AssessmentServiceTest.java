package org.consilium.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.casefile.CaseAlerts;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestAssessments;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A case's assessment against MariaDB: who may read and write it, versions, and what other modules see of it. */
@MariaDbTest
class AssessmentServiceTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentSummaries summaries;

    @Autowired
    List<CaseAlerts> alerts;

    @Autowired
    TestCases testCases;

    @Autowired
    TestPlans testPlans;

    @Autowired
    TestAssessments testAssessments;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    private long caseId;

    @BeforeEach
    void aNewCase() {
        caseId = testCases.openCaseForDemoCurator();
    }

    private AssessmentSheet started() {
        return signedIn.as("curator", () -> assessments.start(caseId, AssessmentKind.INITIAL));
    }

    private AssessmentSheet sheet(long id) {
        return signedIn.as("curator", () -> assessments.sheet(caseId, id));
    }

    /** Every call a user might make on the case's assessment. */
    private List<Consumer<Long>> everyCall(AssessmentSheet s) {
        List<Consumer<Long>> calls = new ArrayList<>();
        calls.add(c -> assessments.overview(c));
        calls.add(c -> assessments.sheet(c, s.assessmentId()));
        calls.add(c -> assessments.compare(c, s.assessmentId(), s.assessmentId()));
        calls.add(c -> assessments.answerOptions(c));
        calls.add(c -> assessments.start(c, AssessmentKind.RE_ASSESSMENT));
        calls.add(c -> assessments.writeDomain(s.assessmentId(), s.version(), Domain.DISCIPLINE,
                TestAssessments.domain("Бачили", null, null, 2)));
        calls.add(c -> assessments.answerSafety(s.assessmentId(), s.version(), TestAssessments.safe()));
        calls.add(c -> assessments.writeConclusions(s.assessmentId(), s.version(), "П", "Р"));
        calls.add(c -> assessments.complete(s.assessmentId(), s.version()));
        calls.add(c -> assessments.shareSummary(s.assessmentId(), s.version(), "Текст"));
        calls.add(c -> summaries.findingsForGoals(c));
        return calls;
    }

    @Test
    void partners_the_family_and_another_team_are_refused_every_call_and_their_attempts_are_audited() {
        TestPlans.PlanningCase planning = testPlans.caseInPlanning();
        caseId = planning.caseId();
        AssessmentSheet s = signedIn.as("curator", () -> assessments.overview(caseId)).versions().stream()
                .map(v -> sheet(v.assessmentId())).findFirst().orElseThrow();
        String elsewhere = staff.createInAnotherTeam("cur.", "Інна Інша", AppRoles.CURATOR, "another-team-1");
        String elsewhereBoss = staff.createInAnotherTeam("sup.", "Семен Інший", AppRoles.SUPERVISOR, "another-team-1");
        // The school and the police take part in this case with the family's consent, and are refused all the same.
        for (String user : List.of("school", "police", "health", planning.familyUser(), elsewhere, elsewhereBoss)) {
            for (Consumer<Long> call : everyCall(s)) {
                assertThatThrownBy(() -> signedIn.as(user, () -> call.accept(caseId)))
                        .as(user).isInstanceOf(AccessDeniedException.class);
            }
            assertThat(signedIn.as(user, () -> summaries.brief(caseId))).as(user).isEmpty();
            assertThat(signedIn.as(user, () -> alerts.stream().flatMap(a -> a.alertsOf(caseId).stream()).toList())).isEmpty();
        }
        // A partner is refused by the service's role check; a curator of another team by the case's access policy.
        assertThat(jdbc.queryForList("SELECT detail FROM audit_entry WHERE username = 'school' AND action = 'DENIED'",
                String.class)).anySatisfy(d -> assertThat(d).startsWith("AssessmentService.writeDomain(" + s.assessmentId()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE username = ? AND action = 'DENIED'"
                + " AND case_id = ?", Integer.class, elsewhere, caseId)).isGreaterThanOrEqualTo(everyCall(s).size());
        assertThat(sheet(s.assessmentId()).version()).isEqualTo(s.version());
    }

    @Test
    void a_curator_of_the_team_reads_but_only_the_case_curator_and_the_supervisor_write() {
        AssessmentSheet s = started();
        String colleague = staff.createBeside("curator", "cur.", "Оксана Колега", AppRoles.CURATOR, "colleague-pass-1");
        AssessmentSheet read = signedIn.as(colleague, () -> assessments.sheet(caseId, s.assessmentId()));
        assertThat(read.writable()).isFalse();
        assertThat(signedIn.as(colleague, () -> assessments.overview(caseId)).startable()).isEmpty();
        assertThatThrownBy(() -> signedIn.as(colleague, () -> assessments.writeDomain(s.assessmentId(), s.version(),
                Domain.DISCIPLINE, TestAssessments.domain("Бачили", null, null, 2)))).isInstanceOf(AccessDeniedException.class);
        AssessmentSheet bySupervisor = signedIn.as("supervisor", () -> assessments.writeDomain(s.assessmentId(), s.version(),
                Domain.DISCIPLINE, TestAssessments.domain("Правила непослідовні", null, "Мати готова вчитися", 3)));
        assertThat(bySupervisor.finding(Domain.DISCIPLINE).assessedBy()).isEqualTo(
                jdbc.queryForObject("SELECT full_name FROM user_account WHERE username = 'supervisor'", String.class));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE username = ? AND action = 'VIEW'"
                + " AND entity_type = 'assessment' AND entity_id = ?", Integer.class, colleague, s.assessmentId())).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_at_its_field_and_nothing_is_saved() {
        AssessmentSheet s = started();
        DomainDetails future = TestAssessments.domain("Бачили", "Потреба", null, 3);
        future.setAssessedOn(LocalDate.now().plusDays(2));
        assertThatThrownBy(() -> signedIn.as("curator", () -> assessments.writeDomain(s.assessmentId(), s.version(),
                Domain.PARENTAL_CARE, future))).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getField().orElse("")).isEqualTo(DomainDetails.ASSESSED_ON);
        DomainDetails noObservation = TestAssessments.domain(null, "Потреба", null, 3);
        assertThatThrownBy(() -> signedIn.as("curator", () -> assessments.writeDomain(s.assessmentId(), s.version(),
                Domain.PARENTAL_CARE, noObservation))).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getField().orElse("")).isEqualTo(DomainDetails.OBSERVED);
        AssessmentSheet after = sheet(s.assessmentId());
        assertThat(after.version()).isEqualTo(s.version());
        assertThat(after.finding(Domain.PARENTAL_CARE).needs()).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment_domain WHERE assessment_id = ? AND needs IS NOT NULL",
                Integer.class, s.assessmentId())).isZero();
    }

    @Test
    void a_stale_version_is_refused_and_the_winner_kept() {
        AssessmentSheet s = started();
        signedIn.as("supervisor", () -> assessments.writeDomain(s.assessmentId(), s.version(), Domain.DISCIPLINE,
                TestAssessments.domain("Перший запис", null, null, 3)));
        assertThatThrownBy(() -> signedIn.as("curator", () -> assessments.writeDomain(s.assessmentId(), s.version(),
                Domain.DISCIPLINE, TestAssessments.domain("Другий запис", null, null, 2)))).isInstanceOf(EditConflictException.class);
        assertThat(sheet(s.assessmentId()).finding(Domain.DISCIPLINE).observed()).isEqualTo("Перший запис");
    }

    @Test
    void not_safe_shows_on_the_case_header_until_a_later_version_says_safe() {
        AssessmentSheet s = started();
        AssessmentSheet unsafe = signedIn.as("curator", () -> assessments.answerSafety(s.assessmentId(), s.version(),
                TestAssessments.notSafe()));
        List<CaseAlerts.Alert> raised = signedIn.as("supervisor",
                () -> alerts.stream().flatMap(a -> a.alertsOf(caseId).stream()).toList());
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.messageKey()).isEqualTo("assessment.alert.notSafe");
            assertThat(a.route()).isEqualTo("assessment/" + caseId + "?tab=domains");
        });
        AssessmentSheet written = signedIn.as("curator", () -> testAssessments.writeAll(unsafe));
        AssessmentSheet done = signedIn.as("curator", () -> assessments.complete(written.assessmentId(), written.version()));
        AssessmentSheet next = signedIn.as("curator", () -> assessments.start(caseId, AssessmentKind.RE_ASSESSMENT));
        assertThat(next.safety()).isEqualTo(ChildSafety.NOT_SAFE);
        signedIn.as("curator", () -> assessments.answerSafety(next.assessmentId(), next.version(), TestAssessments.safe()));
        assertThat(signedIn.as("curator", () -> alerts.stream().flatMap(a -> a.alertsOf(caseId).stream()).toList())).isEmpty();
        assertThat(sheet(done.assessmentId()).safety()).isEqualTo(ChildSafety.NOT_SAFE);
    }

    @Test
    void versions_start_in_order_and_compare_side_by_side() {
        assertThatThrownBy(() -> signedIn.as("curator", () -> assessments.start(caseId, AssessmentKind.RE_ASSESSMENT)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("assessment.start.initialFirst");
        AssessmentSheet first = testAssessments.completedInitial(caseId, "curator");
        assertThat(first.status()).isEqualTo(AssessmentStatus.COMPLETED);
        AssessmentSheet deep = signedIn.as("curator", () -> assessments.start(caseId, AssessmentKind.IN_DEPTH));
        assertThatThrownBy(() -> signedIn.as("curator", () -> assessments.start(caseId, AssessmentKind.RE_ASSESSMENT)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("assessment.start.inProgress");
        signedIn.as("curator", () -> assessments.writeDomain(deep.assessmentId(), deep.version(), Domain.ADULT_FUNCTIONING,
                TestAssessments.domain("Мати знайшла роботу", "Догляд за дітьми після школи", "Робота", 4)));
        AssessmentComparison c = signedIn.as("supervisor", () -> assessments.compare(caseId, deep.assessmentId(),
                first.assessmentId()));
        assertThat(c.earlier().number()).isEqualTo(1);
        assertThat(c.later().number()).isEqualTo(2);
        assertThat(c.changedDomains()).isEqualTo(1);
        assertThat(signedIn.as("curator", () -> assessments.overview(caseId)).versions())
                .extracting(AssessmentOverview.Version::kind).containsExactly(AssessmentKind.INITIAL, AssessmentKind.IN_DEPTH);
        long other = testCases.openCaseForDemoCurator();
        assertThatThrownBy(() -> signedIn.as("curator", () -> assessments.sheet(other, first.assessmentId())))
                .isInstanceOf(org.consilium.base.RecordNotFoundException.class);
    }

    @Test
    void the_family_reads_only_the_summary_shared_with_it() {
        TestPlans.PlanningCase planning = testPlans.caseInPlanning();
        caseId = planning.caseId();
        assertThat(signedIn.as(planning.familyUser(), () -> summaries.sharedWithFamily(caseId))).isEmpty();
        long id = signedIn.as("curator", () -> assessments.overview(caseId)).latest().assessmentId();
        AssessmentSheet s = sheet(id);
        signedIn.as("curator", () -> assessments.shareSummary(id, s.version(), "Ви дбаєте про дітей."));
        assertThat(signedIn.as(planning.familyUser(), () -> summaries.sharedWithFamily(caseId)))
                .hasValueSatisfying(v -> assertThat(v.text()).isEqualTo("Ви дбаєте про дітей."));
        assertThatThrownBy(() -> signedIn.as("school", () -> summaries.sharedWithFamily(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE username = ? AND action = 'VIEW'"
                + " AND entity_type = 'assessment-summary'", Integer.class, planning.familyUser())).isEqualTo(1);
    }
}
