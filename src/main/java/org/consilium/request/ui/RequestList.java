package org.consilium.request.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import org.consilium.base.ui.Formats;
import org.consilium.request.Repeat;
import org.consilium.request.RequestRow;

/**
 * Requests as a list of links to their pages: what kind, about whom, a second line the caller chooses
 * (to whom, or who asks), the due date and the state; an empty list says so.
 */
class RequestList extends UnorderedList {

    RequestList(List<RequestRow> rows, String emptyKey, Function<RequestRow, String> secondLine) {
        addClassName("request-list");
        if (rows.isEmpty()) {
            add(new ListItem(getTranslation(emptyKey)));
        }
        for (RequestRow r : rows) {
            Anchor link = new Anchor("request/" + r.id(), getTranslation(r.kind().messageKey()) + " — " + r.subjectName());
            link.getElement().setAttribute("router-link", true);
            Div detail = new Div(new Span(secondLine.apply(r)),
                    new Span(getTranslation("request.list.period", Formats.date(r.periodFrom(), getLocale()),
                            Formats.date(r.periodTo(), getLocale()))
                            + (r.repeat() == Repeat.NONE ? "" : " (" + getTranslation(r.repeat().messageKey()) + ")")),
                    new Span(getTranslation("request.list.due", Formats.date(r.dueOn(), getLocale()))),
                    RequestStatusBadge.of(r));
            detail.addClassName("request-list-detail");
            ListItem item = new ListItem(link, detail);
            if (r.overdue()) {
                item.addClassName("request-overdue");
            }
            add(item);
        }
    }
}
