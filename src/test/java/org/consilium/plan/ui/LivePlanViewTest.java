package org.consilium.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.consilium.casefile.SharingService;
import org.consilium.live.LivePages;
import org.consilium.live.PageChange;
import org.consilium.live.Topics;
import org.consilium.plan.TaskStatus;
import org.consilium.plan.TaskWorkService;
import org.consilium.testing.Eventually;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan page while it is open: it shows a change made elsewhere with a note of who made it, and a
 * page whose user may not see the case hears nothing of it — a partner whose consent was withdrawn,
 * a family of another case.
 */
class LivePlanViewTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    LivePages pages;

    @Autowired
    SharingService sharing;

    @Autowired
    TaskWorkService work;

    @Autowired
    JdbcTemplate jdbc;

    PlanningCase c;
    long planId;

    @BeforeEach
    void planInForce() {
        c = testPlans.caseInPlanning();
        planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
        Eventually.allEventsDelivered(jdbc);
    }

    private PlanView open(String user, long caseId) {
        signIn(user);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(PlanView.class, caseId);
        return _get(PlanView.class);
    }

    private PageChange changeOf(long caseId) {
        return new PageChange(Topics.ofCase(caseId), caseId, "curator", "Ірина Коваль", "live.plan.CHANGED", Instant.now());
    }

    @Test
    void the_curators_open_plan_shows_the_schools_progress_without_a_reload() {
        PlanView view = open("curator", c.caseId());
        long task = ((Number) testPlans.task(planId, "Щоденно відмічати відвідування").get("id")).longValue();
        long version = jdbc.queryForObject("SELECT version FROM plan_task WHERE id = ?", Long.class, task);
        signedIn.as("school", () -> work.reportProgress(task, version, TaskStatus.DONE, null, false));
        Eventually.until("the page shows the task done", () -> {
            MockVaadin.runUIQueue();
            return view.sheet.goals().stream().flatMap(g -> g.tasks().stream())
                    .anyMatch(t -> t.id() == task && t.status() == TaskStatus.DONE);
        });
        assertThat(view.liveNote.isVisible()).isTrue();
        assertThat(view.liveNote.getText()).startsWith("Наталія Гнатюк marked a task done");
    }

    @Test
    void a_partners_page_hears_nothing_once_its_consent_is_withdrawn() {
        PlanView view = open("school", c.caseId());
        pages.publish(changeOf(c.caseId()));
        MockVaadin.runUIQueue();
        assertThat(view.liveNote.isVisible()).isTrue();
        assertThat(view.liveNote.getText()).startsWith("Ірина Коваль changed the plan");

        view.liveNote.setVisible(false);
        Map<String, Object> consent = jdbc.queryForMap("SELECT id, version FROM family_consent WHERE family_id = ?", c.familyId());
        signedIn.as("curator", () -> sharing.withdrawConsent(c.caseId(), ((Number) consent.get("id")).longValue(),
                ((Number) consent.get("version")).longValue(), LocalDate.now()));
        pages.publish(changeOf(c.caseId()));
        MockVaadin.runUIQueue();
        assertThat(view.liveNote.isVisible()).isFalse();
    }

    @Test
    void a_familys_page_hears_of_its_own_case_only() {
        PlanningCase other = testPlans.caseInPlanning();
        PlanView view = open(c.familyUser(), c.caseId());
        pages.publish(changeOf(other.caseId()));
        MockVaadin.runUIQueue();
        assertThat(view.liveNote.isVisible()).isFalse();
        // Even a change wrongly sent on its topic about another case is not shown to it.
        pages.publish(new PageChange(Topics.ofCase(c.caseId()), other.caseId(), "curator", "Ірина Коваль", "live.plan.CHANGED",
                Instant.now()));
        MockVaadin.runUIQueue();
        assertThat(view.liveNote.isVisible()).isFalse();
        pages.publish(changeOf(c.caseId()));
        MockVaadin.runUIQueue();
        assertThat(view.liveNote.isVisible()).isTrue();
    }
}
