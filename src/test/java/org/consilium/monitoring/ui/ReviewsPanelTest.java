package org.consilium.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseStage;
import org.consilium.monitoring.ReviewDecision;
import org.consilium.monitoring.ReviewService;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ReviewsPanelTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    TestCases testCases;

    @Autowired
    CaseService cases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_curator_records_a_review_with_the_familys_view_first_that_revises_the_plan() {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
        signedIn.as("curator", () -> cases.move(c.caseId(), testCases.version(c.caseId()), CaseStage.IMPLEMENTATION, null));
        signIn("curator");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("case/" + c.caseId());
        ReviewsPanel panel = _get(ReviewsPanel.class);
        assertThat(panel.list.getElement().getTextRecursively()).contains("No progress review has been recorded yet.");
        assertThat(panel.record.isVisible()).isTrue();

        _click(panel.record);
        ReviewForm form = _get(ReviewForm.class);
        assertThat(form.ratings).hasSize(1);
        assertThat(form.getElement().getTextRecursively()).contains("Not rated before.", "Щоденно відмічати відвідування");
        form.ratings.getFirst().setValue(3);
        form.familyRatings.getFirst().setValue(2);
        form.decision.setValue(ReviewDecision.REVISE);
        _click(form.save);
        assertThat(form.isOpened()).as("the family's view comes first and is required").isTrue();
        assertThat(form.familyView.isInvalid()).isTrue();

        form.familyView.setValue("Мама: ранки спокійніші, але тато не бере участі");
        form.adequate.getFirst().setValue(false);
        _click(form.save);
        assertThat(form.isOpened()).as("a service that did not meet the need is explained").isTrue();
        assertThat(form.serviceNotes.getFirst().isInvalid()).isTrue();

        form.serviceNotes.getFirst().setValue("Відмічають раз на тиждень");
        _click(form.save);
        assertThat(form.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("SELECT stage FROM family_case WHERE id = ?", String.class, c.caseId()))
                .isEqualTo("PLANNING");
        assertThat(jdbc.queryForList("SELECT status FROM family_plan WHERE case_id = ? ORDER BY plan_number",
                String.class, c.caseId())).containsExactly("ACTIVE", "DRAFT");
        ReviewsPanel after = _get(ReviewsPanel.class);
        assertThat(after.list.getElement().getTextRecursively()).contains("Revise the plan", "ранки спокійніші",
                "3 of 5", "did not meet the need");

        // Before the case closes, the family's self-evaluation and the ratings are set side by side.
        ReviewClosureEvidence.BeforeAndAfter table = new ReviewClosureEvidence.BeforeAndAfter(
                signedIn.as("curator", () -> reviews.ofCase(c.caseId())).rows());
        assertThat(table.getElement().getTextRecursively()).contains("Family, before", "Rating, after", "2 of 5", "3 of 5");
    }

    @Autowired
    ReviewService reviews;
}
