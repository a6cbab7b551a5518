package org.consilium.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.consilium.base.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A file that belongs to a record of another module, named by {@code ownerType} (what kind of record,
 * e.g. an information request) and {@code ownerId}. The file lies on disk under its {@code storageKey},
 * a random UUID; the name it was uploaded with is kept to show it and to name a download, never to
 * build a path (decision 0017). Once stored an attachment does not change.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends AbstractEntity {

    public static final int OWNER_TYPE_MAX = 40;
    public static final int NAME_MAX = 255;
    public static final int CONTENT_TYPE_MAX = 100;
    public static final int USERNAME_MAX = 50;

    @Column(name = "owner_type", nullable = false, length = OWNER_TYPE_MAX)
    private String ownerType;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "original_name", nullable = false, length = NAME_MAX)
    private String originalName;

    @Column(name = "content_type", nullable = false, length = CONTENT_TYPE_MAX)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, unique = true, length = 36)
    private String storageKey;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = USERNAME_MAX)
    private String uploadedBy;

    protected Attachment() {
    }

    Attachment(String ownerType, long ownerId, String originalName, String contentType, long sizeBytes,
            String storageKey, String sha256, Instant uploadedAt, String uploadedBy) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storageKey = storageKey;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public String getOwnerType() {
        return ownerType;
    }

    public long getOwnerId() {
        return ownerId;
    }

    /** The name the file was uploaded with: for showing and for naming a download only. */
    public String getOriginalName() {
        return originalName;
    }

    /** The type read from the file's content, not from its name. */
    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** The file's name on disk: a random UUID. */
    public String getStorageKey() {
        return storageKey;
    }

    /** The SHA-256 of the content, in hex: to check a file against its row, e.g. after a restore. */
    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    /** The user name of whoever uploaded it. */
    public String getUploadedBy() {
        return uploadedBy;
    }

    /** Whether this attachment belongs to the given record. */
    public boolean belongsTo(String type, long id) {
        return ownerType.equals(type) && ownerId == id;
    }
}
