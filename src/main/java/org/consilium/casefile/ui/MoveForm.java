package org.consilium.casefile.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.consilium.base.ui.EditDialog;
import org.consilium.casefile.CaseSheet;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.CaseTransition;
import org.consilium.casefile.StageMoveDetails;

/** Moves a case to another stage: the new stage's due date (its time limit is offered) and a comment. */
class MoveForm extends EditDialog<StageMoveDetails> {

    final DatePicker dueOn = new DatePicker();
    final TextArea comment = new TextArea();

    MoveForm(CaseSheet c, CaseStage target, LocalDate today) {
        super(StageMoveDetails.class, c.id(), c.version(), new StageMoveDetails(c.suggestedDueDate(target)),
                "case.action.moveTo");
        setHeaderTitle(getTranslation("case.action.moveTo", getTranslation(target.messageKey())));
        save.setText(getTranslation("case.move.do"));
        DateFields.dueDate(dueOn, today);
        comment.setLabel(getTranslation("case.comment"));
        comment.setMaxLength(CaseTransition.COMMENT_MAX);
        comment.setWidthFull();
        bindFields();
        add(new Paragraph(getTranslation("case.move.confirm", getTranslation(c.stage().messageKey()),
                getTranslation(target.messageKey()))), new FormLayout(dueOn, comment));
    }
}
