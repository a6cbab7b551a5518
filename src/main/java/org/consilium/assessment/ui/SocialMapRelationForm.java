package org.consilium.assessment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.consilium.assessment.SocialMapRelation;
import org.consilium.assessment.SocialMapRelationDetails;
import org.consilium.assessment.SocialMapRelationKind;
import org.consilium.assessment.SocialMapSheet;
import org.consilium.base.ui.EditDialog;

/** Records how two members of the family on the social map get on, or changes it. */
class SocialMapRelationForm extends EditDialog<SocialMapRelationDetails> {

    final ComboBox<Long> first = new ComboBox<>();
    final ComboBox<Long> second = new ComboBox<>();
    final RadioButtonGroup<SocialMapRelationKind> kind = new RadioButtonGroup<>();
    final TextArea note = new TextArea();

    /**
     * @param relation the relation to change, or {@code null} for a new one
     * @param members  the map's members by id, labelled as the form shows them
     */
    SocialMapRelationForm(SocialMapSheet.Tie relation, Map<Long, String> members) {
        super(SocialMapRelationDetails.class, relation == null ? null : relation.id(),
                relation == null ? 0 : relation.version(),
                relation == null ? new SocialMapRelationDetails() : SocialMapRelationDetails.of(relation),
                relation == null ? "socialMap.relation.new" : "socialMap.relation.edit");
        for (ComboBox<Long> member : List.of(first, second)) {
            member.setItems(members.keySet());
            member.setItemLabelGenerator(id -> members.getOrDefault(id, ""));
            member.setRequiredIndicatorVisible(true);
        }
        first.setLabel(getTranslation("socialMap.relation.first"));
        second.setLabel(getTranslation("socialMap.relation.second"));
        kind.setLabel(getTranslation("socialMap.relation.kind"));
        kind.setItems(SocialMapRelationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setRequiredIndicatorVisible(true);
        note.setLabel(getTranslation("socialMap.note"));
        note.setMaxLength(SocialMapRelation.NOTE_MAX);
        bindFields();

        FormLayout form = new FormLayout(first, second, kind, note);
        form.setColspan(kind, 2);
        form.setColspan(note, 2);
        add(form);
    }
}
