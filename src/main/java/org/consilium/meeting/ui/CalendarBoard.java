package org.consilium.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consilium.meeting.MeetingStatus;
import org.consilium.meeting.MyMeeting;

/**
 * The calendar's two boards, drawn on the server from plain elements laid out by a CSS grid
 * (frontend/styles/consilium.css): a week of seven columns from Monday to Sunday, and a month as rows
 * of weeks. Each meeting links to its page; a cancelled one is struck through and says so.
 */
final class CalendarBoard {

    private final Component context;
    private final Locale locale;
    private final DateTimeFormatter time;
    private final LocalDate today;

    CalendarBoard(Component context, Locale locale, ZoneId zone, LocalDate today) {
        this.context = context;
        this.locale = locale;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        this.today = today;
    }

    /** The Monday of the week {@code day} is in. */
    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Seven columns, Monday first: each day's heading, then its meetings with time, kind and title. */
    Div week(LocalDate monday, Map<LocalDate, List<MyMeeting>> byDay) {
        Div board = new Div();
        board.addClassNames("calendar-board", "calendar-week");
        DateTimeFormatter heading = DateTimeFormatter.ofPattern("EEE, d MMM", locale);
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            Div column = day(day);
            Div head = new Div(new Span(heading.format(day)));
            head.addClassName("calendar-day-head");
            column.add(head);
            for (MyMeeting m : byDay.getOrDefault(day, List.of())) {
                Div entry = entry(m);
                Span kind = new Span(context.getTranslation(m.kind().messageKey()));
                kind.addClassName("calendar-kind");
                entry.add(new Span(time.format(m.startsAt()) + "–" + time.format(m.endsAt())), kind,
                        MyMeetingsView.link(m.id(), m.title()));
                cancelled(m, entry);
                column.add(entry);
            }
            board.add(column);
        }
        return board;
    }

    /**
     * The weeks that hold the month's days, Monday first, under a row of weekday names; days of the
     * months around it are dimmed. Each day lists its meetings' time and title.
     */
    Div month(LocalDate first, Map<LocalDate, List<MyMeeting>> byDay) {
        Div board = new Div();
        board.addClassNames("calendar-board", "calendar-month");
        for (DayOfWeek d : DayOfWeek.values()) {
            Div name = new Div(new Span(d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)));
            name.addClassName("calendar-weekday");
            board.add(name);
        }
        LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
        for (LocalDate day = weekOf(first); !day.isAfter(last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
                day = day.plusDays(1)) {
            Div cell = day(day);
            if (day.getMonth() != first.getMonth()) {
                cell.addClassName("calendar-other-month");
            }
            Div number = new Div(new Span(String.valueOf(day.getDayOfMonth())));
            number.addClassName("calendar-day-head");
            cell.add(number);
            for (MyMeeting m : byDay.getOrDefault(day, List.of())) {
                Div entry = entry(m);
                entry.add(new Span(time.format(m.startsAt())), MyMeetingsView.link(m.id(), m.title()));
                cancelled(m, entry);
                cell.add(entry);
            }
            board.add(cell);
        }
        return board;
    }

    private Div day(LocalDate day) {
        Div cell = new Div();
        cell.addClassName("calendar-day");
        cell.getElement().setAttribute("data-day", day.toString());
        cell.getElement().setAttribute("aria-label", DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day));
        if (day.equals(today)) {
            cell.addClassName("calendar-today");
        }
        return cell;
    }

    private static Div entry(MyMeeting m) {
        Div entry = new Div();
        entry.addClassName("calendar-meeting");
        entry.getElement().setAttribute("data-meeting", String.valueOf(m.id()));
        return entry;
    }

    private void cancelled(MyMeeting m, Div entry) {
        if (m.status() == MeetingStatus.CANCELLED) {
            entry.addClassName("calendar-cancelled");
            Span badge = new Span(context.getTranslation(m.status().messageKey()));
            badge.getElement().setAttribute("theme", "badge error small");
            entry.add(badge);
        }
    }
}
