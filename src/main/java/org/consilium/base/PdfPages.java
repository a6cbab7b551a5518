package org.consilium.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Printable A4 documents: headings, wrapped paragraphs and lists down the pages, a new page when one is
 * full, two columns side by side. The font (Liberation Sans, shipped with PDFBox) is embedded, so
 * Cyrillic prints everywhere; characters it lacks print as "?". The document is tagged as it is
 * written ({@link PdfTags}, decision 0039): it declares its language and title, and each heading,
 * paragraph, list item and table cell is an element of its structure in reading order; rules are
 * artifacts.
 */
public final class PdfPages implements AutoCloseable {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float GAP = 16;
    private static final float LEADING = 1.35f;
    private static final float TITLE = 16;
    private static final float SUBTITLE = 13;

    private final PDDocument doc;
    private final PdfTags tags;
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream out;
    private float y;

    /** A piece of a column: one printed line and the element it belongs to. */
    private record Piece(PDStructureElement element, String text) {
    }

    /**
     * A new document on its first page, with its title and creator, written in the language the
     * message bundles use for {@code locale}.
     */
    public PdfPages(String title, String creator, Locale locale) {
        try {
            this.doc = new PDDocument();
            try (InputStream fontData = PdfPages.class.getResourceAsStream(FONT)) {
                this.font = PDType0Font.load(doc, fontData);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator(creator);
            this.tags = new PdfTags(doc, Languages.ofTexts(locale).toLanguageTag());
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's heading, its one first-level heading. */
    public void title(String text) throws IOException {
        block(tags.document(), StandardStructureTypes.H1, text, TITLE, 0);
    }

    /** The document's heading over a smaller second line, the two read as one heading. */
    public void title(String text, String subtitle) throws IOException {
        PDStructureElement h1 = tags.element(tags.document(), StandardStructureTypes.H1);
        lines(h1, text, TITLE, 0);
        lines(h1, subtitle, SUBTITLE, 0);
    }

    /** A section's heading, second level. */
    public void heading(String text, float size) throws IOException {
        block(tags.document(), StandardStructureTypes.H2, text, size, 0);
    }

    /** A paragraph wrapped within the page, {@code indent} points from the margin. */
    public void line(String text, float size, float indent) throws IOException {
        block(tags.document(), StandardStructureTypes.P, text, size, indent);
    }

    /** A list, each item wrapped within the page; the items carry their own numbers or bullets, if any. */
    public void list(List<String> items, float size, float indent) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        PDStructureElement list = tags.element(tags.document(), StandardStructureTypes.L);
        for (String item : items) {
            PDStructureElement li = tags.element(list, StandardStructureTypes.LI);
            block(li, StandardStructureTypes.L_BODY, item, size, indent);
        }
    }

    public void space(float points) {
        y -= points;
    }

    /**
     * Two lists side by side under their headings, each wrapped within its half: a table of two
     * columns whose header cells are the headings and whose one row holds the two lists, so that each
     * list is read whole although their lines are printed side by side.
     */
    public void columns(String leftTitle, List<String> left, String rightTitle, List<String> right, float size) throws IOException {
        float half = (width - GAP) / 2;
        PDStructureElement table = tags.element(tags.document(), StandardStructureTypes.TABLE);
        PDStructureElement head = tags.element(table, StandardStructureTypes.TR);
        List<Piece> l = pieces(tags.columnHeader(head), leftTitle, size, half);
        List<Piece> r = pieces(tags.columnHeader(head), rightTitle, size, half);
        int headingLines = Math.max(l.size(), r.size());
        PDStructureElement row = tags.element(table, StandardStructureTypes.TR);
        List<Piece> leftCell = items(tags.element(row, StandardStructureTypes.TD), left, size, half);
        List<Piece> rightCell = items(tags.element(row, StandardStructureTypes.TD), right, size, half);
        pad(l, headingLines);
        pad(r, headingLines);
        l.addAll(leftCell);
        r.addAll(rightCell);
        int rows = Math.max(l.size(), r.size());
        for (int i = 0; i < rows; i++) {
            room(size * LEADING);
            if (i < l.size()) {
                write(l.get(i).element(), l.get(i).text(), size, MARGIN);
            }
            if (i < r.size()) {
                write(r.get(i).element(), r.get(i).text(), size, MARGIN + half + GAP);
            }
            y -= size * LEADING;
            if (i == headingLines - 1) {
                stroke(y + size * 0.1f);
            }
        }
    }

    /** A thin line across the page. */
    public void rule() throws IOException {
        room(6);
        stroke(y - 2);
        y -= 6;
    }

    /** The finished document. */
    public byte[] finish() throws IOException {
        out.close();
        tags.finish();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    /** A new element of {@code type} under {@code parent} holding the text's lines (none for an empty text). */
    private PDStructureElement block(PDStructureElement parent, String type, String text, float size, float indent)
            throws IOException {
        PDStructureElement element = text == null || text.isBlank() ? null : tags.element(parent, type);
        lines(element, text, size, indent);
        return element;
    }

    private void lines(PDStructureElement element, String text, float size, float indent) throws IOException {
        for (String l : wrap(text, size, width - indent)) {
            room(size * LEADING);
            write(element, l, size, MARGIN + indent);
            y -= size * LEADING;
        }
    }

    private List<Piece> pieces(PDStructureElement element, String text, float size, float max) throws IOException {
        List<Piece> pieces = new ArrayList<>();
        for (String l : wrap(text, size, max)) {
            pieces.add(new Piece(element, l));
        }
        return pieces;
    }

    /** The lines of a list in a table cell. */
    private List<Piece> items(PDStructureElement cell, List<String> items, float size, float max) throws IOException {
        List<Piece> pieces = new ArrayList<>();
        PDStructureElement list = items.isEmpty() ? null : tags.element(cell, StandardStructureTypes.L);
        for (String item : items) {
            PDStructureElement li = tags.element(list, StandardStructureTypes.LI);
            pieces.addAll(pieces(tags.element(li, StandardStructureTypes.L_BODY), item, size, max));
        }
        return pieces;
    }

    private static void pad(List<Piece> pieces, int size) {
        while (pieces.size() < size) {
            pieces.add(new Piece(null, ""));
        }
    }

    /** One printed line, as marked content of its element. */
    private void write(PDStructureElement element, String text, float size, float x) throws IOException {
        if (text.isBlank()) {
            return;
        }
        tags.begin(out, element);
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y - size);
        out.showText(text);
        out.endText();
        out.endMarkedContent();
    }

    /** A rule across the page at {@code at}, an artifact. */
    private void stroke(float at) throws IOException {
        PdfTags.beginArtifact(out);
        out.moveTo(MARGIN, at);
        out.lineTo(MARGIN + width, at);
        out.stroke();
        out.endMarkedContent();
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            out.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        tags.page(page);
        out = new PDPageContentStream(doc, page);
        out.setLineWidth(0.5f);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Splits a text into lines that fit, word by word; characters the font lacks become "?". */
    private List<String> wrap(String text, float size, float max) throws IOException {
        String clean = printable(text == null ? "" : text.replace('\n', ' ').replace('\t', ' '));
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : clean.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= max) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                // The space between the words stays at the line's end, so the text reads as words.
                lines.add(current + " ");
                current.setLength(0);
            }
            // A single word longer than the line is cut where it must be.
            String rest = word;
            while (font.getStringWidth(rest) / 1000 * size > max && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > max) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean ok = printable.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            b.append(ok ? new String(Character.toChars(cp)) : "?");
        });
        return b.toString();
    }
}
