package org.consilium.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestClock;
import org.consilium.testing.WorkRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Closure with a listed reason, the follow-up schedule it plans, follow-up contacts and reopening, on MariaDB. */
@MariaDbTest
class FollowUpServiceTest {

    @Autowired
    CaseService cases;

    @Autowired
    CaseSheets sheets;

    @Autowired
    CaseLists lists;

    @Autowired
    CaseNorms norms;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestCases testCases;

    @Autowired
    TestClock clock;

    @Autowired
    WorkRules rules;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restore() {
        clock.reset();
        signedIn.as("admin", () -> {
            rules.followUpMonths(1, 1);
            rules.followUpMonths(2, 3);
            rules.followUpMonths(3, 6);
        });
    }

    private long closedCase(ClosureReason reason, String note) {
        long id = testCases.openCaseForDemoCurator();
        signedIn.as("curator", () -> cases.close(id, testCases.version(id),
                ClosureDetails.of(reason, note, "Андрій ходить до школи щодня")));
        return id;
    }

    private CaseSheet sheet(long id) {
        return signedIn.as("curator", () -> sheets.sheet(id).orElseThrow());
    }

    private static FollowUpDetails contact(LocalDate on, FollowUpResult result, String reopenReason) {
        FollowUpDetails d = new FollowUpDetails();
        d.setContactedOn(on);
        d.setContactKind(ContactKind.HOME_VISIT);
        d.setResult(result);
        d.setNotes("Мати працює, діти відвідують школу");
        d.setReopen(reopenReason != null);
        d.setReopenReason(reopenReason == null ? "" : reopenReason);
        return d;
    }

    @Test
    void a_case_closes_with_a_listed_reason_and_its_follow_up_contacts_are_planned_by_the_schedule() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> closedCase(ClosureReason.OTHER, " "))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains(ClosureDetails.CLOSURE_NOTE));
        long id = closedCase(ClosureReason.REFUSED_COOPERATION, "");

        assertThat(jdbc.queryForMap("SELECT stage, is_open, closure_reason_code, closure_reason, stage_due_on FROM family_case WHERE id = ?", id))
                .containsEntry("stage", "CLOSURE").containsEntry("is_open", false)
                .containsEntry("closure_reason_code", "REFUSED_COOPERATION").containsEntry("closure_reason", null)
                .containsEntry("stage_due_on", java.sql.Date.valueOf(today.plusMonths(1)));
        assertThat(jdbc.queryForList("SELECT due_on FROM case_follow_up WHERE case_id = ? AND status = 'PLANNED' ORDER BY step_no",
                LocalDate.class, id)).containsExactly(today.plusMonths(1), today.plusMonths(3), today.plusMonths(6));

        signedIn.as("admin", () -> rules.followUpMonths(3, 9));
        long other = closedCase(ClosureReason.OTHER, "Сім’я виїхала за кордон");
        assertThat(sheet(other).followUps()).extracting(CaseSheet.FollowUpLine::dueOn)
                .containsExactly(today.plusMonths(1), today.plusMonths(3), today.plusMonths(9));
        assertThat(sheet(other).closureNote()).isEqualTo("Сім’я виїхала за кордон");
    }

    @Test
    void the_schedule_refuses_a_contact_that_does_not_come_later_than_the_one_before_it() {
        signedIn.as("admin", () -> rules.followUpMonths(2, 1));
        assertThatThrownBy(() -> signedIn.as("admin", () -> norms.checkFollowUpSchedule()))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).contains("followUp.2");
                    assertThat(e.getMessageKey()).isEqualTo("followUp.step.increasing");
                });
        assertThatThrownBy(() -> signedIn.as("admin", () -> rules.followUpMonths(1, 13)))
                .hasFieldOrPropertyWithValue("messageKey", "followUp.step.range");
        assertThatThrownBy(() -> signedIn.as("curator", () -> rules.followUpMonths(1, 2)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_due_follow_up_shows_in_the_curators_work_and_recording_it_makes_the_next_one_due() {
        long id = closedCase(ClosureReason.GOALS_ACHIEVED, "");
        assertThat(signedIn.as("curator", () -> lists.myFollowUpsDue(50))).extracting(DueCase::caseId).doesNotContain(id);
        CaseSheet.FollowUpLine planned = sheet(id).followUps().getFirst();
        // Refused before the clock moves on, so that the audit log's refusal keeps today's time.
        assertThatThrownBy(() -> signedIn.as("school", () -> cases.recordFollowUp(id, planned.id(), planned.version(),
                contact(LocalDate.now(clock), FollowUpResult.HELD, null)))).isInstanceOf(AccessDeniedException.class);

        clock.advance(Duration.ofDays(40));
        LocalDate today = LocalDate.now(clock);
        assertThat(signedIn.as("curator", () -> lists.myFollowUpsDue(50))).extracting(DueCase::caseId).contains(id);
        CaseSheet.FollowUpLine first = sheet(id).followUps().getFirst();
        assertThat(first.overdue()).isTrue();
        assertThat(sheet(id).mayRecordFollowUp()).isTrue();

        signedIn.as("curator", () -> cases.recordFollowUp(id, first.id(), first.version(),
                contact(today, FollowUpResult.HELD, null)));
        assertThatThrownBy(() -> signedIn.as("curator", () -> cases.recordFollowUp(id, first.id(), first.version(),
                contact(today, FollowUpResult.HELD, null)))).isInstanceOf(EditConflictException.class);

        CaseSheet after = sheet(id);
        assertThat(after.stage()).isEqualTo(CaseStage.FOLLOW_UP);
        assertThat(after.dueOn()).isEqualTo(after.followUps().get(1).dueOn());
        assertThat(after.followUps().getFirst().status()).isEqualTo(FollowUp.Status.DONE);
        assertThat(after.followUps().getFirst().result()).isEqualTo(FollowUpResult.HELD);
        assertThat(after.followUps().getFirst().recordedBy()).isEqualTo("Ірина Коваль");
        assertThat(signedIn.as("curator", () -> lists.myFollowUpsDue(50))).extracting(DueCase::caseId).doesNotContain(id);
    }

    @Test
    void a_follow_up_whose_results_did_not_hold_reopens_the_case_and_cancels_the_contacts_left() {
        long id = closedCase(ClosureReason.GOALS_ACHIEVED, "");
        clock.advance(Duration.ofDays(35));
        CaseSheet.FollowUpLine first = sheet(id).followUps().getFirst();
        signedIn.as("curator", () -> cases.recordFollowUp(id, first.id(), first.version(),
                contact(LocalDate.now(clock), FollowUpResult.NOT_HELD, "Андрій знову пропускає школу")));

        CaseSheet reopened = sheet(id);
        assertThat(reopened.open()).isTrue();
        assertThat(reopened.stage()).isEqualTo(CaseStage.IN_DEPTH_ASSESSMENT);
        assertThat(reopened.dueOn()).as("due by the stage's time limit").isNotNull();
        assertThat(reopened.timeline().getLast().comment()).isEqualTo("Андрій знову пропускає школу");
        assertThat(reopened.followUps()).extracting(CaseSheet.FollowUpLine::status)
                .containsExactly(FollowUp.Status.DONE, FollowUp.Status.CANCELLED, FollowUp.Status.CANCELLED);
        assertThat(reopened.mayRecordFollowUp()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_follow_up WHERE case_id = ? AND status = 'PLANNED'",
                Integer.class, id)).isZero();
    }

    @Test
    void the_audit_log_keeps_the_follow_up_contact_under_the_family() {
        long id = closedCase(ClosureReason.GOALS_ACHIEVED, "");
        clock.advance(Duration.ofDays(35));
        CaseSheet.FollowUpLine first = sheet(id).followUps().getFirst();
        signedIn.as("curator", () -> cases.recordFollowUp(id, first.id(), first.version(),
                contact(LocalDate.now(clock), FollowUpResult.PARTLY_HELD, null)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE case_id = ? AND entity_type = 'FollowUp'",
                Integer.class, id)).isPositive();
    }
}
