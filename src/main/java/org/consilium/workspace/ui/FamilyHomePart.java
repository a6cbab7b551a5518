package org.consilium.workspace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.OverdueMark;
import org.consilium.base.ui.WhatHappensNow;
import org.consilium.plan.FamilyGuide;
import org.consilium.plan.FamilyStep;

/**
 * The top of a family member's home: where the family stands with its plan (what it can do now, what
 * happens next) and its own tasks still to do, each with its date and, past it, a word and an icon
 * that say so (never the colour alone); with the way to the plan, where tasks are marked done.
 */
class FamilyHomePart extends Div {

    final WhatHappensNow now = new WhatHappensNow();
    final UnorderedList tasks = new UnorderedList();

    FamilyHomePart(FamilyGuide.FamilyNow family) {
        addClassName("family-home");
        FamilyStep step = family.step();
        now.show(step.name(), getTranslation(step.nowKey()), getTranslation(step.nextKey()));
        add(now);
        if (family.tasks().isEmpty()) {
            return;
        }
        tasks.addClassName("family-tasks");
        for (FamilyGuide.FamilyTask t : family.tasks()) {
            ListItem item = new ListItem();
            item.addClassName("family-task");
            item.getElement().setAttribute("data-task", String.valueOf(t.taskId()));
            Span text = new Span(t.description());
            text.addClassName("family-task-text");
            Span whoDue = new Span(getTranslation("plan.task.whoDue", t.memberName() == null ? "—" : t.memberName(),
                    Formats.date(t.dueOn(), getLocale())));
            whoDue.addClassName("family-task-who");
            item.add(text, whoDue);
            if (t.overdue()) {
                item.addClassName("overdue");
                item.add(OverdueMark.of(getTranslation("plan.task.overdue.family"), "family-task-overdue"));
            }
            tasks.add(item);
        }
        Anchor open = new Anchor("my-plan", getTranslation("mywork.family.openPlan"));
        open.getElement().setAttribute("router-link", true);
        open.addClassName("family-open-plan");
        add(new H3(getTranslation("mywork.family.tasks")), tasks, open);
    }
}
