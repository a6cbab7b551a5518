package org.consilium.querycount;

import static org.assertj.core.api.Assertions.assertThat;

import org.consilium.plan.PlanReader;
import org.consilium.plan.PlanService;
import org.consilium.plan.PlanSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan page of a plan with 10 and with 1 000 tasks (in goals of five, each task with a progress
 * note), for the curator and for a partner agency; and "My tasks" of a school with 10 and with 1 000
 * tasks in plans of as many families.
 */
class PlanQueryCountTest extends CountedPages {

    @Autowired
    PlanReader reader;

    @Autowired
    PlanService plans;

    @Test
    void the_plan_sheet_sends_as_many_statements_for_a_thousand_tasks_as_for_ten() {
        assertConstant("plan page, the curator's sheet (PlanReader.sheet)",
                w -> read(w.curator().username(), () -> reader.sheet(w.bigPlanId())),
                (w, sheet) -> assertThat(tasks(sheet.orElseThrow())).isEqualTo(w.size()));
    }

    @Test
    void the_plan_sheet_of_a_partner_sends_as_many_statements_for_a_thousand_tasks_as_for_ten() {
        assertConstant("plan page, the school's sheet (PlanReader.sheet)",
                w -> read(w.school().username(), () -> reader.sheet(w.bigPlanId())),
                (w, sheet) -> assertThat(tasks(sheet.orElseThrow())).isEqualTo(w.size()));
    }

    @Test
    void the_plan_page_sends_as_many_statements_for_a_thousand_tasks_as_for_ten() {
        assertConstant("plan page (plan/<case id>)", w -> open(w.curator().username(), "plan/" + w.big().id()));
    }

    @Test
    void my_tasks_send_as_many_statements_for_a_thousand_tasks_as_for_ten() {
        assertConstant("My tasks (PlanService.myTasks)", w -> read(w.school().username(), plans::myTasks),
                (w, tasks) -> assertThat(tasks).hasSizeGreaterThanOrEqualTo(w.size()));
    }

    @Test
    void the_my_tasks_page_sends_as_many_statements_for_a_thousand_tasks_as_for_ten() {
        assertConstant("My tasks page (my-tasks)", w -> open(w.school().username(), "my-tasks"));
    }

    private static long tasks(PlanSheet sheet) {
        return sheet.goals().stream().mapToLong(g -> g.tasks().size()).sum();
    }
}
