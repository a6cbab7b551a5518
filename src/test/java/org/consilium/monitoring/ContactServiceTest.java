package org.consilium.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.casefile.CaseTimelineNotes;
import org.consilium.casefile.ContactKind;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The contacts log on MariaDB: recording, ticking off the family's tasks, correcting, and who may. */
@MariaDbTest
class ContactServiceTest {

    @Autowired
    ContactService contacts;

    @Autowired
    ContactTimelineNotes timeline;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestPlans testPlans;

    @Autowired
    JdbcTemplate jdbc;

    private PlanningCase c;
    private long planId;

    @BeforeEach
    void aCaseWithAPlanInForce() {
        c = testPlans.caseInPlanning();
        planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
    }

    private static ContactDetails visit(LocalDate on) {
        ContactDetails d = new ContactDetails();
        d.setContactedOn(on);
        d.setKind(ContactKind.HOME_VISIT);
        d.setParticipants("Олена Савченко, Ігор; кейс-менеджер");
        d.setNotes("Ігор зранку встає сам, мати стежить за розкладом");
        d.setNextStep("Зустріч з класною керівницею");
        d.setNextStepOn(on.plusDays(14));
        return d;
    }

    @Test
    void a_visit_is_recorded_on_the_timeline_and_ticks_off_the_familys_task_seen_done() {
        ContactService.Log before = signedIn.as("curator", () -> contacts.log(c.caseId()));
        assertThat(before.rows()).isEmpty();
        assertThat(before.mayRecord()).isTrue();
        assertThat(before.familyTasks()).extracting(ContactService.FamilyTask::description).containsExactly("Будити Ігоря о 7:00");

        ContactService.FamilyTask wake = before.familyTasks().getFirst();
        ContactDetails d = visit(LocalDate.now());
        d.setFamilyTasksDone(Map.of(wake.id(), wake.version()));
        signedIn.as("curator", () -> contacts.record(c.caseId(), d));

        assertThat(jdbc.queryForObject("SELECT status FROM plan_task WHERE id = ?", String.class, wake.id())).isEqualTo("DONE");
        ContactService.Log after = signedIn.as("curator", () -> contacts.log(c.caseId()));
        assertThat(after.rows()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ContactKind.HOME_VISIT);
            assertThat(r.tasksDone()).containsExactly("Будити Ігоря о 7:00");
            assertThat(r.recordedBy()).isEqualTo("Ірина Коваль");
        });
        assertThat(after.familyTasks()).isEmpty();
        assertThat(signedIn.as("curator", () -> timeline.notesOf(c.caseId()))).extracting(CaseTimelineNotes.Note::messageKey)
                .containsExactly("contact.timeline.HOME_VISIT");
    }

    @Test
    void a_task_changed_meanwhile_refuses_the_whole_contact() {
        ContactService.FamilyTask wake = signedIn.as("curator", () -> contacts.log(c.caseId())).familyTasks().getFirst();
        jdbc.update("UPDATE plan_task SET version = version + 1 WHERE id = ?", wake.id());
        ContactDetails d = visit(LocalDate.now());
        d.setFamilyTasksDone(Map.of(wake.id(), wake.version()));
        assertThatThrownBy(() -> signedIn.as("curator", () -> contacts.record(c.caseId(), d)))
                .isInstanceOf(EditConflictException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_contact WHERE case_id = ?", Integer.class, c.caseId()))
                .as("nothing saved half").isZero();
    }

    @Test
    void bad_input_is_refused_at_its_field_and_a_correction_at_an_old_version_is_refused() {
        ContactDetails future = visit(LocalDate.now().plusDays(1));
        assertThatThrownBy(() -> signedIn.as("curator", () -> contacts.record(c.caseId(), future)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains(ContactDetails.CONTACTED_ON));
        ContactDetails noOne = visit(LocalDate.now());
        noOne.setParticipants(" ");
        assertThatThrownBy(() -> signedIn.as("curator", () -> contacts.record(c.caseId(), noOne)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains(ContactDetails.PARTICIPANTS));
        ContactDetails stepBefore = visit(LocalDate.now());
        stepBefore.setNextStepOn(LocalDate.now().minusDays(1));
        assertThatThrownBy(() -> signedIn.as("curator", () -> contacts.record(c.caseId(), stepBefore)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains(ContactDetails.NEXT_STEP_ON));

        Contact saved = signedIn.as("curator", () -> contacts.record(c.caseId(), visit(LocalDate.now())));
        ContactDetails corrected = visit(LocalDate.now().minusDays(1));
        corrected.setKind(ContactKind.CALL);
        signedIn.as("curator", () -> contacts.change(saved.getId(), saved.getVersion(), corrected));
        assertThatThrownBy(() -> signedIn.as("curator", () -> contacts.change(saved.getId(), saved.getVersion(), visit(LocalDate.now()))))
                .isInstanceOf(EditConflictException.class);
        assertThat(jdbc.queryForObject("SELECT kind FROM case_contact WHERE id = ?", String.class, saved.getId())).isEqualTo("CALL");
    }

    @Test
    void partner_agencies_and_the_family_neither_read_nor_write_the_log() {
        for (String user : new String[] {"school", "police", c.familyUser()}) {
            assertThatThrownBy(() -> signedIn.as(user, () -> contacts.log(c.caseId()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(user, () -> contacts.record(c.caseId(), visit(LocalDate.now()))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(signedIn.as("school", () -> timeline.notesOf(c.caseId()))).isEmpty();
    }
}
