package org.consilium.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consilium.base.ui.Formats;
import org.consilium.casefile.CaseSheet;
import org.consilium.casefile.CaseTimelineNotes;

/**
 * The case page's timeline, newest first: the case's own moves and new due dates, with who and why,
 * among the entries other modules keep about the case (a meeting's decision, a contact with the family),
 * each linking to its record.
 */
class CaseTimeline extends VerticalLayout {

    CaseTimeline() {
        addClassName("case-timeline");
        setPadding(false);
    }

    void show(CaseSheet c, List<CaseTimelineNotes.Note> notes) {
        removeAll();
        List<Map.Entry<Instant, Div>> entries = new ArrayList<>();
        for (CaseSheet.Move move : c.timeline()) {
            entries.add(Map.entry(move.at(), moveEntry(move)));
        }
        notes.forEach(n -> entries.add(Map.entry(n.at(), noteEntry(n))));
        entries.stream().sorted(Map.Entry.<Instant, Div>comparingByKey().reversed())
                .forEach(e -> add(e.getValue()));
    }

    private Div moveEntry(CaseSheet.Move move) {
        Div entry = new Div();
        entry.addClassName("timeline-entry");
        Span when = new Span(Formats.dateTime(move.at(), getLocale()));
        when.addClassName("timeline-when");
        Span what = new Span(move.dueDateChange()
                ? getTranslation("case.due.changed", getTranslation(move.to().messageKey()))
                : getTranslation(move.to().messageKey()));
        what.addClassName("timeline-stage");
        Span who = new Span(move.by());
        who.addClassName("timeline-who");
        entry.add(when, what, who);
        if (move.dueOn() != null) {
            Span due = new Span(getTranslation("case.due.by", Formats.date(move.dueOn(), getLocale())));
            due.addClassName("timeline-due");
            entry.add(due);
        }
        if (move.comment() != null) {
            Paragraph comment = new Paragraph(move.comment());
            comment.addClassName("timeline-comment");
            entry.add(comment);
        }
        return entry;
    }

    /** An entry another module keeps (a meeting's decision), linking to its record. */
    private Div noteEntry(CaseTimelineNotes.Note n) {
        Div entry = new Div();
        entry.addClassNames("timeline-entry", "timeline-note");
        Span when = new Span(Formats.dateTime(n.at(), getLocale()));
        when.addClassName("timeline-when");
        String text = getTranslation(n.messageKey(), n.args().toArray());
        Component what = n.route() == null ? new Span(text) : new Anchor(n.route(), text);
        ((HasStyle) what).addClassName("timeline-stage");
        Span who = new Span(n.by());
        who.addClassName("timeline-who");
        entry.add(when, what, who);
        return entry;
    }
}
