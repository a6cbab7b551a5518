package org.consilium.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.consilium.account.UserAccountService;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.meeting.CaseMeetings;
import org.consilium.meeting.Meeting;
import org.consilium.meeting.MeetingService;
import org.consilium.meeting.MeetingStatus;
import org.consilium.meeting.MyMeeting;
import org.consilium.meeting.Response;
import org.consilium.security.AppRoles;

/**
 * The signed-in user's meetings, from a month ago to three months ahead: when, what, where, who
 * chairs, and their answer; an invitation still open has buttons to answer it.
 */
@Route("meetings")
@Menu(order = 4, icon = "vaadin:calendar-user", title = "menu.meetings")
@RolesAllowed({AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH,
        AppRoles.FAMILY})
class MyMeetingsView extends VerticalLayout implements TitledView {

    final Div list = new Div();
    final Button calendar = new Button();
    final Button callGroup = new Button();
    private final MeetingService meetings;
    private final CaseMeetings caseMeetings;
    private final Clock clock;
    /** A family member reads the meetings in plain words: {@code ".family"}, else empty. */
    private final String words;

    MyMeetingsView(MeetingService meetings, CaseMeetings caseMeetings, Clock clock, UserAccountService accounts) {
        this.meetings = meetings;
        this.caseMeetings = caseMeetings;
        this.clock = clock;
        this.words = accounts.signedIn().filter(u -> u.hasRole(AppRoles.FAMILY)).isPresent() ? ".family" : "";
        addClassName("my-meetings");
        list.addClassName("meeting-list");
        calendar.setText(getTranslation("meeting.calendar.open"));
        calendar.setIcon(VaadinIcon.CALENDAR.create());
        calendar.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeetingCalendarView.class)));
        callGroup.setText(getTranslation("meeting.group.call"));
        callGroup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        callGroup.addClickListener(e -> openGroupForm());
        callGroup.setVisible(caseMeetings.mayCallGroup());
        HorizontalLayout tools = new HorizontalLayout(calendar, callGroup);
        tools.addClassName("my-meetings-tools");
        add(new Paragraph(getTranslation("meeting.mine.help" + words)), tools, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        LocalDate today = LocalDate.now(clock);
        var mine = meetings.myMeetings(today.minusMonths(1), today.plusMonths(3));
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("meeting.mine.none")));
        }
        for (MyMeeting m : mine) {
            Div card = new Div();
            card.addClassName("meeting-card");
            card.getElement().setAttribute("data-meeting", String.valueOf(m.id()));
            String where = m.place() == null ? "" : m.place();
            if (m.onlineLink() != null) {
                where = where.isEmpty() ? m.onlineLink() : where + ", " + m.onlineLink();
            }
            card.add(new Div(new Span(Formats.dateTime(m.startsAt(), getLocale()) + " – "
                            + Formats.dateTime(m.endsAt(), getLocale()))),
                    new Div(link(m.id(), getTranslation(m.kind().messageKey() + words) + ": " + m.title())),
                    new Div(new Span(getTranslation("meeting.mine.chair" + words, m.chairName()) + (where.isEmpty() ? "" : " · " + where))));
            Span answer = new Span(m.status() == MeetingStatus.CANCELLED ? getTranslation(m.status().messageKey())
                    : getTranslation("meeting.mine.answer", getTranslation(m.response().messageKey())));
            answer.getElement().getThemeList().add("badge");
            card.add(answer);
            if (m.answerable()) {
                for (Response r : new Response[] {Response.ACCEPTED, Response.TENTATIVE, Response.DECLINED}) {
                    Button b = new Button(getTranslation("meeting.answer." + r.name()), e -> {
                        if (Notifications.act(this, () -> meetings.respond(m.id(), r), "meeting.answer.done", this::refresh)) {
                            refresh();
                        }
                    });
                    b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    if (r == m.response()) {
                        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    }
                    card.add(b);
                }
            }
            list.add(card);
        }
    }

    /** A supervisor calls the territorial group: the same form as for a case, without a family. */
    private void openGroupForm() {
        ScheduleMeetingForm form = new ScheduleMeetingForm(caseMeetings.groupOptions(), LocalDate.now(clock));
        form.onReload(this::refresh);
        form.addSaveListener(e -> {
            if (!form.proceedDespite(meetings.clashes(form.details(), null))) {
                return;
            }
            form.submitAndReturn(() -> meetings.schedule(form.details())).ifPresent((Meeting m) -> {
                Notifications.success(getTranslation("meeting.schedule.done", Formats.dateTime(m.getStartsAt(), getLocale())));
                getUI().ifPresent(ui -> ui.navigate("meeting/" + m.getId()));
            });
        });
        form.open();
    }

    static Anchor link(long meetingId, String text) {
        Anchor a = new Anchor("meeting/" + meetingId, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    @Override
    public String viewTitle() {
        return getTranslation("meeting.mine.title");
    }
}
