package org.consilium.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Notifications;
import org.consilium.request.RequestDetails;
import org.consilium.request.RequestSheet;

/**
 * Sharing a submitted answer with another agency taking part in the case: the curator chooses one of
 * the case's agencies; the service refuses one the family's consent does not cover.
 */
class SharePart extends Div {

    final ComboBox<Long> agency = new ComboBox<>();
    final Button share = new Button();

    SharePart(RequestServices services, RequestSheet r, Runnable reload) {
        addClassName("request-share");
        var agencies = services.requests().shareTargets(r.id());
        agency.setLabel(getTranslation("request.share.agency"));
        agency.setItems(agencies.keySet());
        agency.setItemLabelGenerator(id -> agencies.getOrDefault(id, ""));
        agency.setWidth("22em");
        share.setText(getTranslation("request.share.action"));
        share.addClickListener(e -> {
            if (agency.getValue() == null) {
                agency.setErrorMessage(getTranslation("validation.required"));
                agency.setInvalid(true);
                return;
            }
            try {
                services.requests().share(r.id(), agency.getValue());
            } catch (BusinessException ex) {
                if (ex.getField().filter(RequestDetails.AGENCY::equals).isPresent()) {
                    agency.setErrorMessage(Notifications.text(this, ex));
                    agency.setInvalid(true);
                } else {
                    Notifications.refused(this, ex, reload);
                }
                return;
            }
            Notifications.success(getTranslation("request.share.done"));
            reload.run();
        });
        add(new H4(getTranslation("request.share.title")), new Paragraph(getTranslation("request.share.help")));
        if (agencies.isEmpty()) {
            add(new Paragraph(getTranslation("request.share.nobody")));
        } else {
            HorizontalLayout row = new HorizontalLayout(agency, share);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            add(row);
        }
    }
}
