package org.consilium.attachment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are kept and how large one may be (decision 0017). {@code directory} holds the
 * files, one per attachment, under {@code <yyyy>/<MM>/}; it is backed up together with the database.
 * {@code maxSize} is the largest file accepted.
 */
@ConfigurationProperties("consilium.attachments")
public record AttachmentProperties(
        @DefaultValue("./data/attachments") Path directory,
        @DefaultValue("10MB") DataSize maxSize) {

    public AttachmentProperties {
        if (directory == null || directory.toString().isBlank()) {
            throw new IllegalArgumentException("consilium.attachments.directory must name a directory");
        }
        if (maxSize == null || maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("consilium.attachments.max-size must be positive, was " + maxSize);
        }
    }
}
