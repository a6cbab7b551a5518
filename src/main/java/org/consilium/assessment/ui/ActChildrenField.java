package org.consilium.assessment.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.consilium.assessment.HousingAct;
import org.consilium.assessment.HousingActChoices.Choice;
import org.consilium.assessment.HousingActChoices.Sleeping;
import org.consilium.assessment.HousingActChoices.Study;
import org.consilium.assessment.HousingActDetails.ChildPlace;
import org.consilium.base.ui.Formats;

/**
 * Where each child of the family sleeps and studies: a row per child, named with their birth date, with
 * a choice for each and a note. The children are those of the act; the field adds or drops none.
 */
class ActChildrenField extends CustomField<List<ChildPlace>> {

    final Div rows = new Div();
    private final List<Row> lines = new ArrayList<>();

    /** One child's row. */
    record Row(ChildPlace child, Select<Sleeping> sleeping, Select<Study> study, TextField note) {
    }

    ActChildrenField() {
        getElement().setAttribute("aria-label", getTranslation("assessment.act.section.children"));
        setWidthFull();
        add(rows);
    }

    List<Row> lines() {
        return List.copyOf(lines);
    }

    @Override
    protected List<ChildPlace> generateModelValue() {
        return lines.stream().map(r -> r.child().with(r.sleeping().getValue(), r.study().getValue(), r.note().getValue())).toList();
    }

    @Override
    protected void setPresentationValue(List<ChildPlace> value) {
        lines.clear();
        rows.removeAll();
        List<ChildPlace> children = value == null ? List.of() : value;
        if (children.isEmpty()) {
            rows.add(new Paragraph(getTranslation("assessment.act.children.none")));
        }
        for (ChildPlace c : children) {
            Span who = new Span(c.birthDate() == null ? c.name()
                    : getTranslation("assessment.act.child.born", c.name(), Formats.date(c.birthDate(), getLocale())));
            who.getStyle().set("font-weight", "600");
            Select<Sleeping> sleeping = select("assessment.act.child.sleeping", Sleeping.values(), c.sleeping());
            Select<Study> study = select("assessment.act.child.study", Study.values(), c.study());
            TextField note = new TextField(getTranslation("assessment.act.child.note"));
            note.setMaxLength(HousingAct.CHILD_NOTE_MAX);
            note.setValue(c.note() == null ? "" : c.note());
            note.addValueChangeListener(e -> updateValue());
            HorizontalLayout places = new HorizontalLayout(sleeping, study, note);
            places.setWrap(true);
            places.setWidthFull();
            places.setFlexGrow(1, sleeping, study, note);
            Div child = new Div(who, places);
            child.getStyle().set("margin-bottom", "var(--lumo-space-m)");
            lines.add(new Row(c, sleeping, study, note));
            rows.add(child);
        }
    }

    private <E extends Enum<E> & Choice> Select<E> select(String labelKey, E[] items, E value) {
        Select<E> s = new Select<>();
        s.setLabel(getTranslation(labelKey));
        s.setItems(items);
        s.setItemLabelGenerator(e -> e == null ? "" : getTranslation(e.messageKey()));
        s.setValue(value);
        s.addValueChangeListener(e -> updateValue());
        return s;
    }
}
