package org.consilium.plan.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.consilium.base.ui.ReadDialog;
import org.consilium.plan.PlanComparison;

/** What changed from the previous version of the plan to this one: goals and tasks added, changed or removed. */
class ComparisonDialog extends ReadDialog {

    final UnorderedList changes = new UnorderedList();

    ComparisonDialog(int previousNumber, int number, List<PlanComparison.Change> found) {
        super("plan.action.compare");
        add(new Paragraph(getTranslation("plan.compare.between", previousNumber, number)));
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("plan.compare.none")));
        }
        changes.addClassName("plan-changes");
        for (PlanComparison.Change c : found) {
            String fields = c.fields().stream().map(this::getTranslation).reduce((a, b) -> a + ", " + b).orElse("");
            String key = "plan.compare." + c.item().name().toLowerCase(Locale.ROOT) + "." + c.kind().name().toLowerCase(Locale.ROOT);
            ListItem item = new ListItem(getTranslation(key, c.text(), fields, c.goalText() == null ? "" : c.goalText()));
            item.getElement().setAttribute("data-kind", c.kind().name());
            changes.add(item);
        }
        add(changes);
    }
}
