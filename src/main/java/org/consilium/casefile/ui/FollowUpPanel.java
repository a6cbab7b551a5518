package org.consilium.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.Consumer;
import org.consilium.base.ui.Formats;
import org.consilium.casefile.CaseSheet;
import org.consilium.casefile.FollowUp;

/**
 * The case page's follow-up after closure: each planned contact with its due date (overdue said in
 * words), each made one with how it went and whether the results held, each cancelled by a reopening.
 * Hidden while the case has none.
 */
class FollowUpPanel extends Div {

    final UnorderedList list = new UnorderedList();

    FollowUpPanel() {
        addClassName("case-follow-up");
        add(new H3(getTranslation("followUp.title")), new Paragraph(getTranslation("followUp.help")), list);
        setVisible(false);
    }

    void show(CaseSheet c, Consumer<CaseSheet.FollowUpLine> record) {
        list.removeAll();
        setVisible(!c.followUps().isEmpty());
        for (CaseSheet.FollowUpLine f : c.followUps()) {
            ListItem item = new ListItem();
            item.addClassName("follow-up-" + f.status().name().toLowerCase());
            String due = Formats.date(f.dueOn(), getLocale());
            switch (f.status()) {
                case PLANNED -> {
                    item.add(new Span(getTranslation("followUp.line.planned", f.step(), due)));
                    if (f.overdue()) {
                        Span late = new Span(getTranslation("followUp.overdue"));
                        late.addClassName("overdue");
                        item.add(new Span(" "), late);
                    }
                    if (c.mayRecordFollowUp() && c.followUps().stream().filter(x -> x.status() == FollowUp.Status.PLANNED)
                            .findFirst().map(x -> x.id() == f.id()).orElse(false)) {
                        Button b = new Button(getTranslation("followUp.record"), e -> record.accept(f));
                        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                        item.add(new Span(" "), b);
                    }
                }
                case DONE -> {
                    item.add(new Span(getTranslation("followUp.line.done", f.step(),
                            Formats.date(f.contactedOn(), getLocale()), getTranslation(f.contactKind().messageKey()),
                            getTranslation(f.result().messageKey()), f.recordedBy())));
                    Paragraph notes = new Paragraph(f.notes());
                    notes.addClassName("follow-up-notes");
                    item.add(notes);
                }
                case CANCELLED -> item.add(new Span(getTranslation("followUp.line.cancelled", f.step(), due)));
            }
            list.add(item);
        }
    }
}
