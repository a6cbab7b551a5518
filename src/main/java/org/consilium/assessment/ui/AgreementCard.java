package org.consilium.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.consilium.assessment.AgreementService;
import org.consilium.assessment.AgreementSheet;
import org.consilium.assessment.AgreementStatus;
import org.consilium.attachment.Attachment;
import org.consilium.attachment.Attachments;
import org.consilium.attachment.ui.AttachmentLinks;
import org.consilium.attachment.ui.AttachmentUpload;
import org.consilium.base.ui.Facts;
import org.consilium.base.ui.Formats;

/**
 * One cooperation agreement: its status, who signed it and when, both sides' undertakings, its
 * withdrawal if any, and the scans of the paper (each download checked and audited by the agreement's
 * service). Those who may change it add scans and record a withdrawal.
 */
class AgreementCard extends Div {

    final Span status = new Span();
    final Div facts = new Div();
    final AttachmentLinks scans;
    final Button withdraw = new Button();
    AttachmentUpload upload;

    private final List<Attachment> files;

    /**
     * @param mayChange  whether the reader may add scans and record a withdrawal
     * @param onWithdraw opens the withdrawal of this agreement
     */
    AgreementCard(AgreementSheet.Agreement a, long caseId, AgreementService agreements, Attachments attachments,
                  boolean mayChange, Consumer<AgreementSheet.Agreement> onWithdraw) {
        addClassName("agreement-card");
        if (a.status() == AgreementStatus.IN_FORCE) {
            addClassName("agreement-in-force");
        }
        status.setText(getTranslation(a.status().messageKey()));
        status.getElement().getThemeList().add("badge");
        status.getElement().getThemeList().add(switch (a.status()) {
            case IN_FORCE -> "success";
            case WITHDRAWN -> "error";
            case ENDED -> "contrast";
        });
        H4 heading = new H4(getTranslation("assessment.agreement.heading", Formats.date(a.signedOn(), getLocale())));
        heading.add(new Span(" "), status);

        facts.addClassName("agreement-facts");
        facts.add(Facts.fact(getTranslation("assessment.agreement.signer"), a.signerName()),
                Facts.fact(getTranslation("assessment.agreement.signedOn"), Formats.date(a.signedOn(), getLocale())),
                Facts.fact(getTranslation("assessment.agreement.validUntil"), Formats.date(a.validUntil(), getLocale())),
                wide(Facts.fact(getTranslation("assessment.agreement.familyUndertakes"), a.familyUndertakes())),
                wide(Facts.fact(getTranslation("assessment.agreement.serviceUndertakes"), a.serviceUndertakes())));
        if (a.withdrawnOn() != null) {
            facts.add(Facts.fact(getTranslation("assessment.agreement.withdrawnOn"), Formats.date(a.withdrawnOn(), getLocale())),
                    wide(Facts.fact(getTranslation("assessment.agreement.withdrawalReason"), a.withdrawalReason())));
        }
        Paragraph who = new Paragraph(getTranslation("assessment.agreement.recorded", a.recordedByName(),
                Formats.dateTime(a.recordedAt(), getLocale())));
        if (a.withdrawnByName() != null) {
            who.add(new Span(" · " + getTranslation("assessment.agreement.withdrawnBy", a.withdrawnByName())));
        }
        who.addClassName("first-meeting-who");
        add(heading, facts, who);

        files = new ArrayList<>(a.scans());
        scans = new AttachmentLinks(attachmentId -> agreements.downloadScan(caseId, a.id(), attachmentId));
        scans.setAttachments(files);
        add(new H4(getTranslation("assessment.agreement.scans")), scans);
        if (mayChange) {
            upload = new AttachmentUpload(attachments, (name, content) -> {
                files.add(agreements.attachScan(caseId, a.id(), name, content));
                scans.setAttachments(files);
            });
            add(upload);
        }

        withdraw.setText(getTranslation("assessment.agreement.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.addClickListener(e -> onWithdraw.accept(a));
        withdraw.setVisible(mayChange && a.status() == AgreementStatus.IN_FORCE);
        add(withdraw);
    }

    private static Div wide(Div fact) {
        fact.addClassName("first-meeting-wide");
        return fact;
    }
}
