package org.consilium.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import org.consilium.base.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The attachments' directory on disk (decision 0017). An upload is first written to
 * {@code incoming/} inside the directory, counted and hashed as it arrives; once checked it is moved,
 * atomically, to {@code <yyyy>/<MM>/<storage key>}, the month of its upload in UTC. No name given by a
 * user ever becomes part of a path.
 */
@Component
class AttachmentFiles {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentFiles.class);
    private static final String INCOMING = "incoming";
    private static final double BYTES_PER_MB = 1024.0 * 1024.0;

    private final Path root;
    private final long maxBytes;

    AttachmentFiles(AttachmentProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
        this.maxBytes = properties.maxSize().toBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The limit in megabytes, as the refusal of a file too large names it. */
    double maxMegabytes() {
        return maxBytes / BYTES_PER_MB;
    }

    /**
     * Writes {@code content} to a new file in {@code incoming/}, counting and hashing it. Stops and
     * refuses it ({@code attachment.tooLarge}) as soon as it is larger than the limit; refuses an empty
     * one ({@code attachment.empty}). A refused file is deleted; the caller deletes the one returned
     * with {@link #discard} unless it was {@link #place placed}.
     */
    Received receive(InputStream content) {
        Path temp = null;
        boolean received = false;
        try {
            temp = Files.createTempFile(Files.createDirectories(root.resolve(INCOMING)), "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = content.read(buffer)) != -1) {
                    size += n;
                    if (size > maxBytes) {
                        throw BusinessException.atField(Attachments.FILE, "attachment.tooLarge", maxMegabytes());
                    }
                    out.write(buffer, 0, n);
                    sha256.update(buffer, 0, n);
                }
                // On disk before the row that names it can be committed.
                channel.force(true);
            }
            if (size == 0) {
                throw BusinessException.atField(Attachments.FILE, "attachment.empty");
            }
            received = true;
            return new Received(temp, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (!received) {
                discard(temp);
            }
        }
    }

    /** Moves a received file to its place, atomically, and returns where it lies now. */
    Path place(Received file, Instant uploadedAt, String storageKey) {
        Path target = locate(uploadedAt, storageKey);
        try {
            Files.createDirectories(target.getParent());
            return Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the file of an attachment lies: {@code <yyyy>/<MM>/<storage key>}, the month in UTC. */
    Path locate(Instant uploadedAt, String storageKey) {
        ZonedDateTime at = uploadedAt.atZone(ZoneOffset.UTC);
        Path month = root.resolve(String.format("%04d", at.getYear())).resolve(String.format("%02d", at.getMonthValue()));
        Path file = month.resolve(storageKey).normalize();
        if (!file.getParent().equals(month)) {
            throw new IllegalArgumentException("not a storage key: " + storageKey);
        }
        return file;
    }

    /** Deletes a file if it is there; a failure is logged, not thrown (it runs while cleaning up). */
    void discard(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    /** A file received in {@code incoming/}, with its size and its SHA-256 in hex. */
    record Received(Path path, long size, String sha256) {
    }
}
