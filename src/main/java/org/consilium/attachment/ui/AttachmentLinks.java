package org.consilium.attachment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.consilium.attachment.Attachment;
import org.consilium.attachment.StoredFile;
import org.consilium.base.BusinessException;
import org.consilium.base.RecordNotFoundException;
import org.consilium.base.ui.Formats;
import org.springframework.security.access.AccessDeniedException;

/**
 * The files of a record, each a download link with its size and when it was added, or a sentence that
 * there are none. A download's content comes from the owner's screen (a function of the attachment's
 * id), through the owner's service, at the moment the browser asks for it: the owner's access checks
 * and its audit run on every download, not once when the list is shown. The file is sent as an
 * attachment (never shown inside the portal) under its original name.
 */
public class AttachmentLinks extends Composite<Div> {

    final UnorderedList list = new UnorderedList();
    final Span empty = new Span();

    private final Function<Long, StoredFile> files;

    /**
     * @param files gives the stored file of an attachment id through the owner's service, which checks
     *              the user and writes the audit log; it throws {@link RecordNotFoundException} when the
     *              record has no such file and a {@link BusinessException} when the user may not read it
     */
    public AttachmentLinks(Function<Long, StoredFile> files) {
        this.files = files;
        empty.setText(getTranslation("attachment.links.empty"));
        empty.addClassName("attachment-none");
        list.addClassName("attachment-links");
        getContent().add(list, empty);
        setAttachments(List.of());
    }

    /** Shows these attachments, in the order given. */
    public void setAttachments(List<Attachment> attachments) {
        list.removeAll();
        for (Attachment a : attachments) {
            list.add(item(a));
        }
        list.setVisible(!attachments.isEmpty());
        empty.setVisible(attachments.isEmpty());
    }

    private ListItem item(Attachment a) {
        long id = a.getId();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> download(id)), AttachmentType.DOWNLOAD,
                a.getOriginalName());
        link.addComponentAsFirst(VaadinIcon.PAPERCLIP.create());
        link.addClassName("attachment-link");
        Span size = new Span(FileSizes.of(a.getSizeBytes(), getLocale(), this));
        size.addClassName("attachment-size");
        Span when = new Span(Formats.dateTime(a.getUploadedAt(), getLocale()));
        when.addClassName("attachment-when");
        ListItem item = new ListItem(link, size, when);
        item.addClassName("attachment");
        return item;
    }

    /** The answer to the browser's request for a file: the file, or 404 / 403 when the owner refuses. */
    DownloadResponse download(long attachmentId) {
        StoredFile file;
        try {
            file = files.apply(attachmentId);
        } catch (RecordNotFoundException e) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        } catch (BusinessException | AccessDeniedException e) {
            return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
        }
        try {
            return new DownloadResponse(file.openStream(), downloadName(file.originalName()), file.contentType(),
                    file.sizeBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The original name, without the one character a header's quoted file name cannot carry. */
    static String downloadName(String originalName) {
        return originalName.replace('"', '\'');
    }
}
