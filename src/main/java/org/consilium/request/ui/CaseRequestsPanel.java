package org.consilium.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.request.RequestService;

/**
 * The case's information requests on its page: each with its agency, due date and state, linked to
 * its page; and, for those who may, sending a new one.
 */
class CaseRequestsPanel extends Div {

    final Button send = new Button();
    RequestList list;
    private final RequestService requests;
    private final Clock clock;
    private final long caseId;

    CaseRequestsPanel(RequestService requests, Clock clock, long caseId) {
        this.requests = requests;
        this.clock = clock;
        this.caseId = caseId;
        addClassName("case-requests");
        send.setText(getTranslation("request.send.action"));
        send.setIcon(VaadinIcon.ENVELOPE_O.create());
        send.addClickListener(e -> openForm());
        refresh();
    }

    private void refresh() {
        removeAll();
        list = new RequestList(requests.ofCase(caseId), "request.list.noneOnCase",
                r -> r.agencyName() + ", " + getTranslation("request.list.sent", Formats.date(r.sentOn(), getLocale())));
        send.setVisible(requests.maySend(caseId));
        add(new H3(getTranslation("request.list.title")), new Paragraph(getTranslation("request.list.help")), send, list);
    }

    private void openForm() {
        NewRequestForm form;
        try {
            form = new NewRequestForm(requests.sendOptions(caseId), LocalDate.now(clock));
        } catch (BusinessException e) {
            Notifications.refused(this, e, this::refresh);
            return;
        }
        form.onReload(this::refresh);
        form.addSaveListener(e -> form.submitAndReturn(() -> requests.send(caseId, form.details())).ifPresent(sent -> {
            Notifications.success(getTranslation("request.send.done", sent.getAgency().getName()));
            refresh();
        }));
        form.open();
    }
}
