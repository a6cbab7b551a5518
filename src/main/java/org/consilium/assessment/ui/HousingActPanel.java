package org.consilium.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import org.consilium.assessment.ActFormOptions;
import org.consilium.assessment.HousingActList;
import org.consilium.assessment.HousingActService;
import org.consilium.assessment.HousingActSheet;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Facts;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;

/**
 * A case's housing-conditions acts: one card for each inspection, the latest first, to read the act,
 * print it, and, for the case's curator and the team's supervisors, to revise it; and a button to record
 * a new inspection.
 */
class HousingActPanel extends Div {

    final Button drawUp = new Button();
    final Div list = new Div();
    private final HousingActService acts;
    private final long caseId;

    HousingActPanel(HousingActService acts, long caseId) {
        this.acts = acts;
        this.caseId = caseId;
        addClassName("housing-acts");
        drawUp.setText(getTranslation("assessment.act.drawUp"));
        drawUp.setIcon(VaadinIcon.PLUS.create());
        drawUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        drawUp.addClickListener(e -> openNew());
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        add(new Paragraph(getTranslation("assessment.act.help")), drawUp, list);
        refresh();
    }

    void refresh() {
        HousingActList found = acts.list(caseId);
        drawUp.setVisible(found.mayDrawUp());
        list.removeAll();
        if (found.acts().isEmpty()) {
            list.add(new Paragraph(getTranslation("assessment.act.none")));
        }
        for (HousingActList.Summary s : found.acts()) {
            list.add(card(s, found.mayDrawUp()));
        }
    }

    private Card card(HousingActList.Summary s, boolean mayRevise) {
        Card card = new Card();
        card.getElement().setAttribute("data-act", String.valueOf(s.id()));
        card.setTitle(getTranslation("assessment.act.cardTitle", Formats.date(s.inspectedOn(), getLocale())));
        card.setSubtitle(getTranslation(s.dwelling().messageKey()));
        card.add(Facts.fact(getTranslation("assessment.act.field.inspectors"), s.inspectors()),
                Facts.fact(getTranslation("assessment.act.recorded"), s.recordedByName() + ", "
                        + Formats.dateTime(s.recordedAt(), getLocale())
                        + (s.revisedAt() == null ? "" : " · " + getTranslation("assessment.act.revisedOn",
                        Formats.dateTime(s.revisedAt(), getLocale())))));
        Button open = new Button(getTranslation("assessment.act.open"), e -> openAct(s.id()));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.addToFooter(open);
        if (mayRevise) {
            Button revise = new Button(getTranslation("assessment.act.revise"), e -> openRevision(s.id()));
            revise.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.addToFooter(revise);
        }
        Anchor pdf = pdfLink(acts, s.id(), getLocale());
        pdf.getStyle().set("align-self", "center");
        card.addToFooter(pdf);
        return card;
    }

    /** The act to print, in the reader's language; fetched (and recorded) only when clicked. */
    static Anchor pdfLink(HousingActService acts, long actId, Locale locale) {
        DownloadHandler pdf = event -> {
            event.setFileName("housing-act-" + actId + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(acts.pdf(actId, locale));
        };
        Anchor print = new Anchor(pdf, "");
        print.setText(print.getTranslation("assessment.act.pdf"));
        print.setTarget(AnchorTarget.BLANK);
        print.addClassName("housing-act-pdf");
        return print;
    }

    private void openAct(long actId) {
        HousingActSheet sheet;
        try {
            sheet = acts.sheet(actId);
        } catch (BusinessException e) {
            Notifications.refused(this, e, this::refresh);
            return;
        }
        HousingActDialog dialog = new HousingActDialog(sheet, pdfLink(acts, actId, getLocale()));
        if (sheet.mayRevise()) {
            dialog.revise.addClickListener(e -> {
                dialog.close();
                openRevision(sheet);
            });
        }
        dialog.open();
    }

    private void openNew() {
        ActFormOptions options;
        try {
            options = acts.options(caseId);
        } catch (BusinessException e) {
            Notifications.refused(this, e, this::refresh);
            return;
        }
        HousingActForm form = HousingActForm.forNew(options);
        save(form, () -> acts.drawUp(caseId, form.details()), "assessment.act.drawnUp");
    }

    private void openRevision(long actId) {
        try {
            openRevision(acts.sheet(actId));
        } catch (BusinessException e) {
            Notifications.refused(this, e, this::refresh);
        }
    }

    private void openRevision(HousingActSheet sheet) {
        ActFormOptions options;
        try {
            options = acts.options(caseId);
        } catch (BusinessException e) {
            Notifications.refused(this, e, this::refresh);
            return;
        }
        HousingActForm form = HousingActForm.forRevision(options, sheet);
        save(form, () -> acts.revise(sheet.id(), sheet.version(), form.details()), "assessment.act.revised");
    }

    private void save(HousingActForm form, Runnable saveThroughService, String doneKey) {
        form.onReload(this::refresh);
        form.addSaveListener(e -> {
            if (form.submit(saveThroughService)) {
                Notifications.success(getTranslation(doneKey));
                refresh();
            }
        });
        form.open();
    }
}
