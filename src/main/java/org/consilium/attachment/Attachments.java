package org.consilium.attachment;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.consilium.base.BusinessException;
import org.consilium.base.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores, checks and serves the files attached to records of other modules (decision 0017).
 *
 * <p><b>No access checks here, by design.</b> An attachment belongs to a record of another module (the
 * owner: an information request, later an assessment or a meeting), and only that module knows who may
 * add files to its record or read them. So this service checks neither roles nor even that someone is
 * signed in; it is never called from a screen directly. The owner's service checks the user and the
 * record first, writes the audit log (a download too), and then calls {@link #store}, {@link #of} or
 * {@link #open} with its own owner type and the record's id. {@link #open} serves a file only for the
 * owner it belongs to, so an owner cannot read another's files by guessing an id.
 *
 * <p>What it does check is the file: its name (kept only to show it and to name a download, never used
 * as a path), its size ({@code consilium.attachments.max-size}, 10 MB by default), and its type, read
 * from the content, not from the name: PDF, JPEG, PNG or DOCX. A refusal is a {@link BusinessException}
 * at the field {@link #FILE}, and nothing is left behind: no row, no file.
 */
@Service
@Transactional(readOnly = true)
public class Attachments {

    /** The field a refused file is shown at. */
    public static final String FILE = "file";

    private static final Logger LOG = LoggerFactory.getLogger(Attachments.class);

    private final AttachmentRepository repository;
    private final AttachmentFiles files;
    private final ContentTypes types = new ContentTypes();
    private final Clock clock;

    Attachments(AttachmentRepository repository, AttachmentFiles files, Clock clock) {
        this.repository = repository;
        this.files = files;
        this.clock = clock;
    }

    /**
     * Checks a file and stores it for the record {@code ownerType}/{@code ownerId}, in the caller's
     * transaction. The name is checked before anything is written; the content is then written to a
     * temporary file while it is counted (refused as soon as it passes the limit), its type is read from
     * it, and only then is it moved to its place and its row saved. If the caller's transaction rolls
     * back, the file is deleted again. A refusal comes before anything is saved and so does not doom
     * the caller's transaction: the caller decides whether to go on without the file or to let the
     * refusal end its transaction too.
     *
     * @param ownerType  what kind of record the file belongs to (the owner module's own constant)
     * @param uploadedBy the user name of whoever uploads it
     * @throws BusinessException at {@link #FILE}: {@code attachment.name.invalid},
     *                           {@code attachment.tooLarge} (with the limit in MB), {@code attachment.empty},
     *                           {@code attachment.typeNotAllowed}
     */
    @Transactional(noRollbackFor = BusinessException.class)
    public Attachment store(String ownerType, long ownerId, String originalName, InputStream content, String uploadedBy) {
        requireText(ownerType, Attachment.OWNER_TYPE_MAX, "ownerType");
        requireText(uploadedBy, Attachment.USERNAME_MAX, "uploadedBy");
        FileNames.check(originalName);
        AttachmentFiles.Received received = files.receive(content);
        try {
            String contentType = types.allowedTypeOf(received.path())
                    .orElseThrow(() -> BusinessException.atField(FILE, "attachment.typeNotAllowed"));
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String storageKey = UUID.randomUUID().toString();
            Path stored = files.place(received, now, storageKey);
            deleteOnRollback(stored);
            return repository.save(new Attachment(ownerType, ownerId, originalName, contentType, received.size(),
                    storageKey, received.sha256(), now, uploadedBy));
        } finally {
            files.discard(received.path());
        }
    }

    /** The files of a record, oldest first. */
    public List<Attachment> of(String ownerType, long ownerId) {
        return repository.findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(ownerType, ownerId);
    }

    /**
     * The file of an attachment, to send to a user whom the owner's service has allowed to read it.
     *
     * @throws RecordNotFoundException when there is no such attachment, it belongs to another record, or
     *                                 its file is missing on disk
     */
    public StoredFile open(long attachmentId, String ownerType, long ownerId) {
        Attachment attachment = repository.findById(attachmentId)
                .filter(a -> a.belongsTo(ownerType, ownerId))
                .orElseThrow(RecordNotFoundException::new);
        Path file = files.locate(attachment.getUploadedAt(), attachment.getStorageKey());
        if (!Files.isRegularFile(file)) {
            LOG.error("The file of attachment {} is missing: {}", attachmentId, file);
            throw new RecordNotFoundException();
        }
        return new StoredFile(attachment.getOriginalName(), attachment.getContentType(), attachment.getSizeBytes(),
                () -> Files.newInputStream(file));
    }

    /** The largest file accepted, in bytes (for an upload's own limit and hint). */
    public long maxSizeBytes() {
        return files.maxBytes();
    }

    /** The same limit in megabytes, as the refusal of a file too large names it. */
    public double maxSizeMegabytes() {
        return files.maxMegabytes();
    }

    /** The stored file goes again if the transaction that saves its row does not commit. */
    private void deleteOnRollback(Path stored) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    files.discard(stored);
                } else if (status == STATUS_UNKNOWN) {
                    LOG.warn("Outcome of the transaction unknown; attachment file kept: {}", stored);
                }
            }
        });
    }

    private static void requireText(String value, int max, String what) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(what + " must be 1 to " + max + " characters: " + value);
        }
    }
}
