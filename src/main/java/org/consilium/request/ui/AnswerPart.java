package org.consilium.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Locale;
import org.consilium.account.UserAccountService.StaffMember;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.ReasonDialog;
import org.consilium.request.AnswerService;
import org.consilium.request.HandOverDetails;
import org.consilium.request.InformationRequest;
import org.consilium.request.RequestSheet;
import org.consilium.request.RequestStatus;

/**
 * The answer on a request's page. For the addressed agency while the request is open: the form of its
 * kind with "Save draft", "Submit" (after a confirmation: it cannot be changed afterwards), "Decline"
 * (with a reason) and "Hand over" to a colleague. Once submitted: the answer read-only, its PDF, and
 * for the curator sharing it with another agency taking part.
 */
class AnswerPart extends Div {

    final Button saveDraft = new Button();
    final Button submit = new Button();
    final Button decline = new Button();
    final Button handOver = new Button();
    final Button reviewBasis = new Button();
    AnswerForm form;

    private final RequestServices services;
    private final RequestSheet r;
    private final Runnable reload;

    AnswerPart(RequestServices services, RequestSheet r, Runnable reload) {
        this.services = services;
        this.r = r;
        this.reload = reload;
        addClassName("request-answer");
        add(new H3(getTranslation("request.answer.title")));
        if (r.allowed().answer()) {
            editable();
        } else if (r.status() == RequestStatus.ANSWERED && r.allowed().readAnswer()) {
            submitted();
        } else if (r.status() == RequestStatus.DECLINED) {
            add(new Paragraph(getTranslation("request.answer.declined")));
        } else {
            add(new Paragraph(getTranslation("request.answer.waiting")));
        }
        if (r.allowed().reviewBasis()) {
            reviewBasis.setText(getTranslation("request.basis.review"));
            reviewBasis.addClickListener(e -> {
                if (Notifications.act(this, () -> services.requests().reviewBasis(r.id()), "request.basis.reviewDone", reload)) {
                    reload.run();
                }
            });
            add(reviewBasis);
        }
    }

    private void editable() {
        form = new AnswerForm(r.kind(), r.questions(), r.answer(), r.schoolDays());
        saveDraft.setText(getTranslation("request.answer.saveDraft"));
        saveDraft.addClickListener(e -> save(false));
        submit.setText(getTranslation("request.answer.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> confirmSubmit());
        decline.setText(getTranslation("request.decline.action"));
        decline.addClickListener(e -> openDecline());
        handOver.setText(getTranslation("request.handOver.action"));
        handOver.addClickListener(e -> openHandOver());
        if (!r.answer().isEmpty()) {
            add(new Paragraph(getTranslation("request.answer.draftNote")));
        }
        HorizontalLayout actions = new HorizontalLayout(saveDraft, submit, decline, handOver);
        actions.addClassName("request-answer-actions");
        add(form, new AnswerFiles(services, r, true), actions);
    }

    private void save(boolean submitting) {
        AnswerService answers = services.answers();
        try {
            if (submitting) {
                answers.submit(r.id(), r.version(), form.values());
            } else {
                answers.saveDraft(r.id(), r.version(), form.values());
            }
        } catch (BusinessException e) {
            if (e.getField().isPresent()) {
                form.showError(e);
            } else {
                Notifications.refused(this, e, reload);
            }
            return;
        }
        Notifications.success(getTranslation(submitting ? "request.answer.submitted" : "request.answer.draftSaved"));
        reload.run();
    }

    private void confirmSubmit() {
        ConfirmDialog confirm = new ConfirmDialog("request.answer.submit", getTranslation("request.answer.submitConfirm"),
                "request.answer.submit");
        confirm.addSaveListener(e -> {
            confirm.close();
            save(true);
        });
        confirm.open();
    }

    private void openDecline() {
        ReasonDialog dialog = new ReasonDialog("request.decline.action", "request.decline.reason",
                InformationRequest.DECLINE_REASON_MAX, true)
                .explaining(getTranslation("request.decline.explain", InformationRequest.DECLINE_REASON_MIN));
        dialog.onReload(reload);
        dialog.addSaveListener(e -> {
            if (dialog.submit(() -> services.answers().decline(r.id(), r.version(), dialog.reason()))) {
                Notifications.success(getTranslation("request.decline.done"));
                reload.run();
            }
        });
        dialog.open();
    }

    private void openHandOver() {
        HandOverForm dialog = new HandOverForm(services.answers().colleagues(r.id()));
        dialog.onReload(reload);
        dialog.addSaveListener(e -> {
            if (dialog.submit(() -> services.answers().handTo(r.id(), r.version(), dialog.details().getColleague()))) {
                Notifications.success(getTranslation("request.handOver.done"));
                reload.run();
            }
        });
        dialog.open();
    }

    private void submitted() {
        add(new Paragraph(getTranslation("request.answer.submittedBy", r.answeredBy() == null ? "" : r.answeredBy(),
                Formats.dateTime(r.answeredAt(), getLocale()))));
        add(new AnswerDisplay(r.kind(), r.answer()));
        if (!r.attachments().isEmpty() || AnswerFiles.mayAdd(r)) {
            add(new AnswerFiles(services, r, AnswerFiles.mayAdd(r)));
        }
        Locale locale = getLocale();
        long id = r.id();
        DownloadHandler pdf = event -> {
            event.setFileName("request-" + id + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(services.reader().pdf(id, locale));
        };
        Anchor print = new Anchor(pdf, getTranslation("request.answer.pdf"));
        print.setTarget(AnchorTarget.BLANK);
        print.addClassName("request-pdf");
        add(print);
        if (r.allowed().share()) {
            add(new SharePart(services, r, reload));
        }
    }

    /** The colleague to hand a request to. */
    static final class HandOverForm extends EditDialog<HandOverDetails> {

        final ComboBox<Long> colleague = new ComboBox<>();

        HandOverForm(List<StaffMember> colleagues) {
            super(HandOverDetails.class, null, 0, new HandOverDetails(), "request.handOver.action");
            colleague.setLabel(getTranslation("request.handOver.colleague"));
            colleague.setItems(colleagues.stream().map(StaffMember::id).toList());
            colleague.setItemLabelGenerator(id -> colleagues.stream().filter(c -> c.id() == id).map(StaffMember::fullName)
                    .findFirst().orElse(""));
            colleague.setWidthFull();
            binder.forField(colleague).asRequired(getTranslation("validation.required")).bind(HandOverDetails.COLLEAGUE);
            binder.readBean(details());
            if (colleagues.isEmpty()) {
                add(new Paragraph(getTranslation("request.handOver.nobody")));
            }
            add(colleague);
        }
    }
}
