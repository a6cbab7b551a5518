package org.consilium.casefile.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.DecisionCriterion;
import org.consilium.casefile.SupportLevel;

/** The supervisor's decision on a case, the same on the page that opens a case and in the decision form. */
final class DecisionFields {

    private DecisionFields() {
    }

    static void setUp(ComboBox<SupportLevel> level, ComboBox<CaseModel> model, CheckboxGroup<DecisionCriterion> criteria) {
        level.setLabel(level.getTranslation("case.level"));
        level.setItems(SupportLevel.values());
        level.setItemLabelGenerator(l -> level.getTranslation(l.messageKey()));
        model.setLabel(model.getTranslation("case.model"));
        model.setItems(CaseModel.values());
        model.setItemLabelGenerator(m -> model.getTranslation(m.messageKey()));
        criteria.setLabel(criteria.getTranslation("case.criteria"));
        criteria.setItems(DecisionCriterion.values());
        criteria.setItemLabelGenerator(k -> criteria.getTranslation(k.messageKey()));
    }
}
