package org.consilium.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;
import org.consilium.assessment.AgreementService;
import org.consilium.assessment.AgreementSheet;
import org.consilium.attachment.Attachments;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;

/**
 * The case's cooperation agreements on the assessment's first tab, the latest first: the one in force,
 * and those withdrawn or ended, still readable. The case's curator and the team's supervisors record a
 * signed agreement when none is in force, attach its scan, and record a withdrawal after confirming it.
 */
class AgreementPanel extends Div {

    final Button sign = new Button();
    final Div list = new Div();
    final Paragraph empty = new Paragraph();
    final Paragraph inForceHint = new Paragraph();

    private final AgreementService agreements;
    private final Attachments attachments;
    private final Clock clock;
    private final long caseId;

    AgreementPanel(AgreementService agreements, Attachments attachments, Clock clock, long caseId) {
        this.agreements = agreements;
        this.attachments = attachments;
        this.clock = clock;
        this.caseId = caseId;
        addClassName("agreements");
        sign.setText(getTranslation("assessment.agreement.sign"));
        sign.setIcon(VaadinIcon.PLUS.create());
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.addClickListener(e -> openSignForm());
        empty.setText(getTranslation("assessment.agreement.none"));
        empty.addClassName("assessment-empty");
        inForceHint.setText(getTranslation("assessment.agreement.inForceHint"));
        inForceHint.addClassName("assessment-read-only");
        refresh();
    }

    void refresh() {
        AgreementSheet sheet = agreements.sheet(caseId);
        removeAll();
        list.removeAll();
        add(new H3(getTranslation("assessment.agreement.title")), new Paragraph(getTranslation("assessment.agreement.help")));
        for (AgreementSheet.Agreement a : sheet.agreements()) {
            list.add(new AgreementCard(a, caseId, agreements, attachments, sheet.mayWithdraw(), this::openWithdrawal));
        }
        empty.setVisible(sheet.agreements().isEmpty());
        sign.setVisible(sheet.maySign());
        inForceHint.setVisible(sheet.mayWithdraw() && sheet.inForce().isPresent());
        add(empty, sign, inForceHint, list);
    }

    void openSignForm() {
        AgreementForm form;
        try {
            form = new AgreementForm(agreements.signers(caseId), LocalDate.now(clock));
        } catch (BusinessException e) {
            Notifications.refused(this, e, this::refresh);
            return;
        }
        form.onReload(this::refresh);
        form.addSaveListener(e -> {
            if (form.submit(() -> agreements.sign(caseId, form.details()))) {
                Notifications.success(getTranslation("assessment.agreement.saved"));
                refresh();
            }
        });
        form.open();
    }

    /** The day and reason first, then a confirmation; a refusal goes back to the field it names. */
    private void openWithdrawal(AgreementSheet.Agreement a) {
        AgreementWithdrawalForm form = new AgreementWithdrawalForm(a, LocalDate.now(clock));
        form.onReload(this::refresh);
        form.addSaveListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog("assessment.agreement.withdraw.confirmTitle",
                    getTranslation("assessment.agreement.withdraw.confirm", Formats.date(a.signedOn(), getLocale()),
                            a.signerName(), Formats.date(form.details().getWithdrawnOn(), getLocale())),
                    "assessment.agreement.withdraw.action").dangerous();
            confirm.addSaveListener(c -> {
                try {
                    agreements.withdraw(caseId, form.recordId(), form.version(), form.details());
                } catch (BusinessException refused) {
                    confirm.close();
                    form.showError(refused);
                    return;
                }
                confirm.close();
                form.close();
                Notifications.success(getTranslation("assessment.agreement.withdrawn"));
                refresh();
            });
            confirm.open();
        });
        form.open();
    }
}
