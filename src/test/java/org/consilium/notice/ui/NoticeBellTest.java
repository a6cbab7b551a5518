package org.consilium.notice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import org.consilium.notice.MailChoice;
import org.consilium.notice.Notices;
import org.consilium.plan.PlanService;
import org.consilium.testing.Eventually;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bell in the frame: the unread count, the list with what happened and to which family, marking
 * read, the user's choice of mail, and a notice that arrives while the page is open.
 */
class NoticeBellTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    PlanService plans;

    @Autowired
    Notices notices;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_bell_counts_lists_and_marks_read_and_counts_a_notice_that_arrives_while_the_page_is_open() {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        signedIn.as("curator", () -> plans.offer(planId, testPlans.planVersion(planId)));
        Eventually.allEventsDelivered(jdbc);
        String family = jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, c.familyId());

        signIn("supervisor");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("");
        NoticeBell bell = _get(NoticeBell.class);
        signedIn.as("supervisor", () -> notices.markAllRead());
        bell.refresh();
        assertThat(bell.count.isVisible()).isFalse();

        // The family agrees while the supervisor's page is open: the bell counts one more.
        signedIn.as(c.familyUser(), () -> plans.acknowledge(planId, testPlans.planVersion(planId)));
        Eventually.until("the bell counts the notice", () -> {
            MockVaadin.runUIQueue();
            return bell.count.isVisible() && bell.count.getText().equals("1");
        });
        assertThat(bell.bell.getAriaLabel()).contains("Notifications: 1 unread");

        bell.popover.setOpened(true);
        List<Div> items = _find(bell.items, Div.class, spec -> spec.withClasses("notice-item"));
        assertThat(items.getFirst().getElement().getTextRecursively())
                .contains("The plan of the family " + family + " is agreed with the family and waits for approval");
        assertThat(items.getFirst().hasClassName("unread")).isTrue();
        _click(bell.markAll);
        assertThat(bell.count.isVisible()).isFalse();
        assertThat(_find(bell.items, Div.class, spec -> spec.withClasses("notice-item")).getFirst().hasClassName("read")).isTrue();

        // Mail: at once by default; the choice is kept.
        assertThat(bell.mail.getValue()).isEqualTo(MailChoice.INSTANT);
        bell.mail.setValue(MailChoice.DIGEST);
        assertThat(signedIn.as("supervisor", () -> notices.myMailChoice())).isEqualTo(MailChoice.DIGEST);
        bell.mail.setValue(MailChoice.INSTANT);
    }

    @Test
    void opening_a_notice_marks_it_read_and_goes_to_what_it_is_about() {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        signedIn.as("curator", () -> plans.offer(planId, testPlans.planVersion(planId)));
        Eventually.allEventsDelivered(jdbc);

        signIn(c.familyUser());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        NoticeBell bell = _get(NoticeBell.class);
        bell.refresh();
        assertThat(bell.count.getText()).isEqualTo("1");
        bell.popover.setOpened(true);
        Div offered = _get(bell.items, Div.class, spec -> spec.withClasses("notice-item"));
        assertThat(offered.getElement().getTextRecursively()).contains("Ірина Коваль offered the plan");
        _click(offered);
        assertThat(bell.count.isVisible()).isFalse();
        // "Our plan" shows the family's plan page.
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("plan/" + c.caseId());
    }
}
