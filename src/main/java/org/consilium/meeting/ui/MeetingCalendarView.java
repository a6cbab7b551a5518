package org.consilium.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.TitledView;
import org.consilium.meeting.CalendarFeedService;
import org.consilium.meeting.MeetingService;
import org.consilium.meeting.MyMeeting;
import org.consilium.security.AppRoles;

/**
 * The signed-in user's meetings as a calendar, a week or a month at a time, with the way to follow
 * them in a calendar program (FeedAddressPart). Reached from "My meetings", which it leads back to.
 */
@Route("meetings/calendar")
@RolesAllowed({AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH,
        AppRoles.FAMILY})
class MeetingCalendarView extends VerticalLayout implements TitledView {

    /** How much of the calendar is shown at once. */
    enum Scale { WEEK, MONTH }

    final Button back = new Button();
    final Button week = new Button();
    final Button month = new Button();
    final Button previous = new Button();
    final Button today = new Button();
    final Button next = new Button();
    final DatePicker goTo = new DatePicker();
    final H3 period = new H3();
    final Paragraph empty = new Paragraph();
    final Div board = new Div();
    final FeedAddressPart feed;
    private final MeetingService meetings;
    private final Clock clock;
    private Scale scale = Scale.WEEK;
    private LocalDate shown;

    MeetingCalendarView(MeetingService meetings, CalendarFeedService feeds, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
        this.shown = LocalDate.now(clock);
        addClassName("meeting-calendar");
        back.setText(getTranslation("meeting.calendar.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MyMeetingsView.class)));
        week.setText(getTranslation("meeting.calendar.week"));
        week.addClickListener(e -> show(Scale.WEEK, shown));
        month.setText(getTranslation("meeting.calendar.month"));
        month.addClickListener(e -> show(Scale.MONTH, shown));
        previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previous.setAriaLabel(getTranslation("meeting.calendar.previous"));
        previous.setTooltipText(getTranslation("meeting.calendar.previous"));
        previous.addClickListener(e -> show(scale, scale == Scale.WEEK ? shown.minusWeeks(1) : shown.minusMonths(1)));
        today.setText(getTranslation("meeting.calendar.today"));
        today.addClickListener(e -> show(scale, LocalDate.now(clock)));
        next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        next.setAriaLabel(getTranslation("meeting.calendar.next"));
        next.setTooltipText(getTranslation("meeting.calendar.next"));
        next.addClickListener(e -> show(scale, scale == Scale.WEEK ? shown.plusWeeks(1) : shown.plusMonths(1)));
        Dates.labelled(goTo, "meeting.calendar.goTo");
        goTo.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(shown)) {
                show(scale, e.getValue());
            }
        });
        Div spans = new Div(week, month);
        spans.addClassName("calendar-spans");
        Div moves = new Div(previous, today, next);
        moves.addClassName("calendar-moves");
        Div toolbar = new Div(spans, moves, goTo);
        toolbar.addClassName("calendar-toolbar");
        board.addClassName("calendar-holder");
        empty.addClassName("calendar-empty");
        feed = new FeedAddressPart(feeds);
        add(back, toolbar, period, empty, board, feed);
        show(scale, shown);
    }

    private void show(Scale newScale, LocalDate day) {
        scale = newScale;
        shown = day;
        goTo.setValue(day);
        week.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        month.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        (scale == Scale.WEEK ? week : month).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        LocalDate from = scale == Scale.WEEK ? CalendarBoard.weekOf(day) : day.withDayOfMonth(1);
        LocalDate to = scale == Scale.WEEK ? from.plusDays(6) : day.withDayOfMonth(day.lengthOfMonth());
        period.setText(Formats.period(from, to, getLocale()));
        // The month's board shows whole weeks, with the days of the months around it.
        List<MyMeeting> mine = meetings.myMeetings(CalendarBoard.weekOf(from), CalendarBoard.weekOf(to).plusDays(6));
        Map<LocalDate, List<MyMeeting>> byDay = mine.stream().collect(Collectors.groupingBy(
                m -> LocalDate.ofInstant(m.startsAt(), clock.getZone()), LinkedHashMap::new, Collectors.toList()));
        empty.setText(getTranslation(scale == Scale.WEEK ? "meeting.calendar.noneInWeek" : "meeting.calendar.noneInMonth"));
        empty.setVisible(mine.isEmpty());
        CalendarBoard drawn = new CalendarBoard(this, getLocale(), clock.getZone(), LocalDate.now(clock));
        board.removeAll();
        board.add(scale == Scale.WEEK ? drawn.week(from, byDay) : drawn.month(from, byDay));
    }

    @Override
    public String viewTitle() {
        return getTranslation("meeting.calendar.title");
    }
}
