package org.consilium.querycount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.consilium.assessment.AssessmentSummaries;
import org.consilium.casefile.CaseAlerts;
import org.consilium.casefile.CaseDueItems;
import org.consilium.casefile.CaseSheets;
import org.consilium.casefile.CaseTimelineNotes;
import org.consilium.casefile.SharingService;
import org.consilium.meeting.CaseMeetings;
import org.consilium.monitoring.ContactService;
import org.consilium.monitoring.ReviewService;
import org.consilium.request.RequestRow;
import org.consilium.request.RequestService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case page of a case with 10 and with 1 000 moves in its timeline, contacts, progress reviews,
 * requests, meetings with decisions and openings of its file. The page lists all of them (the
 * openings up to twenty); the statements it sends do not grow with them.
 */
class CasePageQueryCountTest extends CountedPages {

    /** As many openings of the file as the page lists. */
    private static final int OPENINGS_SHOWN = 20;

    @Autowired
    CaseSheets sheets;

    @Autowired
    SharingService sharing;

    @Autowired
    RequestService requests;

    @Autowired
    CaseMeetings meetings;

    @Autowired
    ContactService contacts;

    @Autowired
    ReviewService reviews;

    @Autowired
    AssessmentSummaries assessments;

    @Autowired
    ObjectProvider<CaseTimelineNotes> notes;

    @Autowired
    ObjectProvider<CaseDueItems> dueItems;

    @Autowired
    ObjectProvider<CaseAlerts> alerts;

    @Test
    void the_case_sheet_sends_as_many_statements_for_a_thousand_moves_as_for_ten() {
        assertConstant("case page, the case (CaseSheets.sheet)", w -> read(w.curator().username(), () -> sheets.sheet(w.big().id())),
                (w, sheet) -> assertThat(sheet.orElseThrow().timeline()).hasSize(w.size()));
    }

    @Test
    void what_else_the_case_page_reads_sends_as_many_statements_for_a_thousand_records_as_for_ten() {
        assertConstant("case page, its other parts (sharing, sections, timeline notes, next due, alerts, openings)",
                w -> read(w.curator().username(), () -> everythingElse(w.big().id())), (w, read) -> {
                    assertThat(read.contacts().rows()).hasSize(w.size());
                    assertThat(read.reviews().rows()).hasSize(w.size());
                    assertThat(read.requests()).hasSizeGreaterThanOrEqualTo(w.size());
                    assertThat(read.meetings()).hasSizeGreaterThanOrEqualTo(w.size());
                    assertThat(read.timelineNotes()).hasSizeGreaterThanOrEqualTo(3 * w.size());
                });
    }

    @Test
    void the_case_page_sends_as_many_statements_for_a_thousand_records_as_for_ten() {
        assertConstant("case page (case/<id>)", w -> open(w.curator().username(), "case/" + w.big().id()));
    }

    /** What the case page reads besides the sheet, through each module's service. */
    record EverythingElse(List<Object> parts, List<RequestRow> requests, List<CaseMeetings.Row> meetings,
                          ContactService.Log contacts, ReviewService.Reviews reviews, List<CaseTimelineNotes.Note> timelineNotes) {
    }

    /** Reads it in the page's order. */
    private EverythingElse everythingElse(long caseId) {
        List<Object> parts = new ArrayList<>();
        parts.add(sheets.initialRequest(caseId));
        parts.add(sharing.caseSharing(caseId));
        parts.add(assessments.brief(caseId));
        List<RequestRow> caseRequests = requests.ofCase(caseId);
        parts.add(requests.maySend(caseId));
        List<CaseMeetings.Row> caseMeetings = meetings.ofCase(caseId);
        parts.add(meetings.maySchedule(caseId));
        ContactService.Log log = contacts.log(caseId);
        ReviewService.Reviews caseReviews = reviews.ofCase(caseId);
        List<CaseTimelineNotes.Note> timelineNotes = notes.orderedStream().flatMap(n -> n.notesOf(caseId).stream()).toList();
        dueItems.orderedStream().forEach(d -> parts.add(d.earliestOf(caseId)));
        alerts.orderedStream().forEach(a -> parts.add(a.alertsOf(caseId)));
        parts.add(sheets.whoOpened(caseId, OPENINGS_SHOWN));
        return new EverythingElse(parts, caseRequests, caseMeetings, log, caseReviews, timelineNotes);
    }
}
