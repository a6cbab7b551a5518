package org.consilium.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.ReasonDialog;
import org.consilium.meeting.Inconsistency;
import org.consilium.meeting.MeetingRoomService;
import org.consilium.meeting.Minutes;
import org.consilium.meeting.MinutesReader;

/**
 * The minutes as a participant reads them: who came, the family's view at a closing meeting, each item
 * as far as the reader may see it, with its decisions, whether the minutes are final, the addenda, and
 * the PDF. Read-only; the meeting room writes them.
 */
class MinutesPart extends Div {

    private final MeetingRoomService room;
    private final Runnable reload;

    MinutesPart(MinutesReader reader, MeetingRoomService room, Minutes m, Runnable reload) {
        this.room = room;
        this.reload = reload;
        addClassName("meeting-minutes");
        // The family reads the minutes as what was decided about it, in its own words.
        String family = m.role() == Minutes.Role.FAMILY ? ".family" : "";
        add(new H3(getTranslation("meeting.minutes.title" + family)));
        Span state = new Span(m.finalised()
                ? getTranslation("meeting.minutes.finalOn" + family, Formats.dateTime(m.finalisedAt(), getLocale()))
                : getTranslation("meeting.minutes.draft"));
        state.getElement().getThemeList().add(m.finalised() ? "badge success" : "badge contrast");
        state.addClassName("minutes-state");
        add(state, pdfLink(reader, m.meetingId(), getLocale()));
        if (m.secretaryName() != null) {
            add(new Paragraph(getTranslation("meeting.room.secretary") + ": " + m.secretaryName()));
        }
        if (m.attendance().stream().anyMatch(a -> a.attendance() != null)) {
            add(new H4(getTranslation("meeting.room.attendance")));
            UnorderedList people = new UnorderedList();
            people.addClassName("minutes-attendance");
            m.attendance().stream().filter(a -> a.attendance() != null).forEach(a -> people.add(
                    new ListItem((a.name() == null ? getTranslation(a.kind().messageKey()) : a.name()) + " — " + getTranslation(a.attendance().messageKey()))));
            add(people);
        }
        if (m.familyView() != null) {
            add(new H4(getTranslation("meeting.room.familyView")));
            Paragraph view = new Paragraph(m.familyView());
            view.addClassName("minutes-family-view");
            add(view);
        }
        if (m.items().isEmpty()) {
            add(new Paragraph(getTranslation(m.role() == Minutes.Role.FAMILY ? "meeting.minutes.noneForFamily"
                    : "meeting.agenda.emptyForReader")));
        }
        for (Minutes.Item i : m.items()) {
            add(item(i));
        }
        if (!m.addenda().isEmpty()) {
            add(new H4(getTranslation("meeting.room.addenda")));
            for (Minutes.Addendum a : m.addenda()) {
                Div entry = new Div(new Span(getTranslation("meeting.addendum.by", a.byName(),
                        Formats.dateTime(a.at(), getLocale()))), new Paragraph(a.text()));
                entry.addClassName("minutes-addendum");
                add(entry);
            }
        }
    }

    static Anchor pdfLink(MinutesReader reader, long meetingId, Locale locale) {
        DownloadHandler pdf = event -> {
            event.setFileName("minutes-" + meetingId + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(reader.pdf(meetingId, locale));
        };
        Anchor print = new Anchor(pdf, "");
        print.setText(print.getTranslation("meeting.minutes.pdf"));
        print.setTarget(AnchorTarget.BLANK);
        print.addClassName("minutes-pdf");
        return print;
    }

    private Div item(Minutes.Item i) {
        Div box = new Div();
        box.addClassName("minutes-item");
        box.getElement().setAttribute("data-item", String.valueOf(i.id()));
        if (i.visibility() == Minutes.Visibility.HIDDEN) {
            box.add(new H4(i.position() + ". " + getTranslation("meeting.item.hidden")));
            return box;
        }
        box.add(new H4(heading(this, i)));
        if (i.visibility() == Minutes.Visibility.SUMMARY) {
            box.add(new Paragraph(getTranslation("meeting.item.summary")), new Paragraph(i.sharedSummary()));
            return box;
        }
        if (i.minutes() != null) {
            Paragraph text = new Paragraph(i.minutes());
            text.addClassName("minutes-text");
            box.add(text);
        }
        decisions(box, i);
        for (Minutes.Issue x : i.inconsistencies()) {
            box.add(issueLine(this, room, x, reload));
        }
        return box;
    }

    static String heading(Div context, Minutes.Item i) {
        return i.position() + ". " + (i.familyName() == null ? "" : i.familyName() + " — ")
                + context.getTranslation(i.topic().messageKey()) + ": " + i.question();
    }

    static void decisions(Div box, Minutes.Item i) {
        if (i.decisions().isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("minutes-decisions");
        for (Minutes.Decision d : i.decisions()) {
            ListItem li = new ListItem(box.getTranslation("meeting.decision.entry", box.getTranslation(d.kind().messageKey()),
                    d.text() == null ? "" : d.text()));
            if (d.resultKey() != null) {
                li.add(" ");
                String result = box.getTranslation(d.resultKey());
                if (d.resultRoute() != null) {
                    Anchor a = new Anchor(d.resultRoute(), result);
                    a.getElement().setAttribute("router-link", true);
                    li.add(a);
                } else {
                    li.add(new Span(result));
                }
            }
            list.add(li);
        }
        box.add(list);
    }

    /** An inconsistency; its owner agency or the minutes' keepers may mark it settled, with how. */
    static Div issueLine(Div context, MeetingRoomService room, Minutes.Issue x, Runnable reload) {
        Div line = new Div();
        line.addClassName("minutes-issue");
        line.add(new Span(context.getTranslation("meeting.inconsistency.entry", x.description(), x.ownerName(),
                Formats.date(x.dueOn(), UI.getCurrent().getLocale()))));
        if (x.settledAt() != null) {
            line.add(new Span(" " + context.getTranslation("meeting.inconsistency.settledOn",
                    Formats.dateTime(x.settledAt(), UI.getCurrent().getLocale()), x.settlement())));
        } else if (x.overdue()) {
            Span overdue = new Span(context.getTranslation("meeting.inconsistency.overdue"));
            overdue.getElement().getThemeList().add("badge error");
            line.add(overdue);
        }
        if (x.maySettle()) {
            Button settle = new Button(context.getTranslation("meeting.inconsistency.settle"), e -> {
                ReasonDialog dialog = new ReasonDialog("meeting.inconsistency.settle", "meeting.inconsistency.settlement",
                        Inconsistency.TEXT_MAX, true);
                dialog.onReload(reload);
                dialog.addSaveListener(ev -> {
                    if (dialog.submit(() -> room.settle(x.id(), x.version(), dialog.reason()))) {
                        Notifications.success(context.getTranslation("meeting.inconsistency.settled.done"));
                        reload.run();
                    }
                });
                dialog.open();
            });
            settle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            settle.addClassName("issue-settle");
            line.add(settle);
        }
        return line;
    }
}
