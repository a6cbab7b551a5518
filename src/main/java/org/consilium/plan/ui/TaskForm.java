package org.consilium.plan.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.consilium.agency.Agency;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.PlanTask;
import org.consilium.plan.TaskDetails;
import org.consilium.plan.TaskSide;

/**
 * A task of a goal: in the family's column a member of the family does it; in the specialists' column
 * an agency, perhaps a named user of it, chosen by id (two people may share a name).
 */
class TaskForm extends EditDialog<TaskDetails> {

    final RadioButtonGroup<TaskSide> side = new RadioButtonGroup<>();
    final TextArea description = new TextArea();
    final ComboBox<Long> member = new ComboBox<>();
    final ComboBox<Agency> agency = new ComboBox<>();
    final ComboBox<Long> user = new ComboBox<>();
    final DatePicker dueOn = new DatePicker();

    private final Map<Long, String> users = new LinkedHashMap<>();
    private final Function<Long, Map<Long, String>> usersOf;

    /**
     * @param task    the task to change, or {@code null} for a new one
     * @param members the family's members by id
     * @param usersOf an agency's active users by id, for its id
     */
    TaskForm(PlanSheet.Task task, LocalDate planEnds, Map<Long, String> members, List<Agency> agencies,
             Function<Long, Map<Long, String>> usersOf) {
        super(TaskDetails.class, task == null ? null : task.id(), task == null ? 0 : task.version(),
                task == null ? newTask() : TaskDetails.of(task), task == null ? "plan.action.addTask" : "plan.action.editTask");
        this.usersOf = usersOf;
        setWidth("min(44rem, 95vw)");
        side.setLabel(getTranslation("plan.task.side"));
        side.setItems(TaskSide.values());
        side.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        description.setLabel(getTranslation("plan.task.description"));
        description.setMaxLength(PlanTask.DESCRIPTION_MAX);
        member.setLabel(getTranslation("plan.task.member"));
        member.setItems(members.keySet());
        member.setItemLabelGenerator(id -> members.getOrDefault(id, ""));
        agency.setLabel(getTranslation("plan.task.agency"));
        agency.setItems(agencies);
        agency.setItemLabelGenerator(Agency::getName);
        user.setLabel(getTranslation("plan.task.user"));
        user.setHelperText(getTranslation("plan.task.user.help"));
        user.setClearButtonVisible(true);
        user.setItemLabelGenerator(id -> users.getOrDefault(id, ""));
        Dates.labelled(dueOn, "plan.task.dueOn");
        PlanDates.untilPlanEnds(dueOn, planEnds);

        // The agency's users are offered before the task's own user is shown, so it is found among them.
        agency.addValueChangeListener(e -> showUsersOf(e.getValue()));
        side.addValueChangeListener(e -> showColumn(e.getValue()));
        binder.forField(side).bind(TaskDetails.SIDE);
        binder.forField(description).bind(TaskDetails.DESCRIPTION);
        binder.forField(member).bind(TaskDetails.MEMBER);
        binder.forField(agency)
                .withConverter(a -> a == null ? null : a.getId(),
                        id -> agencies.stream().filter(a -> Objects.equals(a.getId(), id)).findFirst().orElse(null))
                .bind(TaskDetails.AGENCY);
        binder.forField(user).bind(TaskDetails.USER);
        binder.forField(dueOn).bind(TaskDetails.DUE_ON);
        binder.readBean(details());

        FormLayout form = new FormLayout(side, description, member, agency, user, dueOn);
        form.setColspan(side, 2);
        form.setColspan(description, 2);
        add(form);
    }

    /** The form for a task of the plan ({@code null}: a new one), offering the family's members, the agencies and their users. */
    static TaskForm of(PlanServices services, PlanSheet sheet, PlanSheet.Task task) {
        return new TaskForm(task, sheet.endsOn(), services.lookups().familyMembers(sheet.caseId()),
                services.lookups().agencies(), services.lookups()::usersOf);
    }

    private static TaskDetails newTask() {
        TaskDetails d = new TaskDetails();
        d.setSide(TaskSide.FAMILY);
        return d;
    }

    private void showUsersOf(Agency chosen) {
        Long kept = user.getValue();
        users.clear();
        if (chosen != null) {
            users.putAll(usersOf.apply(chosen.getId()));
        }
        user.setItems(List.copyOf(users.keySet()));
        user.setValue(kept != null && users.containsKey(kept) ? kept : null);
    }

    /** Only the column's own fields show; the other column's are left out of what is saved. */
    private void showColumn(TaskSide column) {
        member.setVisible(column == TaskSide.FAMILY);
        agency.setVisible(column == TaskSide.SPECIALIST);
        user.setVisible(column == TaskSide.SPECIALIST);
    }

    @Override
    public TaskDetails details() {
        TaskDetails d = super.details();
        if (d.getSide() == TaskSide.FAMILY) {
            d.setAgencyId(null);
            d.setUserId(null);
        } else if (d.getSide() == TaskSide.SPECIALIST) {
            d.setMemberId(null);
        }
        return d;
    }
}
