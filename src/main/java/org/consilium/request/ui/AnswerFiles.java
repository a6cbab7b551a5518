package org.consilium.request.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import org.consilium.attachment.ui.AttachmentLinks;
import org.consilium.attachment.ui.AttachmentUpload;
import org.consilium.request.RequestSheet;
import org.consilium.request.RequestStatus;

/**
 * The files of an answer: links to download them (through the request's own checks), and for the
 * addressed agency an upload (to the draft, or with an addendum once answered).
 */
class AnswerFiles extends Div {

    final AttachmentLinks links;
    AttachmentUpload upload;

    AnswerFiles(RequestServices services, RequestSheet r, boolean mayAdd) {
        addClassName("request-files");
        long id = r.id();
        links = new AttachmentLinks(attachmentId -> services.reader().download(id, attachmentId));
        links.setAttachments(r.attachments());
        add(new H4(getTranslation("request.files.title")), links);
        if (mayAdd) {
            upload = new AttachmentUpload(services.attachments(), (name, content) -> {
                services.answers().attach(id, name, content);
                links.setAttachments(services.reader().sheet(id).attachments());
            });
            add(upload);
        }
    }

    /** Whether the reader may add files: the addressed agency, until it declines. */
    static boolean mayAdd(RequestSheet r) {
        return (r.allowed().answer() || r.allowed().addAddendum()) && r.status() != RequestStatus.DECLINED;
    }
}
