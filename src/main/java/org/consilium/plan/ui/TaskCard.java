package org.consilium.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.OverdueMark;
import org.consilium.plan.FamilyWords;
import org.consilium.plan.PlanPermissions.Audience;
import org.consilium.plan.PlanSheet.Action;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.ProgressDetails;
import org.consilium.plan.TaskSide;
import org.consilium.plan.TaskStatus;

/**
 * A task on the plan page: what, who and by when, its status, and its notes; with what the reader may
 * do with it — work it (a family member marks their own done in one click), or change or remove it.
 */
class TaskCard extends Div {

    final PlanSheet.Task task;
    final Span beingEdited = new Span();
    private final PlanServices services;

    TaskCard(PlanServices services, PlanSheet sheet, PlanSheet.Task t, Runnable reload) {
        this.task = t;
        this.services = services;
        boolean family = sheet.audience() == Audience.FAMILY;
        addClassName("plan-task");
        getElement().setAttribute("data-task", String.valueOf(t.id()));
        Span text = new Span(t.description());
        text.addClassName("plan-task-text");
        String who = t.side() == TaskSide.FAMILY ? dash(t.memberName())
                : dash(t.agencyName()) + (t.userName() == null ? "" : ", " + t.userName()
                + (t.userEmail() == null || !family ? "" : " (" + t.userEmail() + ")"));
        Span whoDue = new Span(getTranslation("plan.task.whoDue", who, Formats.date(t.dueOn(), getLocale())));
        whoDue.addClassName("plan-task-who");
        Span status = new Span(getTranslation(t.status().messageKey()));
        status.getElement().getThemeList().add("badge" + (t.status() == TaskStatus.DONE ? " success" : ""));
        status.addClassName("plan-task-status");
        if (t.status() == TaskStatus.DONE) {
            // Done and overdue are said in words, with an icon, never by the colour alone.
            status.addComponentAsFirst(VaadinIcon.CHECK.create());
        }
        add(text, whoDue, status);
        if (t.originLabel() != null) {
            String from = getTranslation("plan.task.origin", t.originLabel());
            HtmlContainer origin = family || t.originRoute() == null ? new Span(from) : new Anchor(t.originRoute(), from);
            origin.addClassName("plan-task-origin");
            add(origin);
        }
        if (t.overdue()) {
            add(OverdueMark.of(getTranslation(FamilyWords.key(sheet.audience(), "plan.task.overdue")), "plan-task-overdue"));
        }

        beingEdited.addClassName("being-edited");
        add(beingEdited);
        showEditors();

        Div tools = new Div();
        tools.addClassName("plan-task-tools");
        if (t.mayWork()) {
            if (family && t.statusChoices().contains(TaskStatus.DONE) && t.status() != TaskStatus.DONE) {
                Button done = new Button(getTranslation("plan.action.markDone"), VaadinIcon.CHECK.create(),
                        e -> Saving.withoutForm(this, () -> services.work().reportProgress(t.id(), t.version(), TaskStatus.DONE,
                                null, false), "plan.progress.done", reload));
                done.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
                tools.add(done);
            }
            tools.add(Buttons.small(family ? "plan.action.comment" : "plan.action.progress", () -> {
                ProgressForm form = new ProgressForm(t, family);
                services.editing().mark(form, LiveEditing.task(t.id()));
                Saving.throughForm(form, () -> {
                    ProgressDetails d = form.details();
                    services.work().reportProgress(t.id(), t.version(), d.getStatus(), d.getNote(), d.isInternal());
                }, "plan.progress.saved", reload);
            }));
        }
        if (sheet.may(Action.EDIT)) {
            tools.add(Buttons.small("plan.action.editTask", () -> edit(services, sheet, reload)),
                    Buttons.removing("plan.action.removeTask", () -> Saving.throughForm(
                            new ConfirmDialog("plan.action.removeTask", getTranslation("plan.removeTask.confirm"),
                                    "plan.action.removeTask").dangerous(),
                            () -> services.plans().removeTask(t.id(), t.version()), "plan.removeTask.done", reload)));
        }
        if (tools.getComponentCount() > 0) {
            add(tools);
        }
        if (!t.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.addClassName("plan-task-notes");
            for (PlanSheet.Note note : t.notes()) {
                ListItem item = new ListItem(getTranslation("plan.note.entry", Formats.dateTime(note.at(), getLocale()),
                        note.authorName(), note.text()));
                if (note.internal()) {
                    item.add(new Span(" · " + getTranslation("plan.note.internal")));
                    item.addClassName("internal");
                }
                notes.add(item);
            }
            add(notes);
        }
    }

    private void edit(PlanServices services, PlanSheet sheet, Runnable reload) {
        TaskForm form = TaskForm.of(services, sheet, task);
        services.editing().mark(form, LiveEditing.task(task.id()));
        Saving.throughForm(form, () -> services.plans().changeTask(task.id(), task.version(), form.details()),
                "plan.task.saved", reload);
    }

    /** Shows who else is editing the task now, if anyone. */
    void showEditors() {
        String text = services.editing().editedBy(this, LiveEditing.task(task.id()));
        beingEdited.setText(text == null ? "" : text);
        beingEdited.setVisible(text != null);
    }

    static String dash(String s) {
        return s == null ? "—" : s;
    }
}
