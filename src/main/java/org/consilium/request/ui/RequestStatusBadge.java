package org.consilium.request.ui;

import com.vaadin.flow.component.html.Span;
import org.consilium.request.RequestRow;
import org.consilium.request.RequestStatus;

/** A request's state as a badge: sent, in progress, answered, declined, or overdue (marked as an error). */
final class RequestStatusBadge {

    private RequestStatusBadge() {
    }

    static Span of(Span context, RequestStatus status, boolean overdue) {
        Span badge = context;
        badge.setText(badge.getTranslation(overdue ? "request.status.OVERDUE" : status.messageKey()));
        badge.getElement().getThemeList().add("badge");
        if (overdue) {
            badge.getElement().getThemeList().add("error");
        } else if (status == RequestStatus.ANSWERED) {
            badge.getElement().getThemeList().add("success");
        } else if (status == RequestStatus.DECLINED) {
            badge.getElement().getThemeList().add("contrast");
        }
        badge.addClassName("request-status");
        return badge;
    }

    static Span of(RequestRow row) {
        return of(new Span(), row.status(), row.overdue());
    }
}
