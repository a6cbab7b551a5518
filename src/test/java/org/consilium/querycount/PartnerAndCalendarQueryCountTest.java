package org.consilium.querycount;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.consilium.meeting.MeetingService;
import org.consilium.request.AnswerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Requests to answer" of a school with 10 and with 1 000 open requests and as many answered; and the
 * calendar of a curator invited to 10 and to 1 000 meetings this month.
 */
class PartnerAndCalendarQueryCountTest extends CountedPages {

    @Autowired
    AnswerService answers;

    @Autowired
    MeetingService meetings;

    @Test
    void the_requests_to_answer_send_as_many_statements_for_a_thousand_requests_as_for_ten() {
        assertConstant("requests to answer (AnswerService.toAnswer and done)",
                w -> read(w.school().username(), () -> List.of(answers.toAnswer(), answers.done())), (w, lists) -> {
                    assertThat(lists.get(0)).as("to answer").hasSize(w.size());
                    assertThat(lists.get(1)).as("answered").hasSize(w.size());
                });
    }

    @Test
    void the_requests_to_answer_page_sends_as_many_statements_for_a_thousand_requests_as_for_ten() {
        assertConstant("requests to answer page (requests)", w -> open(w.school().username(), "requests"));
    }

    @Test
    void the_month_in_the_calendar_sends_as_many_statements_for_a_thousand_meetings_as_for_ten() {
        // The month as the calendar draws it: from the Monday of its first week to the Sunday of its last.
        assertConstant("calendar, a month (MeetingService.myMeetings)", w -> read(w.curator().username(),
                () -> meetings.myMeetings(w.month().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        w.month().with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)))),
                (w, meetingsOfMonth) -> assertThat(meetingsOfMonth).hasSize(w.size()));
    }

    @Test
    void the_calendar_page_sends_as_many_statements_for_a_thousand_meetings_as_for_ten() {
        assertConstant("calendar page, this week (meetings/calendar)", w -> open(w.curator().username(), "meetings/calendar"));
    }

    @Test
    void my_meetings_page_sends_as_many_statements_for_a_thousand_meetings_as_for_ten() {
        assertConstant("my meetings page (meetings)", w -> open(w.curator().username(), "meetings"));
    }
}
