package org.consilium.querycount;

import static org.assertj.core.api.Assertions.assertThat;

import org.consilium.dashboard.Dashboards;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboards of a supervisor whose team has 10 and 1 000 cases (a fifth of them closed, with
 * their follow-up contacts), of the curator of all of them, and of a school with 10 and 1 000 tasks
 * and requests: counted in SQL, so the statements do not grow with the rows.
 */
class DashboardQueryCountTest extends CountedPages {

    @Autowired
    Dashboards dashboards;

    @Test
    void the_supervisors_dashboard_sends_as_many_statements_for_a_thousand_cases_as_for_ten() {
        assertConstant("supervisor's dashboard (Dashboards.supervisor)", w -> read(w.supervisor().username(), dashboards::supervisor),
                (w, board) -> assertThat(board.byStageAndLevel().stream().mapToLong(Dashboards.StageLevel::count).sum())
                        .isEqualTo(w.openCases()));
    }

    @Test
    void the_curators_dashboard_sends_as_many_statements_for_a_thousand_cases_as_for_ten() {
        assertConstant("curator's dashboard (Dashboards.curator)", w -> read(w.curator().username(), dashboards::curator),
                (w, board) -> assertThat(board.openByStage().values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(w.openCases()));
    }

    @Test
    void the_partners_dashboard_sends_as_many_statements_for_a_thousand_tasks_and_requests_as_for_ten() {
        assertConstant("partner's dashboard (Dashboards.partner)", w -> read(w.school().username(), dashboards::partner),
                (w, board) -> assertThat(board.openRequests().values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(w.size()));
    }

    @Test
    void the_dashboard_page_of_each_role_sends_as_many_statements_for_a_thousand_rows_as_for_ten() {
        assertConstant("dashboard page, supervisor (dashboard)", w -> open(w.supervisor().username(), "dashboard"));
        assertConstant("dashboard page, curator (dashboard)", w -> open(w.curator().username(), "dashboard"));
        assertConstant("dashboard page, school (dashboard)", w -> open(w.school().username(), "dashboard"));
    }
}
