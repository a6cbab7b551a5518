package org.consilium.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.consilium.assessment.HousingActChoices.Choice;
import org.consilium.assessment.HousingActDetails.ChildPlace;
import org.consilium.assessment.HousingActSheet;
import org.consilium.base.ui.Facts;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.ReadDialog;

/**
 * One housing-conditions act to read, section by section as it prints, with the PDF and, for those who
 * may, a way to revise it.
 */
class HousingActDialog extends ReadDialog {

    final Button revise = new Button();
    final Div body = new Div();

    HousingActDialog(HousingActSheet a, Anchor pdf) {
        super("assessment.act.dialogTitle", a.familyName(), Formats.date(a.inspectedOn(), UI.getCurrent().getLocale()));
        revise.setText(getTranslation("assessment.act.revise"));
        revise.setVisible(a.mayRevise());
        addActions(pdf, revise);
        body.addClassName("housing-act");
        add(body);

        body.add(facts(Facts.fact(t("assessment.act.field.address"), a.address()),
                Facts.fact(t("assessment.act.field.inspectedOn"), Formats.date(a.inspectedOn(), getLocale())),
                Facts.fact(t("assessment.act.field.drawnUpOn"), Formats.date(a.drawnUpOn(), getLocale()))));
        section("assessment.act.field.inspectors");
        body.add(list(a.inspectors().stream().map(i -> i.name() + " — " + i.post()).toList()));
        section("assessment.act.field.present");
        body.add(list(a.present().stream().map(p -> p.name() + " (" + t(p.relation().messageKey()).toLowerCase(getLocale()) + ")").toList()));

        section("assessment.act.section.dwelling");
        body.add(facts(choice("assessment.act.field.dwelling", a.dwelling()), choice("assessment.act.field.tenure", a.tenure()),
                Facts.fact(t("assessment.act.field.rooms"), String.valueOf(a.rooms())),
                Facts.fact(t("assessment.act.field.livingArea"), getTranslation("assessment.act.area",
                        Formats.number(a.livingArea(), getLocale())))));
        text(a.dwellingNotes());
        section("assessment.act.section.amenities");
        body.add(facts(choice("assessment.act.field.heating", a.heating(), a.heatingNotes()),
                choice("assessment.act.field.water", a.water(), a.waterNotes()),
                choice("assessment.act.field.sanitation", a.sanitation(), a.sanitationNotes())));
        section("assessment.act.section.upkeep");
        body.add(facts(choice("assessment.act.field.upkeep", a.upkeep(), a.upkeepNotes())));
        section("assessment.act.section.food");
        body.add(facts(choice("assessment.act.field.food", a.food(), a.foodNotes())));

        section("assessment.act.section.children");
        if (a.children().isEmpty()) {
            body.add(new Paragraph(t("assessment.act.children.none")));
        }
        body.add(list(a.children().stream().map(this::child).toList()));
        section("assessment.act.section.hazards");
        text(a.hazards() == null ? t("assessment.act.hazards.none") : a.hazards());
        section("assessment.act.section.conclusion");
        text(a.conclusion());
        if (a.recommendations() != null) {
            section("assessment.act.section.recommendations");
            text(a.recommendations());
        }
    }

    private String child(ChildPlace c) {
        String who = c.birthDate() == null ? c.name()
                : getTranslation("assessment.act.child.born", c.name(), Formats.date(c.birthDate(), getLocale()));
        return who + ": " + t("assessment.act.child.sleeping").toLowerCase(getLocale()) + " — " + t(c.sleeping().messageKey())
                + "; " + t("assessment.act.child.study").toLowerCase(getLocale()) + " — " + t(c.study().messageKey())
                + (c.note() == null ? "" : ". " + c.note());
    }

    private void section(String key) {
        body.add(new H4(t(key)));
    }

    private void text(String text) {
        if (text != null) {
            Paragraph p = new Paragraph(text);
            p.getStyle().set("white-space", "pre-line");
            body.add(p);
        }
    }

    private Component choice(String labelKey, Choice value) {
        return Facts.fact(t(labelKey), t(value.messageKey()));
    }

    private Component choice(String labelKey, Choice value, String notes) {
        return Facts.fact(t(labelKey), t(value.messageKey()) + (notes == null ? "" : ". " + notes));
    }

    private static Div facts(Component... facts) {
        Div row = new Div(facts);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s) var(--lumo-space-l)")
                .set("margin-bottom", "var(--lumo-space-m)");
        return row;
    }

    private static UnorderedList list(List<String> lines) {
        return new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
    }

    private String t(String key) {
        return getTranslation(key);
    }
}
