package org.consilium.meeting.ui;

import static org.consilium.base.ui.Facts.fact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.base.ui.Formats;
import com.vaadin.flow.shared.Registration;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.base.ui.LoadOrRefuse;
import org.consilium.live.LivePages;
import org.consilium.live.Topics;
import org.consilium.live.ui.LiveNote;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.base.ui.WhatHappensNow;
import org.consilium.meeting.AgendaService;
import org.consilium.meeting.MeetingService;
import org.consilium.meeting.MeetingSheet;
import org.consilium.meeting.MeetingStatus;
import org.consilium.meeting.Minutes;
import org.consilium.meeting.Response;

/**
 * One meeting: when, where, who chairs it; for a participant their answer; for the organiser everyone
 * invited with their answers and the agenda, built from the work that waits for a decision.
 */
@Route("meeting")
@PermitAll
class MeetingView extends VerticalLayout implements HasUrlParameter<Long>, TitledView {

    final H2 title = new H2();
    final Div facts = new Div();
    final Div answer = new Div();
    final Div invited = new Div();
    final Div agendaPart = new Div();
    final Div minutesPart = new Div();
    final WhatHappensNow now = new WhatHappensNow();
    private final MeetingService meetings;
    private final AgendaService agenda;
    private final RoomServices room;
    private MeetingSheet current;
    final LiveNote liveNote = new LiveNote();
    private final LivePages pages;
    private final String me;
    private Registration liveWatch;

    MeetingView(MeetingService meetings, AgendaService agenda, RoomServices room, LivePages pages,
                UserAccountService accounts) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.room = room;
        this.pages = pages;
        this.me = accounts.signedIn().map(SignedInUser::username).orElse("");
        addClassName("meeting-page");
        facts.addClassName("request-facts");
        now.setVisible(false);
        add(title, now, liveNote, facts, answer, invited, agendaPart, minutesPart);
    }

    @Override
    public void setParameter(BeforeEvent event, Long meetingId) {
        LoadOrRefuse.load(event, () -> Optional.of(meetings.sheet(meetingId))).ifPresent(m -> {
            show(m);
            // Shown again when the meeting changes (moved, called off, answered, its minutes written),
            // as long as the user still takes part.
            if (liveWatch != null) {
                liveWatch.remove();
            }
            liveWatch = pages.watch(this, Topics.ofMeeting(meetingId), c -> room.reader().takesPart(meetingId), c -> {
                reload();
                if (!c.actor().equals(me)) {
                    liveNote.show(c);
                }
            });
        });
    }

    @Override
    public String viewTitle() {
        return current == null ? getTranslation("meeting.page.title") : current.title();
    }

    private void reload() {
        show(meetings.sheet(current.id()));
    }

    private void show(MeetingSheet m) {
        current = m;
        Minutes minutes = room.reader().minutes(m.id());
        // A member of the family reads the meeting in plain words, with what it can do now and what comes next.
        boolean family = minutes.role() == Minutes.Role.FAMILY;
        String words = family ? ".family" : "";
        title.setText(getTranslation(m.kind().messageKey() + words) + ": " + m.title());
        now.setVisible(family);
        if (family) {
            String step = m.held() ? "HELD" : m.status().name();
            now.show(step, getTranslation("meeting.family.now." + step), getTranslation("meeting.family.next." + step));
        }
        facts.removeAll();
        facts.add(fact(getTranslation("meeting.fact.when"), Formats.dateTime(m.startsAt(), getLocale()) + " – "
                + Formats.dateTime(m.endsAt(), getLocale())));
        if (m.place() != null) {
            facts.add(fact(getTranslation("meeting.field.place"), m.place()));
        }
        if (m.onlineLink() != null) {
            facts.add(fact(getTranslation("meeting.field.onlineLink"), m.onlineLink()));
        }
        facts.add(fact(getTranslation("meeting.fact.chair" + words), m.chairName()),
                fact(getTranslation("meeting.fact.status"),
                        getTranslation(m.held() ? "meeting.status.HELD" : m.status().messageKey())));
        if (m.familyName() != null) {
            facts.add(fact(getTranslation("meeting.fact.family"), m.familyName()));
        }
        showAnswer(m);
        invited.removeAll();
        if (m.organiser()) {
            // A heading over a list: a list holds its items only.
            UnorderedList names = new UnorderedList();
            invited.add(new H3(getTranslation("meeting.invited.title")), names);
            for (MeetingSheet.Invited i : m.invited()) {
                names.add(new ListItem(i.name() + " (" + getTranslation(i.kind().messageKey()) + ") — "
                        + getTranslation(i.response().messageKey())));
            }
        }
        agendaPart.removeAll();
        boolean keeper = minutes.role() == Minutes.Role.KEEPER;
        if (keeper && m.status() == MeetingStatus.SCHEDULED) {
            Anchor enter = new Anchor("meeting-room/" + m.id(), getTranslation("meeting.room.enter"));
            enter.getElement().setAttribute("router-link", true);
            enter.addClassName("meeting-room-link");
            agendaPart.add(new Div(enter));
        }
        if (m.organiser() && m.status() == MeetingStatus.SCHEDULED && !minutes.finalised()) {
            Button cancel = new Button(getTranslation("meeting.cancel.action"), e -> confirmCancel(m));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            agendaPart.add(new AgendaPart(agenda, m.id()), cancel);
        }
        minutesPart.removeAll();
        if (!keeper || minutes.finalised()) {
            minutesPart.add(new MinutesPart(room.reader(), room.room(), minutes, this::reload));
        }
    }

    private void confirmCancel(MeetingSheet m) {
        ConfirmDialog confirm = new ConfirmDialog("meeting.cancel.action", getTranslation("meeting.cancel.confirm"),
                "meeting.cancel.action").dangerous();
        confirm.onReload(this::reload);
        confirm.addSaveListener(e -> {
            if (confirm.submit(() -> meetings.cancel(m.id(), m.version()))) {
                Notifications.success(getTranslation("meeting.cancel.done"));
                reload();
            }
        });
        confirm.open();
    }

    private void showAnswer(MeetingSheet m) {
        answer.removeAll();
        if (m.myAnswer() == null || m.held() && m.myAnswer() == Response.NEEDS_ACTION) {
            return;
        }
        answer.add(new Div(getTranslation("meeting.mine.answer", getTranslation(m.myAnswer().messageKey()))));
        if (m.answerable()) {
            for (Response r : new Response[] {Response.ACCEPTED, Response.TENTATIVE, Response.DECLINED}) {
                Button b = new Button(getTranslation("meeting.answer." + r.name()), e -> {
                    if (Notifications.act(this, () -> meetings.respond(m.id(), r), "meeting.answer.done", this::reload)) {
                        reload();
                    }
                });
                if (r == m.myAnswer()) {
                    b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                answer.add(b);
            }
        }
    }
}
