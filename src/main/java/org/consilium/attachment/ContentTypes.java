package org.consilium.attachment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;

/**
 * The types of file an attachment may be, read from the file's content and never from its name: PDF,
 * JPEG, PNG and Word documents (DOCX). Tika's core reads the magic bytes; it sees a DOCX only as a
 * ZIP (or "some Office Open XML") container, so such a file is opened as a ZIP and must hold the parts
 * of a Word document, with the main part declared as an ordinary document: a macro-enabled document
 * or a template renamed to .docx is refused.
 */
final class ContentTypes {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** What Tika's core may call a DOCX: a ZIP, an Office Open XML container, or (with parsers) a DOCX. */
    private static final Set<String> CONTAINERS = Set.of("application/zip", "application/x-tika-ooxml", DOCX);
    private static final String CONTENT_TYPES_PART = "[Content_Types].xml";
    private static final String DOCUMENT_PART = "word/document.xml";
    private static final String DOCUMENT_MAIN_TYPE = DOCX + ".main+xml";
    /** [Content_Types].xml of a real document is a few kilobytes; more is not read. */
    private static final int CONTENT_TYPES_MAX = 256 * 1024;

    private final Tika tika = new Tika();

    /** The type of the file's content if it is one that attachments may be, otherwise empty. */
    Optional<String> allowedTypeOf(Path file) {
        String detected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            detected = tika.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (PDF.equals(detected) || JPEG.equals(detected) || PNG.equals(detected)) {
            return Optional.of(detected);
        }
        if (CONTAINERS.contains(detected) && isWordDocument(file)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    private static boolean isWordDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry types = zip.getEntry(CONTENT_TYPES_PART);
            if (types == null || zip.getEntry(DOCUMENT_PART) == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(types)) {
                String declared = new String(in.readNBytes(CONTENT_TYPES_MAX), StandardCharsets.UTF_8);
                return declared.contains(DOCUMENT_MAIN_TYPE);
            }
        } catch (IOException e) {
            // The file is ours and on local disk: what cannot be read as a ZIP is a broken or foreign one.
            return false;
        }
    }
}
