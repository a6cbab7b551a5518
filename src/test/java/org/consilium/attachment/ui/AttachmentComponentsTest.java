package org.consilium.attachment.ui;

import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.consilium.attachment.Attachment;
import org.consilium.attachment.Attachments;
import org.consilium.attachment.SampleFiles;
import org.consilium.base.Languages;
import org.consilium.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AttachmentComponentsTest extends KaribuTest {

    private static final String OWNER = "TEST_OWNER";

    @Autowired
    Attachments attachments;

    @Test
    void the_upload_says_the_limit_and_shows_a_refusal_under_it_then_hands_on_a_good_file() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        long owner = System.nanoTime();
        AttachmentUpload upload = new AttachmentUpload(attachments,
                (name, content) -> attachments.store(OWNER, owner, name, content, "curator"));
        UI.getCurrent().add(upload);

        assertThat(upload.hint.getText()).isEqualTo("PDF, JPEG, PNG or Word (DOCX), up to 10 MB each.");
        assertThat(upload.upload.getMaxFileSize()).isEqualTo(10 * 1024 * 1024);
        assertThat(upload.upload.getAcceptedFileTypes()).containsExactly(".pdf", ".jpg", ".jpeg", ".png", ".docx");
        assertThat(upload.error.isVisible()).isFalse();

        _upload(upload.upload, "report.pdf", "application/pdf", SampleFiles.exe());

        assertThat(upload.error.isVisible()).isTrue();
        assertThat(upload.error.getText()).isEqualTo("report.pdf: Only PDF, JPEG, PNG and Word (DOCX) files can be "
                + "attached; the content of this file is of another kind.");
        assertThat(attachments.of(OWNER, owner)).isEmpty();

        _upload(upload.upload, "report.pdf", "application/pdf", SampleFiles.pdf());

        assertThat(upload.error.isVisible()).isFalse();
        assertThat(attachments.of(OWNER, owner)).extracting(Attachment::getOriginalName).containsExactly("report.pdf");
    }

    @Test
    void the_refusal_is_in_the_users_language() {
        UI.getCurrent().setLocale(Languages.UKRAINIAN);
        long owner = System.nanoTime();
        AttachmentUpload upload = new AttachmentUpload(attachments,
                (name, content) -> attachments.store(OWNER, owner, name, content, "curator"));

        upload.deliver("порожній.pdf", new ByteArrayInputStream(new byte[0]));

        assertThat(upload.error.getText()).isEqualTo("порожній.pdf: Файл порожній.");
        assertThat(upload.hint.getText()).isEqualTo("PDF, JPEG, PNG або Word (DOCX), кожен до 10 МБ.");
    }

    @Test
    void the_links_show_each_file_with_its_size_in_the_users_language_and_download_it_through_the_owner() throws IOException {
        UI.getCurrent().setLocale(Languages.UKRAINIAN);
        long owner = System.nanoTime();
        byte[] scan = SampleFiles.padded(SampleFiles.png(), 1_258_291);
        byte[] pdf = SampleFiles.pdf();
        Attachment big = attachments.store(OWNER, owner, "скан.png", new ByteArrayInputStream(scan), "curator");
        Attachment small = attachments.store(OWNER, owner, "report \"final\".pdf", new ByteArrayInputStream(pdf), "curator");
        AttachmentLinks links = new AttachmentLinks(id -> attachments.open(id, OWNER, owner));

        links.setAttachments(attachments.of(OWNER, owner));

        assertThat(links.empty.isVisible()).isFalse();
        List<ListItem> items = links.list.getChildren().map(ListItem.class::cast).toList();
        assertThat(items).hasSize(2);
        assertThat(anchor(items.get(0)).getText()).isEqualTo("скан.png");
        assertThat(spans(items.get(0)).get(0)).isEqualTo("1,2 МБ");
        assertThat(spans(items.get(0)).get(1)).isNotBlank();
        assertThat(anchor(items.get(1)).getText()).isEqualTo("report \"final\".pdf");
        assertThat(spans(items.get(1)).get(0)).isEqualTo(pdf.length + " Б");

        DownloadResponse download = links.download(big.getId());
        assertThat(download.hasError()).isFalse();
        assertThat(download.getFileName()).isEqualTo("скан.png");
        assertThat(download.getContentType()).isEqualTo("image/png");
        assertThat(download.getContentLength()).isEqualTo(scan.length);
        try (InputStream in = download.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(scan);
        }
        assertThat(links.download(small.getId()).getFileName()).isEqualTo("report 'final'.pdf");
    }

    @Test
    void a_download_the_owner_refuses_answers_not_found() {
        long owner = System.nanoTime();
        Attachment a = attachments.store(OWNER, owner, "report.pdf", new ByteArrayInputStream(SampleFiles.pdf()), "curator");
        AttachmentLinks links = new AttachmentLinks(id -> attachments.open(id, OWNER, owner + 1));

        DownloadResponse download = links.download(a.getId());

        assertThat(download.hasError()).isTrue();
        assertThat(download.getError()).isEqualTo(404);
    }

    @Test
    void without_files_the_links_say_so() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        AttachmentLinks links = new AttachmentLinks(id -> {
            throw new AssertionError("nothing to download");
        });

        assertThat(links.list.isVisible()).isFalse();
        assertThat(links.empty.isVisible()).isTrue();
        assertThat(links.empty.getText()).isEqualTo("No files attached.");
    }

    private static Anchor anchor(ListItem item) {
        return item.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).findFirst().orElseThrow();
    }

    private static List<String> spans(ListItem item) {
        return item.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()).toList();
    }
}
