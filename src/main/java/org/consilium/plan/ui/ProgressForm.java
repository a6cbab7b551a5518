package org.consilium.plan.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import org.consilium.base.ui.EditDialog;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.ProgressDetails;
import org.consilium.plan.TaskNote;
import org.consilium.plan.TaskStatus;

/**
 * Progress on a task: a new status among those the reader may set, and a note. A family member
 * comments; their notes are never internal, so they are not asked.
 */
class ProgressForm extends EditDialog<ProgressDetails> {

    final Select<TaskStatus> status = new Select<>();
    final TextArea note = new TextArea();
    final Checkbox internal = new Checkbox();

    ProgressForm(PlanSheet.Task task, boolean byFamily) {
        super(ProgressDetails.class, task.id(), task.version(), new ProgressDetails(task.status()),
                byFamily ? "plan.action.comment" : "plan.action.progress");
        status.setLabel(getTranslation("plan.task.status"));
        EnumSet<TaskStatus> choices = EnumSet.copyOf(task.statusChoices());
        choices.add(task.status());
        status.setItems(choices);
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        note.setLabel(getTranslation("plan.task.note"));
        note.setMaxLength(TaskNote.TEXT_MAX);
        internal.setLabel(getTranslation("plan.note.markInternal"));
        internal.setVisible(!byFamily);
        bindFields();

        FormLayout form = new FormLayout(status, note, internal);
        form.setColspan(note, 2);
        add(new Paragraph(task.description()), form);
    }
}
