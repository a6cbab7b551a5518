package org.consilium.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.consilium.base.ui.BarChart;
import org.consilium.casefile.CaseModel;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestCases;
import org.consilium.testing.WorkRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardViewTest extends KaribuTest {

    @Autowired
    WorkRules rules;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestCases testCases;

    @AfterEach
    void normsAsTheyWere() {
        signedIn.as("admin", () -> {
            for (CaseModel m : CaseModel.values()) {
                rules.caseloadNorm(m, m.defaultNorm());
            }
        });
    }

    private DashboardView open(String user, Locale locale) {
        signIn(user);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("dashboard");
        return _get(DashboardView.class);
    }

    @Test
    void the_supervisors_dashboard_shows_a_case_manager_over_the_norm_in_the_chart_and_in_words() {
        testCases.openCaseForDemoCurator();
        signedIn.as("admin", () -> {
            for (CaseModel m : CaseModel.values()) {
                rules.caseloadNorm(m, 1);
            }
        });
        DashboardView view = open("supervisor", Locale.ENGLISH);
        assertThat(view.supervisor).isNotNull();
        assertThat(view.curator).isNull();
        String caseload = view.supervisor.caseloads.getElement().getTextRecursively();
        assertThat(caseload).contains("Ірина Коваль", "over the norm");
        BarChart chart = _get(view.supervisor.caseloads, BarChart.class);
        assertThat(chart.getElement().getProperty("innerHTML")).contains("Ірина Коваль (over the norm)");
        assertThat(_find(view.supervisor.caseloads, Anchor.class)).anySatisfy(a ->
                assertThat(a.getHref()).startsWith("cases?curator="));
        assertThat(view.getElement().getTextRecursively()).contains("Open cases by stage and support level",
                "Referral response times against the targets", "Outcomes of closed cases", "did the results hold?");
    }

    @Test
    void the_dashboard_speaks_ukrainian_and_each_figure_opens_its_list() {
        DashboardView view = open("curator", Locale.forLanguageTag("uk"));
        assertThat(view.curator.getElement().getTextRecursively()).contains("Моя прострочена робота", "Мій тиждень");
        Anchor overdueTasks = _find(view.curator, Anchor.class).stream()
                .filter(a -> a.getHref().contains("figure=MY_TASKS_OVERDUE")).findFirst().orElseThrow();
        UI.getCurrent().navigate(overdueTasks.getHref().substring(0, overdueTasks.getHref().indexOf('?')),
                QueryParameters.fromString(overdueTasks.getHref().substring(overdueTasks.getHref().indexOf('?') + 1)));
        DashboardListView list = _get(DashboardListView.class);
        assertThat(list.title.getText()).startsWith("Прострочені завдання в моїх випадках");
        assertThat(list.rows.size()).isEqualTo(Integer.parseInt(overdueTasks.getText().replaceAll("\\D", "")));
    }

    @Test
    void a_partner_agency_sees_its_requests_and_tasks_only() {
        DashboardView view = open("school", Locale.ENGLISH);
        assertThat(view.partner).isNotNull();
        assertThat(view.supervisor).isNull();
        assertThat(view.curator).isNull();
        assertThat(view.partner.getElement().getTextRecursively()).contains("Open information requests",
                "Your tasks in plans in force", "Your answer times");
    }
}
