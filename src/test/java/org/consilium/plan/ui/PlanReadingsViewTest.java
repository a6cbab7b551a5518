package org.consilium.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.consilium.agency.AgencyType;
import org.consilium.base.ui.SeriesChart;
import org.consilium.plan.GoalIndicatorReported;
import org.consilium.plan.PlanGoal;
import org.consilium.plan.PlanService;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans.PlanningCase;
import org.consilium.testing.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A goal on the plan page shows its readings as a chart with a table of the numbers, or says it has none. */
class PlanReadingsViewTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    PlanService plans;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private PlanningCase c;

    @BeforeEach
    void aPlanInForceWithTwoGoalsAndReadingsForTheFirst() {
        c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        signedIn.as("curator", () -> {
            PlanGoal homework = plans.addGoal(planId, TestPlans.goal("Ігор вчасно виконує домашні завдання"));
            plans.addTask(homework.getId(), TestPlans.agencyTask(staff.agencyOf(AgencyType.SCHOOL), "Щотижня перевіряти щоденник"));
        });
        testPlans.agreeApproveActivate(c, planId);
        String attendance = jdbc.queryForObject("SELECT item_key FROM plan_goal WHERE plan_id = ? ORDER BY position LIMIT 1",
                String.class, planId);
        long source = System.nanoTime();
        signedIn.as("school", () -> transactions.executeWithoutResult(s -> {
            events.publishEvent(new GoalIndicatorReported(c.caseId(), attendance, "request.indicator.daysMissed",
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), new BigDecimal("4"), "request-answer", source));
            events.publishEvent(new GoalIndicatorReported(c.caseId(), attendance, "request.indicator.daysMissed",
                    LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), new BigDecimal("1.5"), "request-answer", source + 1));
        }));
    }

    private List<GoalCard> goalCards(String user, Locale locale) {
        signIn(user);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(PlanView.class, c.caseId());
        PlanView view = _get(PlanView.class);
        List<GoalCard> cards = _find(view.goals, GoalCard.class);
        assertThat(cards).hasSize(2);
        return cards;
    }

    private static List<String> rows(NativeTable table) {
        return table.getBody().getRows().stream().map(NativeTableRow::getAllCells)
                .map(cells -> cells.stream().map(cell -> cell.getElement().getTextRecursively()).toList())
                .map(cells -> String.join(" | ", cells)).toList();
    }

    @Test
    void the_curator_sees_the_chart_and_the_numbers_for_a_goal_with_readings_and_no_readings_yet_for_the_other() {
        List<GoalCard> cards = goalCards("curator", Locale.ENGLISH);

        GoalCard measured = cards.get(0);
        SeriesChart chart = _get(measured.series, SeriesChart.class);
        String svg = chart.getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "<polyline")
                .contains("aria-label=\"Days missed: Jan 2026 — 4; Feb 2026 — 1.5\"");
        assertThat(svg.split("<circle", -1)).hasSize(3);
        NativeTable table = _get(measured.series, NativeTable.class);
        assertThat(table.getCaptionText()).isEqualTo("Days missed");
        assertThat(table.getHead().getElement().getTextRecursively()).contains("Period", "Value");
        assertThat(rows(table)).containsExactly("January 2026 | 4", "February 2026 | 1.5");
        assertThat(measured.series.getElement().getTextRecursively()).doesNotContain("No readings yet.");

        GoalCard unmeasured = cards.get(1);
        assertThat(_find(unmeasured.series, SeriesChart.class)).isEmpty();
        assertThat(_find(unmeasured.series, NativeTable.class)).isEmpty();
        assertThat(unmeasured.series.getElement().getTextRecursively()).contains("No readings yet.");
    }

    @Test
    void the_family_sees_the_same_series_in_its_own_language() {
        List<GoalCard> cards = goalCards(c.familyUser(), Locale.forLanguageTag("uk"));

        NativeTable table = _get(cards.get(0).series, NativeTable.class);
        assertThat(table.getCaptionText()).isEqualTo("Пропущено днів");
        assertThat(rows(table)).containsExactly("Січень 2026 | 4", "Лютий 2026 | 1,5");
        assertThat(_get(cards.get(0).series, SeriesChart.class).getElement().getProperty("innerHTML"))
                .contains("Пропущено днів: ");
        assertThat(cards.get(1).series.getElement().getTextRecursively()).contains("Показників ще немає.");
    }
}
