package org.consilium.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.consilium.assessment.SocialMapSheet;

/**
 * The social map's data as tables, under the eco-map: the members, the relations between them and the
 * support network, with buttons to change or remove each row while the version may be written. The
 * lists are those of one assessment version, a few rows each, so they are shown whole.
 */
class SocialMapTables extends Div {

    final Grid<SocialMapSheet.Member> members = new Grid<>();
    final Grid<SocialMapSheet.Tie> relations = new Grid<>();
    final Grid<SocialMapSheet.Contact> network = new Grid<>();

    SocialMapTables(SocialMapPanel panel) {
        addClassName("social-map-tables");
        setWidthFull();

        members.addColumn(SocialMapSheet.Member::name).setHeader(getTranslation("socialMap.member.name")).setFlexGrow(2);
        members.addColumn(m -> getTranslation(m.role().messageKey())).setHeader(getTranslation("socialMap.member.role"));
        members.addColumn(m -> m.age() == null ? "" : String.valueOf(m.age())).setHeader(getTranslation("socialMap.member.age"));
        members.addColumn(m -> m.livesApart() ? getTranslation("socialMap.member.livesApart.short") : "")
                .setHeader(getTranslation("socialMap.member.living"));
        members.addComponentColumn(m -> buttons(
                () -> panel.editMember(m),
                () -> panel.removeMember(m))).setKey("actions").setAutoWidth(true);

        relations.addColumn(t -> t.firstName() + " — " + t.secondName()).setHeader(getTranslation("socialMap.relation.between"))
                .setFlexGrow(2);
        relations.addColumn(t -> getTranslation(t.kind().messageKey())).setHeader(getTranslation("socialMap.relation.kind"));
        relations.addColumn(t -> t.note() == null ? "" : t.note()).setHeader(getTranslation("socialMap.note")).setFlexGrow(3);
        relations.addComponentColumn(t -> buttons(
                () -> panel.editRelation(t),
                () -> panel.removeRelation(t))).setKey("actions").setAutoWidth(true);

        network.addColumn(SocialMapSheet.Contact::name).setHeader(getTranslation("socialMap.contact.name")).setFlexGrow(2);
        network.addColumn(c -> getTranslation(c.kind().messageKey())).setHeader(getTranslation("socialMap.contact.kind"));
        network.addColumn(c -> getTranslation(c.strength().messageKey())).setHeader(getTranslation("socialMap.contact.strength"));
        network.addColumn(c -> c.memberName() == null ? getTranslation("socialMap.contact.wholeFamily") : c.memberName())
                .setHeader(getTranslation("socialMap.contact.member"));
        network.addColumn(c -> c.note() == null ? "" : c.note()).setHeader(getTranslation("socialMap.note")).setFlexGrow(3);
        network.addComponentColumn(c -> buttons(
                () -> panel.editContact(c),
                () -> panel.removeContact(c))).setKey("actions").setAutoWidth(true);

        for (Grid<?> grid : List.of(members, relations, network)) {
            grid.setAllRowsVisible(true);
            grid.setWidthFull();
        }
        members.addClassName("social-map-members");
        relations.addClassName("social-map-relations");
        network.addClassName("social-map-network");
        add(new H4(getTranslation("socialMap.members")), members, new H4(getTranslation("socialMap.relations")), relations,
                new H4(getTranslation("socialMap.network")), network);
    }

    /** Shows the version's rows; the buttons only while it may be written. */
    void show(SocialMapSheet s) {
        members.setItems(s.members());
        relations.setItems(s.relations());
        network.setItems(s.contacts());
        for (Grid<?> grid : List.of(members, relations, network)) {
            grid.getColumnByKey("actions").setVisible(s.writable());
        }
    }

    private Component buttons(Runnable edit, Runnable remove) {
        Button change = new Button(getTranslation("socialMap.change"), e -> edit.run());
        change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button off = new Button(getTranslation("socialMap.remove"), e -> remove.run());
        off.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout box = new HorizontalLayout(change, off);
        box.setSpacing(false);
        return box;
    }
}
