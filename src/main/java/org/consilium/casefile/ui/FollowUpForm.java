package org.consilium.casefile.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Formats;
import org.consilium.casefile.CaseSheet;
import org.consilium.casefile.CaseTransition;
import org.consilium.casefile.ContactKind;
import org.consilium.casefile.FollowUp;
import org.consilium.casefile.FollowUpDetails;
import org.consilium.casefile.FollowUpResult;

/**
 * Records a planned follow-up contact after closure: when and how the family was reached, whether the
 * results held and what was found; if they did not hold, the case can be reopened, with the reason.
 */
class FollowUpForm extends EditDialog<FollowUpDetails> {

    final DatePicker contactedOn = new DatePicker();
    final Select<ContactKind> contactKind = new Select<>();
    final RadioButtonGroup<FollowUpResult> result = new RadioButtonGroup<>();
    final TextArea notes = new TextArea();
    final Checkbox reopen = new Checkbox();
    final TextArea reopenReason = new TextArea();

    FollowUpForm(CaseSheet.FollowUpLine f, String familyName, LocalDate today) {
        super(FollowUpDetails.class, f.id(), f.version(), initial(today), "followUp.record.title", familyName);
        save.setText(getTranslation("followUp.record.save"));
        Paragraph due = new Paragraph(getTranslation("followUp.record.planned", f.step(),
                Formats.date(f.dueOn(), getLocale())));
        Dates.notAfter(Dates.labelled(contactedOn, "followUp.contactedOn"), today,
                getTranslation("followUp.contactedOn.future")).setRequiredIndicatorVisible(true);
        contactKind.setLabel(getTranslation("followUp.contactKind"));
        contactKind.setItems(ContactKind.values());
        contactKind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        contactKind.setEmptySelectionAllowed(false);
        contactKind.setRequiredIndicatorVisible(true);
        result.setLabel(getTranslation("followUp.result"));
        result.setItems(FollowUpResult.values());
        result.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        result.setRequiredIndicatorVisible(true);
        notes.setLabel(getTranslation("followUp.notes"));
        notes.setHelperText(getTranslation("followUp.notes.help"));
        notes.setRequiredIndicatorVisible(true);
        notes.setMaxLength(FollowUp.NOTES_MAX);
        notes.setWidthFull();
        reopen.setLabel(getTranslation("followUp.reopen"));
        reopenReason.setLabel(getTranslation("followUp.reopenReason"));
        reopenReason.setRequiredIndicatorVisible(true);
        reopenReason.setMaxLength(CaseTransition.COMMENT_MAX);
        reopenReason.setWidthFull();
        bindFields();
        reopenReason.setVisible(false);
        reopen.addValueChangeListener(e -> reopenReason.setVisible(e.getValue()));
        // Reopening is offered where the results did not fully hold.
        reopen.setVisible(false);
        result.addValueChangeListener(e -> {
            boolean offer = e.getValue() != null && e.getValue() != FollowUpResult.HELD;
            reopen.setVisible(offer);
            if (!offer) {
                reopen.setValue(false);
            }
        });
        FormLayout form = new FormLayout(contactedOn, contactKind, result, notes, reopen, reopenReason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(due, form);
    }

    private static FollowUpDetails initial(LocalDate today) {
        FollowUpDetails d = new FollowUpDetails();
        d.setContactedOn(today);
        return d;
    }
}
