package org.consilium.attachment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.consilium.attachment.Attachments;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Notifications;

/**
 * Adds files to a record: Vaadin's {@link Upload} set to the attachment limit, with the accepted kinds
 * of file as a hint to the browser, and the limit said in words under it. Each file is handed, with the
 * name it came with, to the {@link FileReceiver} of the owner's screen, which stores it through its own
 * service (where the access checks and the real checks of the file are made). A refusal is shown under
 * the upload, in the user's language, and the file is marked as refused in the upload's list.
 *
 * <p>The file is read into memory, at most one byte more than the limit: a larger file is cut there
 * and the service refuses it as too large.
 */
public class AttachmentUpload extends Composite<Div> {

    /** The kinds of file offered by the browser's file chooser; the service checks the content. */
    public static final List<String> ACCEPTED = List.of(".pdf", ".jpg", ".jpeg", ".png", ".docx");

    final Upload upload = new Upload();
    final Span hint = new Span();
    final Span error = new Span();

    private final FileReceiver receiver;
    private final int readLimit;

    /**
     * @param attachments the attachment service, for the limit
     * @param receiver    stores one uploaded file through the owner's service; throws a
     *                    {@link BusinessException} to refuse it
     */
    public AttachmentUpload(Attachments attachments, FileReceiver receiver) {
        this.receiver = receiver;
        long maxBytes = attachments.maxSizeBytes();
        this.readLimit = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8);
        String limit = getTranslation("attachment.tooLarge", attachments.maxSizeMegabytes());
        String notAllowed = getTranslation("attachment.typeNotAllowed");

        upload.setUploadHandler(this::handle);
        upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(ACCEPTED.toArray(String[]::new));
        upload.setI18n(i18n(limit, notAllowed));
        upload.addFileRejectedListener(e -> showError(e.getFileName(), e.getErrorMessage()));
        upload.setWidthFull();

        hint.setText(getTranslation("attachment.upload.hint", attachments.maxSizeMegabytes()));
        hint.addClassName("attachment-hint");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        Div root = getContent();
        root.addClassName("attachment-upload");
        root.add(upload, hint, error);
    }

    /**
     * Hands one file to the receiver: the refusal, if any, is shown under the upload and returned;
     * {@code null} when the file was taken.
     */
    String deliver(String originalName, InputStream content) {
        try {
            receiver.receive(originalName, content);
            error.setText("");
            error.setVisible(false);
            return null;
        } catch (BusinessException e) {
            String text = Notifications.text(this, e);
            showError(originalName, text);
            return text;
        }
    }

    /**
     * Runs in the upload's own request, without the session's lock: the file is read first, and only
     * then is the lock taken to hand it on, in this request (whose signed-in user the owner's service
     * checks).
     */
    private void handle(UploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(readLimit);
        }
        event.getUI().accessSynchronously(() -> {
            String refusal = deliver(event.getFileName(), new ByteArrayInputStream(content));
            if (refusal != null) {
                event.reject(refusal);
            }
        });
    }

    private void showError(String fileName, String text) {
        error.setText(fileName == null || fileName.isBlank() ? text : getTranslation("attachment.refused", fileName, text));
        error.setVisible(true);
    }

    private UploadI18N i18n(String tooLarge, String notAllowed) {
        UploadI18N i18n = new UploadI18N();
        String add = getTranslation("attachment.upload.add");
        String drop = getTranslation("attachment.upload.drop");
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(tooLarge)
                .setIncorrectFileType(notAllowed)
                .setTooManyFiles(getTranslation("attachment.upload.tooMany")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(getTranslation("attachment.upload.retry"))
                .setStart(getTranslation("attachment.upload.start"))
                .setRemove(getTranslation("attachment.upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("attachment.upload.connecting"))
                        .setStalled(getTranslation("attachment.upload.stalled"))
                        .setProcessing(getTranslation("attachment.upload.processing"))
                        .setHeld(getTranslation("attachment.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("attachment.upload.remaining"))
                        .setUnknown(getTranslation("attachment.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("attachment.upload.failed"))
                        .setUnexpectedServerError(getTranslation("attachment.upload.failed"))
                        .setForbidden(getTranslation("attachment.upload.forbidden"))
                        .setFileTooLarge(tooLarge)));
        return i18n;
    }

    /** What the owner's screen does with one uploaded file: stores it through the owner's service. */
    @FunctionalInterface
    public interface FileReceiver extends Serializable {
        /**
         * @param originalName the name the file came with (checked by the attachment service)
         * @param content      the file's content
         * @throws BusinessException to refuse the file; its message is shown under the upload
         */
        void receive(String originalName, InputStream content);
    }
}
