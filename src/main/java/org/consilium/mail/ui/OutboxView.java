package org.consilium.mail.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.consilium.base.ui.RowOpening;
import org.consilium.base.ui.Facts;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.ReadDialog;
import org.consilium.base.ui.TitledView;
import org.consilium.mail.Outbox;
import org.consilium.mail.OutboxMessage;
import org.consilium.mail.OutboxRow;
import org.consilium.security.AppRoles;

/**
 * The administrator's outbox: every message the portal sent or, with no mail server configured, kept
 * here instead of sending it (decision 0021). A message opens with its text and the names of its files.
 */
@Route("admin/outbox")
@Menu(order = 45, icon = "vaadin:envelopes-o", title = "menu.outbox")
@RolesAllowed(AppRoles.ADMIN)
class OutboxView extends VerticalLayout implements TitledView {

    final Paragraph explanation = new Paragraph();
    final Grid<OutboxRow> grid = new Grid<>();
    ReadDialog dialog;
    private final Outbox outbox;

    OutboxView(Outbox outbox) {
        this.outbox = outbox;
        setSizeFull();
        explanation.setText(getTranslation(outbox.sends() ? "mail.outbox.explainSends" : "mail.outbox.explainKept"));

        grid.addColumn(r -> Formats.dateTime(r.createdAt(), getLocale())).setHeader(getTranslation("mail.outbox.createdAt")).setAutoWidth(true);
        grid.addColumn(OutboxRow::recipients).setHeader(getTranslation("mail.outbox.recipients")).setAutoWidth(true);
        grid.addColumn(OutboxRow::subject).setHeader(getTranslation("mail.outbox.subject")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("mail.outbox.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("mail.outbox.empty"));
        RowOpening.open(grid, row -> open(row.id()));
        grid.setSizeFull();
        grid.setItems(q -> outbox.page(toSpringPageRequest(q)).stream());
        add(explanation, grid);
    }

    private Span status(OutboxRow row) {
        Span badge = new Span(getTranslation(row.status().messageKey()));
        badge.getElement().getThemeList().add("badge");
        switch (row.status()) {
            case SENT -> badge.getElement().getThemeList().add("success");
            case FAILED -> badge.getElement().getThemeList().add("error");
            case NOT_SENT -> badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }

    /** The message as it was (or would have been) sent. */
    void open(long id) {
        outbox.message(id).ifPresent(m -> {
            dialog = new ReadDialog("mail.message.title", m.getSubject());
            dialog.add(Facts.fact(getTranslation("mail.outbox.recipients"), m.getRecipients()));
            dialog.add(Facts.fact(getTranslation("mail.outbox.createdAt"), Formats.dateTime(m.getCreatedAt(), getLocale())));
            dialog.add(Facts.fact(getTranslation("mail.outbox.status"), statusText(m)));
            Pre text = new Pre(m.getBody());
            text.getStyle().set("white-space", "pre-wrap");
            dialog.add(text);
            if (m.getAttachmentNames().isEmpty()) {
                dialog.add(new Paragraph(getTranslation("mail.message.noAttachments")));
            } else {
                dialog.add(new Paragraph(getTranslation("mail.message.attachments")));
                UnorderedList files = new UnorderedList();
                m.getAttachmentNames().forEach(name -> files.add(new ListItem(name)));
                dialog.add(files);
            }
            dialog.open();
        });
    }

    private String statusText(OutboxMessage m) {
        String status = getTranslation(m.getStatus().messageKey());
        if (m.getStatus() == OutboxMessage.Status.SENT && m.getSentAt() != null) {
            return status + ", " + Formats.dateTime(m.getSentAt(), getLocale());
        }
        if (m.getStatus() == OutboxMessage.Status.FAILED && m.getErrorText() != null) {
            return status + ": " + m.getErrorText();
        }
        return status;
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.outbox");
    }
}
