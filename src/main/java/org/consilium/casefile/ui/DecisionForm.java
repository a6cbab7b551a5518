package org.consilium.casefile.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.consilium.base.ui.EditDialog;
import org.consilium.casefile.CaseDecision;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseSheet;
import org.consilium.casefile.CaseTransition;
import org.consilium.casefile.DecisionCriterion;
import org.consilium.casefile.SupportLevel;

/**
 * The supervisor's decision at the decision stage: support level, model and the criteria met, with a
 * comment; the case's current ones are offered.
 */
class DecisionForm extends EditDialog<DecisionForm.Details> {

    /** The decision as the form edits it; its properties are named as {@link CaseDecision}'s fields. */
    public static class Details {

        @NotNull(message = "{validation.required}")
        private SupportLevel level;

        @NotNull(message = "{validation.required}")
        private CaseModel model;

        @NotEmpty(message = "{case.criteria.required}")
        private Set<DecisionCriterion> criteria = EnumSet.noneOf(DecisionCriterion.class);

        @Size(max = CaseTransition.COMMENT_MAX, message = "{validation.tooLong}")
        private String comment = "";

        CaseDecision decision() {
            return new CaseDecision(level, model, criteria, comment);
        }

        public SupportLevel getLevel() {
            return level;
        }

        public void setLevel(SupportLevel level) {
            this.level = level;
        }

        public CaseModel getModel() {
            return model;
        }

        public void setModel(CaseModel model) {
            this.model = model;
        }

        public Set<DecisionCriterion> getCriteria() {
            return criteria;
        }

        public void setCriteria(Set<DecisionCriterion> criteria) {
            this.criteria = criteria;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    final ComboBox<SupportLevel> level = new ComboBox<>();
    final ComboBox<CaseModel> model = new ComboBox<>();
    final CheckboxGroup<DecisionCriterion> criteria = new CheckboxGroup<>();
    final TextArea comment = new TextArea();

    DecisionForm(CaseSheet c) {
        super(Details.class, c.id(), c.version(), current(c), "case.action.decide");
        save.setText(getTranslation("case.decide.do"));
        DecisionFields.setUp(level, model, criteria);
        comment.setLabel(getTranslation("case.comment"));
        comment.setMaxLength(CaseTransition.COMMENT_MAX);
        comment.setWidthFull();
        bindFields();
        FormLayout form = new FormLayout(level, model, criteria, comment);
        form.setColspan(criteria, 2);
        form.setColspan(comment, 2);
        add(form);
    }

    private static Details current(CaseSheet c) {
        Details d = new Details();
        d.setLevel(c.level());
        d.setModel(c.model());
        d.setCriteria(c.criteria().isEmpty() ? EnumSet.noneOf(DecisionCriterion.class) : EnumSet.copyOf(c.criteria()));
        return d;
    }
}
