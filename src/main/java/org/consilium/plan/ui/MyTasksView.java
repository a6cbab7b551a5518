package org.consilium.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.consilium.base.ui.ExportLinks;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.TitledView;
import org.consilium.plan.MyTask;
import org.consilium.plan.MyTaskExport;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.live.LivePages;
import org.consilium.live.Topics;
import org.consilium.live.ui.LiveNote;
import org.consilium.plan.PlanReader;
import org.consilium.plan.PlanService;
import org.consilium.security.AppRoles;

/**
 * A partner agency's tasks in the plans being worked of every family it takes part in (with the
 * family's consent or an override), due first; each opens the family's plan, where it is worked. The
 * list exports to Excel or CSV (decision 0033).
 */
@Route("my-tasks")
@Menu(order = 3, icon = "vaadin:tasks", title = "menu.myTasks")
@RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
class MyTasksView extends VerticalLayout implements TitledView {

    final Grid<MyTask> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final ExportLinks export;

    final LiveNote liveNote = new LiveNote();
    private final PlanService plans;
    private final PlanReader reader;

    MyTasksView(PlanService plans, PlanReader reader, MyTaskExport exports, LivePages pages, UserAccountService accounts,
                Clock clock) {
        this.plans = plans;
        this.reader = reader;
        addClassName("my-tasks-view");
        grid.addComponentColumn(t -> new RouterLink(t.familyName(), PlanView.class, t.caseId())).setHeader(getTranslation("plan.myTasks.family")).setAutoWidth(true);
        grid.addColumn(MyTask::description).setHeader(getTranslation("plan.task.description")).setFlexGrow(2);
        grid.addColumn(MyTask::goalStatement).setHeader(getTranslation("plan.myTasks.goal")).setFlexGrow(1);
        grid.addColumn(t -> t.userName() == null ? "" : t.userName()).setHeader(getTranslation("plan.task.user")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Span due = new Span(Formats.date(t.dueOn(), getLocale()));
            if (t.overdue()) {
                due.setText(getTranslation("plan.myTasks.overdue", Formats.date(t.dueOn(), getLocale())));
                due.getElement().getThemeList().add("badge error");
            }
            return due;
        }).setHeader(getTranslation("plan.task.dueOn")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.status().messageKey())).setHeader(getTranslation("plan.task.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("plan.myTasks.empty"));
        show();
        export = new ExportLinks("tasks", clock, exports::export);
        add(new Paragraph(getTranslation("plan.myTasks.intro")), export, liveNote, empty, grid);
        // The agency's tasks change under the page: shown again when a plan with one of them changes,
        // told only of the cases the user may still see.
        accounts.signedIn().map(SignedInUser::agencyId).ifPresent(agency -> pages.watch(this, Topics.ofAgency(agency),
                c -> c.caseId() == null || reader.mayRead(c.caseId()), c -> {
                    show();
                    liveNote.show(c);
                }));
    }

    private void show() {
        List<MyTask> tasks = plans.myTasks();
        grid.setItems(tasks);
        empty.setVisible(tasks.isEmpty());
        grid.setVisible(!tasks.isEmpty());
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.myTasks");
    }
}
