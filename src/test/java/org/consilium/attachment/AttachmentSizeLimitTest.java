package org.consilium.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.consilium.base.BusinessException;
import org.consilium.testing.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The limit is the configured one: here 1 KB. */
@MariaDbTest
@TestPropertySource(properties = "consilium.attachments.max-size=1KB")
class AttachmentSizeLimitTest {

    private static final String OWNER = AttachmentsTest.OWNER;

    @Autowired
    Attachments attachments;

    @Test
    void a_file_of_exactly_the_limit_is_stored() throws IOException {
        long owner = AttachmentsTest.newOwner();
        byte[] png = SampleFiles.padded(SampleFiles.png(), 1024);

        Attachment a = attachments.store(OWNER, owner, "photo.png", new ByteArrayInputStream(png), "curator");

        assertThat(a.getSizeBytes()).isEqualTo(1024);
        try (InputStream in = attachments.open(a.getId(), OWNER, owner).openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(png);
        }
    }

    @Test
    void a_file_one_byte_over_the_limit_is_refused_naming_the_limit_and_nothing_is_saved() {
        long owner = AttachmentsTest.newOwner();
        byte[] png = SampleFiles.padded(SampleFiles.png(), 1025);

        assertThatThrownBy(() -> attachments.store(OWNER, owner, "photo.png", new ByteArrayInputStream(png), "curator"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).contains(Attachments.FILE);
                    assertThat(e.getMessageKey()).isEqualTo("attachment.tooLarge");
                    assertThat(e.getArguments()).containsExactly(1.0 / 1024);
                });
        assertThat(attachments.of(OWNER, owner)).isEmpty();
    }
}
