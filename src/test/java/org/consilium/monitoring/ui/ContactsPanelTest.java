package org.consilium.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.consilium.casefile.ContactKind;
import org.consilium.monitoring.ContactDetails;
import org.consilium.monitoring.ContactService;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ContactsPanelTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_curator_records_a_home_visit_that_ticks_off_the_familys_task_and_the_case_page_shows_it() {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
        signIn("curator");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("case/" + c.caseId());
        ContactsPanel panel = _get(ContactsPanel.class);
        assertThat(panel.list.getElement().getTextRecursively()).contains("No contact has been recorded yet.");

        _click(panel.record);
        ContactForm form = _get(ContactForm.class);
        assertThat(form.contactedOn.getValue()).isEqualTo(LocalDate.now());
        form.kind.setValue(ContactKind.HOME_VISIT);
        form.participants.setValue("Олена Савченко, Ігор");
        _click(form.save);
        assertThat(form.isOpened()).as("what happened is required").isTrue();
        assertThat(form.notes.isInvalid()).isTrue();

        form.notes.setValue("Ігор встає сам, мати стежить за розкладом");
        form.nextStep.setValue("Зустріч з класною керівницею");
        form.nextStepOn.setValue(LocalDate.now().plusDays(10));
        form.tasksDone.setValue(Set.copyOf(form.tasksDone.getListDataView().getItems().toList()));
        _click(form.save);
        assertThat(form.isOpened()).isFalse();

        assertThat(panel.list.getElement().getTextRecursively()).contains("Home visit", "Олена Савченко, Ігор",
                "Ігор встає сам", "Next step: Зустріч з класною керівницею", "Будити Ігоря о 7:00");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan_task t JOIN plan_goal g ON g.id = t.goal_id "
                + "WHERE g.plan_id = ? AND t.description = 'Будити Ігоря о 7:00' AND t.status = 'DONE'", Integer.class, planId))
                .isEqualTo(1);
    }

    @Autowired
    TestCases testCases;

    @Autowired
    ContactService contacts;

    @Autowired
    SignedIn signedIn;

    @Test
    void the_next_step_of_a_contact_is_the_cases_next_due_when_it_comes_before_the_stages_date() {
        long caseId = testCases.openCaseForDemoCurator();
        ContactDetails d = new ContactDetails();
        d.setContactedOn(LocalDate.now());
        d.setKind(ContactKind.CALL);
        d.setParticipants("Мати");
        d.setNotes("Домовилися про візит");
        d.setNextStep("Візит додому");
        d.setNextStepOn(LocalDate.now().plusDays(2));
        signedIn.as("curator", () -> contacts.record(caseId, d));
        signIn("curator");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("case/" + caseId);
        assertThat(_find(Div.class, spec -> spec.withClasses("case-header")).stream()
                .map(h -> h.getElement().getTextRecursively()))
                .anySatisfy(text -> assertThat(text).contains("Next due", "Next step: Візит додому: by"));
    }
}
