package org.consilium.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.MultipartConfigElement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consilium.base.BusinessException;
import org.consilium.base.RecordNotFoundException;
import org.consilium.testing.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@MariaDbTest
class AttachmentsTest {

    static final String OWNER = "TEST_OWNER";

    @Autowired
    Attachments attachments;

    @Autowired
    AttachmentProperties properties;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MultipartConfigElement multipart;

    @Test
    void a_pdf_a_png_a_jpeg_and_a_docx_are_stored_listed_by_owner_and_read_back_byte_for_byte() throws IOException {
        long owner = newOwner();
        byte[] pdf = SampleFiles.pdf();
        byte[] png = SampleFiles.png();
        byte[] jpeg = SampleFiles.jpeg();
        byte[] docx = SampleFiles.docx();

        Attachment storedPdf = store(owner, "Характеристика учня.pdf", pdf);
        Attachment storedPng = store(owner, "photo.png", png);
        Attachment storedJpeg = store(owner, "scan 2.JPG", jpeg);
        Attachment storedDocx = store(owner, "довідка.docx", docx);

        assertThat(List.of(storedPdf, storedPng, storedJpeg, storedDocx)).extracting(Attachment::getContentType)
                .containsExactly("application/pdf", "image/png", "image/jpeg",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(attachments.of(OWNER, owner)).extracting(Attachment::getOriginalName)
                .containsExactly("Характеристика учня.pdf", "photo.png", "scan 2.JPG", "довідка.docx");
        assertThat(attachments.of(OWNER, owner + 1)).isEmpty();

        for (Attachment a : List.of(storedPdf, storedPng, storedJpeg, storedDocx)) {
            byte[] original = a == storedPdf ? pdf : a == storedPng ? png : a == storedJpeg ? jpeg : docx;
            StoredFile file = attachments.open(a.getId(), OWNER, owner);
            assertThat(file.originalName()).isEqualTo(a.getOriginalName());
            assertThat(file.contentType()).isEqualTo(a.getContentType());
            assertThat(file.sizeBytes()).isEqualTo(original.length);
            try (InputStream in = file.openStream()) {
                assertThat(in.readAllBytes()).isEqualTo(original);
            }
            assertThat(a.getSizeBytes()).isEqualTo(original.length);
            assertThat(a.getSha256()).isEqualTo(sha256(original));
            assertThat(a.getUploadedBy()).isEqualTo("curator");
        }
    }

    @Test
    void the_file_lies_under_the_month_of_its_upload_named_by_a_random_key_never_by_its_name() {
        long owner = newOwner();
        Attachment a = store(owner, "report.pdf", SampleFiles.pdf());

        ZonedDateTime at = a.getUploadedAt().atZone(ZoneOffset.UTC);
        Path expected = root().resolve(String.format("%04d/%02d", at.getYear(), at.getMonthValue())).resolve(a.getStorageKey());
        assertThat(expected).isRegularFile();
        assertThat(a.getStorageKey()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(files()).noneMatch(p -> p.getFileName().toString().contains("report"));
    }

    @Test
    void a_program_named_like_a_pdf_is_refused_at_the_file_field_and_nothing_is_left() {
        assertRefusedLeavingNothing("report.pdf", SampleFiles.exe(), "attachment.typeNotAllowed");
    }

    @Test
    void a_zip_that_is_not_a_word_document_is_refused_even_named_docx() {
        assertRefusedLeavingNothing("x.docx", SampleFiles.zipNotDocx(), "attachment.typeNotAllowed");
    }

    @Test
    void a_macro_enabled_word_document_renamed_to_docx_is_refused() {
        assertRefusedLeavingNothing("letter.docx", SampleFiles.docm(), "attachment.typeNotAllowed");
    }

    @Test
    void a_name_that_climbs_out_of_a_directory_is_refused_before_anything_is_written() {
        assertRefusedLeavingNothing("../report.pdf", SampleFiles.pdf(), "attachment.name.invalid");
        assertRefusedLeavingNothing("..\\..\\report.pdf", SampleFiles.pdf(), "attachment.name.invalid");
    }

    @Test
    void an_empty_file_is_refused() {
        assertRefusedLeavingNothing("empty.pdf", new byte[0], "attachment.empty");
    }

    @Test
    void a_file_over_the_default_limit_of_ten_megabytes_is_refused_and_the_servlet_lets_it_through_to_say_so() {
        assertThat(attachments.maxSizeBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(multipart.getMaxFileSize()).isGreaterThan(attachments.maxSizeBytes());
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(multipart.getMaxFileSize());
        assertRefusedLeavingNothing("big.png", SampleFiles.padded(SampleFiles.png(), 10 * 1024 * 1024 + 1),
                "attachment.tooLarge", 10.0);
    }

    @Test
    void a_file_belongs_only_to_its_owner() {
        long owner = newOwner();
        Attachment a = store(owner, "report.pdf", SampleFiles.pdf());

        assertThatThrownBy(() -> attachments.open(a.getId(), OWNER, owner + 1)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> attachments.open(a.getId(), "OTHER_OWNER", owner)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> attachments.open(-1, OWNER, owner)).isInstanceOf(RecordNotFoundException.class);
        assertThat(attachments.open(a.getId(), OWNER, owner).sizeBytes()).isEqualTo(a.getSizeBytes());
    }

    @Test
    void a_file_missing_on_disk_is_not_found() throws IOException {
        long owner = newOwner();
        Attachment a = store(owner, "report.pdf", SampleFiles.pdf());
        ZonedDateTime at = a.getUploadedAt().atZone(ZoneOffset.UTC);
        Files.delete(root().resolve(String.format("%04d/%02d", at.getYear(), at.getMonthValue())).resolve(a.getStorageKey()));

        assertThatThrownBy(() -> attachments.open(a.getId(), OWNER, owner)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void when_the_transaction_that_stored_a_file_rolls_back_the_file_is_deleted_with_the_row() {
        long owner = newOwner();
        AtomicReference<Path> stored = new AtomicReference<>();

        transaction.executeWithoutResult(status -> {
            Attachment a = store(owner, "report.pdf", SampleFiles.pdf());
            ZonedDateTime at = a.getUploadedAt().atZone(ZoneOffset.UTC);
            stored.set(root().resolve(String.format("%04d/%02d", at.getYear(), at.getMonthValue())).resolve(a.getStorageKey()));
            assertThat(stored.get()).isRegularFile();
            status.setRollbackOnly();
        });

        assertThat(stored.get()).doesNotExist();
        assertThat(attachments.of(OWNER, owner)).isEmpty();
    }

    @Test
    void a_refused_file_does_not_doom_the_callers_transaction() {
        long owner = newOwner();

        transaction.executeWithoutResult(status -> {
            assertThatThrownBy(() -> store(owner, "report.pdf", SampleFiles.exe())).isInstanceOf(BusinessException.class);
            store(owner, "report.pdf", SampleFiles.pdf());
        });

        assertThat(attachments.of(OWNER, owner)).hasSize(1);
    }

    private void assertRefusedLeavingNothing(String name, byte[] content, String key, Object... arguments) {
        long owner = newOwner();
        Set<Path> before = files();

        assertThatThrownBy(() -> store(owner, name, content))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).contains(Attachments.FILE);
                    assertThat(e.getMessageKey()).isEqualTo(key);
                    assertThat(e.getArguments()).containsExactly(arguments);
                });

        assertThat(attachments.of(OWNER, owner)).isEmpty();
        assertThat(files()).isEqualTo(before);
    }

    private Attachment store(long owner, String name, byte[] content) {
        return attachments.store(OWNER, owner, name, new ByteArrayInputStream(content), "curator");
    }

    private Path root() {
        return properties.directory().toAbsolutePath().normalize();
    }

    /** Every file in the attachments' directory, the incoming ones too. */
    private Set<Path> files() {
        if (!Files.isDirectory(root())) {
            return Set.of();
        }
        try (Stream<Path> all = Files.walk(root())) {
            return all.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long newOwner() {
        return System.nanoTime();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
