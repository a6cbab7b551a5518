package org.consilium.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import org.consilium.meeting.CalendarFeedService;
import org.consilium.meeting.Meeting;
import org.consilium.meeting.MeetingDetails;
import org.consilium.meeting.MeetingKind;
import org.consilium.meeting.MeetingService;
import org.consilium.security.AppRoles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The calendar page as a meeting's participant sees it: reached from "My meetings" and back; the week
 * and the month show the meeting (struck through once cancelled), the arrows and "Today" move through
 * time; the subscription address is made, shown once, replaced and revoked.
 */
class MeetingCalendarViewTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    StaffAccounts staff;

    @Autowired
    MeetingService meetings;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    String user;
    long userId;

    @BeforeEach
    void aParticipantOfNoOtherMeetings() {
        user = staff.createInAnotherTeam("calv", "Оксана Календар", AppRoles.CURATOR, "calendar-pass-1");
        userId = staff.idOf(user);
    }

    private MeetingCalendarView open() {
        signIn(user);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("meetings");
        _click(_get(MyMeetingsView.class).calendar);
        return _get(MeetingCalendarView.class);
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    private static Div entry(MeetingCalendarView page, long meetingId) {
        return _find(page.board, Div.class).stream()
                .filter(d -> String.valueOf(meetingId).equals(d.getElement().getAttribute("data-meeting"))).findFirst().orElseThrow();
    }

    @Test
    void the_week_and_the_month_show_the_meeting_and_the_arrows_move_through_time() {
        LocalDate today = LocalDate.now();
        // Wednesday three weeks on: never in this week, always in a week reached by three steps.
        LocalDate day = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(3).plusDays(2);
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.CASE_CONFERENCE);
        d.setCaseId(testPlans.caseInPlanning().caseId());
        d.setTitle("Нарада в календарі");
        d.setDay(day);
        d.setStartsAt(LocalTime.of(10, 0));
        d.setEndsAt(LocalTime.of(11, 30));
        d.setUserIds(Set.of(userId));
        Meeting m = signedIn.as("curator", () -> meetings.schedule(d));

        MeetingCalendarView page = open();
        assertThat(text(page.board)).doesNotContain("Нарада в календарі");
        assertThat(page.empty.isVisible()).as("nothing this week").isTrue();
        assertThat(page.empty.getText()).isEqualTo("No meetings this week.");
        assertThat(_find(page.board, Div.class, spec -> spec.withClasses("calendar-day"))).hasSize(7);
        assertThat(_find(page.board, Div.class, spec -> spec.withClasses("calendar-today"))).singleElement()
                .satisfies(t -> assertThat(t.getElement().getAttribute("data-day")).isEqualTo(today.toString()));

        for (int i = 0; i < 3; i++) {
            _click(page.next);
        }
        assertThat(page.empty.isVisible()).isFalse();
        Div wednesday = _find(page.board, Div.class, spec -> spec.withClasses("calendar-day")).get(2);
        assertThat(wednesday.getElement().getAttribute("data-day")).isEqualTo(day.toString());
        assertThat(text(wednesday)).contains("Нарада в календарі", "Case conference", "10:00");
        assertThat(_get(entry(page, m.getId()), Anchor.class).getHref()).isEqualTo("meeting/" + m.getId());
        assertThat(page.period.getText()).contains(String.valueOf(day.getYear()));

        _click(page.month);
        assertThat(text(page.board)).contains("Нарада в календарі", "10:00");
        assertThat(page.period.getText()).isEqualTo(day.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE,
                Locale.ENGLISH) + " " + day.getYear());
        int cells = _find(page.board, Div.class, spec -> spec.withClasses("calendar-day")).size();
        assertThat(cells % 7).as("whole weeks").isZero();
        assertThat(cells).isBetween(28, 42);
        _click(page.previous);
        assertThat(page.period.getText()).isEqualTo(day.minusMonths(1).getMonth().getDisplayName(
                java.time.format.TextStyle.FULL_STANDALONE, Locale.ENGLISH) + " " + day.minusMonths(1).getYear());

        _click(page.today);
        _click(page.week);
        assertThat(_find(page.board, Div.class, spec -> spec.withClasses("calendar-today"))).hasSize(1);
        page.goTo.setValue(day);
        assertThat(text(page.board)).contains("Нарада в календарі");

        signedIn.as("curator", () -> meetings.cancel(m.getId(), m.getVersion()));
        _click(page.today);
        page.goTo.setValue(day);
        Div cancelled = entry(page, m.getId());
        assertThat(cancelled.getClassNames()).contains("calendar-cancelled");
        assertThat(text(cancelled)).contains("cancelled");

        _click(page.back);
        assertThat(_find(MyMeetingsView.class)).hasSize(1);
    }

    @Test
    void the_subscription_address_is_shown_once_replaced_and_revoked() {
        MeetingCalendarView page = open();
        FeedAddressPart feed = page.feed;
        assertThat(feed.state.getText()).isEqualTo("You have no subscription address.");
        assertThat(feed.address.isVisible()).isFalse();
        assertThat(feed.revoke.isVisible()).isFalse();

        _click(feed.create);
        String address = feed.address.getValue();
        assertThat(feed.address.isVisible()).isTrue();
        assertThat(address).contains(CalendarFeedService.PATH).endsWith(CalendarFeedService.SUFFIX);
        String secret = address.substring(address.lastIndexOf('/') + 1, address.length() - CalendarFeedService.SUFFIX.length());
        assertThat(feeds.feed(secret)).isPresent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_feed_token WHERE user_id = ?", Long.class, userId)).isEqualTo(1);

        navigate("meetings/calendar");
        feed = _get(MeetingCalendarView.class).feed;
        assertThat(feed.address.isVisible()).as("shown only once").isFalse();
        assertThat(feed.state.getText()).startsWith("You have a subscription address, made");

        _click(feed.renew);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Create a new address")));
        String renewed = feed.address.getValue();
        assertThat(renewed).isNotEqualTo(address);
        assertThat(feeds.feed(secret)).as("the old address stops working").isEmpty();

        _click(feed.revoke);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Revoke")));
        assertThat(feed.state.getText()).isEqualTo("You have no subscription address.");
        assertThat(feed.address.isVisible()).isFalse();
        assertThat(feed.create.isVisible()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_feed_token WHERE user_id = ?", Long.class, userId)).isZero();
    }
}
