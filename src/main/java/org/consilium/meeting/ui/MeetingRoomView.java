package org.consilium.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.base.ui.Formats;
import com.vaadin.flow.component.button.ButtonVariant;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.base.ui.LoadOrRefuse;
import org.consilium.live.LivePages;
import org.consilium.live.Presence;
import org.consilium.live.Topics;
import org.consilium.live.ui.LiveNote;
import org.consilium.live.ui.PresenceBar;
import org.consilium.live.ui.UnsavedInput;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.meeting.MeetingKind;
import org.consilium.meeting.Minutes;
import org.consilium.meeting.MinutesAddendum;
import org.consilium.security.AppRoles;

/**
 * The meeting room, for those who keep the minutes (the chair, the secretary, the team's supervisors):
 * the secretary, who came, the closing meeting's story and the family's view, each agenda item with its
 * minutes, shared summary, decisions and inconsistencies; then the minutes finalised by the secretary,
 * read-only from then on, with addenda after.
 */
@Route("meeting-room")
@RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
class MeetingRoomView extends VerticalLayout implements HasUrlParameter<Long>, TitledView {

    final H2 title = new H2();
    final Div body = new Div();
    Select<Long> secretary;
    Button finalise;
    TextArea addendum;
    Button addAddendum;
    final LiveNote liveNote = new LiveNote();
    final Button showChanges = new Button();
    PresenceBar presenceBar;
    private final RoomServices services;
    private final Clock clock;
    private final LivePages pages;
    private final Presence presence;
    private final String me;
    private Minutes current;
    private UnsavedInput input;
    private Long liveMeeting;

    MeetingRoomView(RoomServices services, Clock clock, LivePages pages, Presence presence, UserAccountService accounts) {
        this.services = services;
        this.clock = clock;
        this.pages = pages;
        this.presence = presence;
        this.me = accounts.signedIn().map(SignedInUser::username).orElse("");
        addClassName("meeting-room");
        body.addClassName("room-body");
        showChanges.setText(getTranslation("live.showChanges"));
        showChanges.addThemeVariants(ButtonVariant.LUMO_SMALL);
        showChanges.addClickListener(e -> reload());
        showChanges.setVisible(false);
        add(title, new Div(liveNote, showChanges), body);
    }

    @Override
    public void setParameter(BeforeEvent event, Long meetingId) {
        LoadOrRefuse.load(event, () -> Optional.of(services.reader().minutes(meetingId))).ifPresent(m -> {
            show(m);
            goLive(m.meetingId());
        });
    }

    /**
     * Keeps the room current while it is open: who else is in it, and what the other keepers record,
     * shown at once with a note of who did it. What the reader has typed and not saved stays: then the
     * note offers to show the changes when they are ready.
     */
    private void goLive(long meetingId) {
        if (Long.valueOf(meetingId).equals(liveMeeting)) {
            return;
        }
        liveMeeting = meetingId;
        String topic = Topics.ofMeeting(meetingId);
        presenceBar = new PresenceBar(presence, topic, () -> services.reader().takesPart(meetingId));
        addComponentAtIndex(indexOf(title) + 1, presenceBar);
        pages.watch(this, topic, c -> services.reader().takesPart(meetingId), c -> {
            if (input != null && input.any()) {
                showChanges.setVisible(true);
            } else {
                reload();
            }
            if (!c.actor().equals(me)) {
                liveNote.show(c);
            }
        });
    }

    @Override
    public String viewTitle() {
        return current == null ? getTranslation("meeting.room.title") : getTranslation("meeting.room.titleOf", current.title());
    }

    private void reload() {
        show(services.reader().minutes(current.meetingId()));
    }

    private void show(Minutes m) {
        showBody(m);
        input = UnsavedInput.in(body);
        showChanges.setVisible(false);
    }

    private void showBody(Minutes m) {
        current = m;
        title.setText(getTranslation("meeting.room.titleOf", m.title()));
        body.removeAll();
        Anchor back = new Anchor("meeting/" + m.meetingId(), getTranslation("meeting.room.back"));
        back.getElement().setAttribute("router-link", true);
        body.add(back);
        if (m.role() != Minutes.Role.KEEPER) {
            body.add(new Paragraph(getTranslation("meeting.room.notKeeper")));
            return;
        }
        body.add(new Paragraph(getTranslation(m.kind().messageKey()) + " · "
                + Formats.dateTime(m.startsAt(), getLocale()) + " – " + Formats.dateTime(m.endsAt(), getLocale())
                + (m.place() == null ? "" : " · " + m.place()) + " · " + getTranslation("meeting.fact.chair") + ": "
                + m.chairName()));
        Span state = new Span(m.finalised()
                ? getTranslation("meeting.minutes.finalOn", Formats.dateTime(m.finalisedAt(), getLocale()))
                : getTranslation("meeting.minutes.draft"));
        state.getElement().getThemeList().add(m.finalised() ? "badge success" : "badge contrast");
        state.addClassName("minutes-state");
        body.add(new Div(state, MinutesPart.pdfLink(services.reader(), m.meetingId(), getLocale())));
        if (m.mayWrite()) {
            body.add(new Div(secretaryChoice(m)));
        } else if (m.secretaryName() != null) {
            body.add(new Paragraph(getTranslation("meeting.room.secretary") + ": " + m.secretaryName()));
        }
        if (m.mayWrite() && !m.mayRecord()) {
            Paragraph wait = new Paragraph(getTranslation("meeting.room.notBegunYet"));
            wait.addClassName("room-wait");
            body.add(wait);
        }
        body.add(new AttendancePart(services, m, this::reload));
        LocalDate today = LocalDate.now(clock);
        if (m.kind() == MeetingKind.CLOSING) {
            services.options().closingStory(m.meetingId())
                    .ifPresent(story -> body.add(new ClosingPart(services, m, story, this::reload)));
        }
        body.add(new H3(getTranslation("meeting.agenda.title")));
        if (m.items().isEmpty()) {
            body.add(new Paragraph(getTranslation("meeting.room.noItems")));
        }
        boolean chair = m.readerChairs();
        for (Minutes.Item i : m.items()) {
            body.add(new RoomItemPart(services, m, i, chair, today, this::reload));
        }
        if (m.mayRecord()) {
            finalise = new Button();
            finalise.setText(getTranslation("meeting.minutes.finalise"));
            finalise.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            finalise.addClickListener(e -> confirmFinalise(m));
            body.add(new Paragraph(getTranslation("meeting.minutes.finalise.help")), finalise);
        } else if (m.finalised()) {
            addenda(m);
        }
    }

    private Select<Long> secretaryChoice(Minutes m) {
        Map<Long, String> people = services.options().secretaries(m.meetingId());
        secretary = new Select<>();
        secretary.setLabel(getTranslation("meeting.room.secretary"));
        secretary.setHelperText(getTranslation("meeting.room.secretary.help"));
        secretary.setItems(List.copyOf(people.keySet()));
        secretary.setItemLabelGenerator(id -> id == null ? "" : people.getOrDefault(id, ""));
        secretary.setValue(people.entrySet().stream().filter(e -> e.getValue().equals(m.secretaryName()))
                .map(Map.Entry::getKey).findFirst().orElse(null));
        secretary.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(e.getOldValue())
                    && Notifications.act(this, () -> services.room().appointSecretary(m.meetingId(), m.version(), e.getValue()),
                    "meeting.room.secretarySaved", this::reload)) {
                reload();
            }
        });
        return secretary;
    }

    private void confirmFinalise(Minutes m) {
        ConfirmDialog confirm = new ConfirmDialog("meeting.minutes.finalise", getTranslation("meeting.minutes.finalise.confirm"),
                "meeting.minutes.finalise");
        confirm.onReload(this::reload);
        confirm.addSaveListener(e -> {
            if (confirm.submit(() -> services.room().finalise(m.meetingId(), m.version()))) {
                Notifications.success(getTranslation("meeting.minutes.finalised"));
                reload();
            }
        });
        confirm.open();
    }

    private void addenda(Minutes m) {
        body.add(new H3(getTranslation("meeting.room.addenda")));
        for (Minutes.Addendum a : m.addenda()) {
            body.add(new Div(new Span(getTranslation("meeting.addendum.by", a.byName(), Formats.dateTime(a.at(), getLocale()))),
                    new Paragraph(a.text())));
        }
        addendum = new TextArea();
        addAddendum = new Button();
        addendum.setLabel(getTranslation("meeting.addendum.label"));
        addendum.setMaxLength(MinutesAddendum.TEXT_MAX);
        addendum.setWidthFull();
        addAddendum.setText(getTranslation("meeting.addendum.add"));
        addAddendum.addClickListener(e -> {
            if (Notifications.act(this, () -> services.room().addAddendum(m.meetingId(), addendum.getValue()),
                    "meeting.addendum.added", this::reload)) {
                addendum.clear();
                reload();
            }
        });
        body.add(addendum, addAddendum);
    }
}
