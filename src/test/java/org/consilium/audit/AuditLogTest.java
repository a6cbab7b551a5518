package org.consilium.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringWriter;
import java.util.List;
import org.consilium.agency.AgencyType;
import org.consilium.base.AuditEvent.Action;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseStage;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log on MariaDB: what is recorded, who may read it, and that nobody can change it. */
@MariaDbTest
@AutoConfigureMockMvc
class AuditLogTest {

    @Autowired
    AuditLog audit;

    @Autowired
    CaseService cases;

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
        signedIn.as(colleague, () -> cases.view(id));

        assertThat(count("case_id = ? AND action = 'VIEW' AND username = ?", id, colleague)).isEqualTo(1);
        assertThat(entries(colleague, Action.VIEW)).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("case");
            assertThat(e.familyLabel()).isEqualTo("Савченко");
        });
        assertThat(signedIn.as("curator", () -> cases.whoOpened(id, 20)))
                .extracting(o -> o.who()).contains("Оксана Рибак");
    }

    @Test
    void a_change_is_recorded_with_the_key_fields_old_and_new_values_in_its_own_transaction() {
        long id = testCases.openCaseForDemoCurator();
        long v = signedIn.as("curator", () -> cases.view(id).orElseThrow().version());
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
        assertThatThrownBy(() -> signedIn.as("school", () -> cases.view(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(count("action = 'DENIED' AND username = 'school'")).isEqualTo(before + 1);
        assertThat(entries("school", Action.DENIED).getFirst().detail()).isEqualTo("CaseService.view(" + id + ")");

        String other = staff.create("oth.", "Чужий Куратор", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "other-team-1");
        long v = signedIn.as("curator", () -> cases.view(id).orElseThrow().version());
        assertThatThrownBy(() -> signedIn.as(other, () -> cases.move(id, v, CaseStage.DECISION, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("action = 'DENIED' AND username = ? AND entity_type = 'case' AND entity_id = ?", other, id)).isEqualTo(1);
    }

    @Test
    void an_export_of_the_log_is_itself_recorded_and_only_supervisors_and_administrators_read_the_log() throws Exception {
        StringWriter csv = new StringWriter();
        int rows = signedIn.as("supervisor", () -> {
            try {
                return audit.exportCsv(new AuditFilter("", "", Action.VIEW, null, null), 100, csv);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(csv.toString()).startsWith("at;user;action;record");
        assertThat(csv.toString().lines()).hasSize(rows + 1);
        assertThat(entries("supervisor", Action.EXPORT)).first().satisfies(e -> assertThat(e.detail()).contains("action=VIEW"));

        for (String user : List.of("curator", "intake", "school", "family")) {
            assertThatThrownBy(() -> signedIn.as(user, () -> audit.search(AuditFilter.any(), PageRequest.of(0, 1))))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
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
    void the_application_cannot_change_or_remove_an_audit_entry() {
        long id = testCases.openCaseForDemoCurator();
        signedIn.as("curator", () -> cases.view(id));
        long entry = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry WHERE case_id = ?", Long.class, id);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET username = 'someone-else' WHERE id = ?", entry))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = ?", entry))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT username FROM audit_entry WHERE id = ?", String.class, entry)).isEqualTo("curator");
    }
}
