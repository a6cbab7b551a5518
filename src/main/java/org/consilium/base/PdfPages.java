package org.consilium.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Printable A4 documents: wrapped lines down the pages, a new page when one is full, two columns side
 * by side. The font (Liberation Sans, shipped with PDFBox) is embedded, so Cyrillic prints
 * everywhere; characters it lacks print as "?".
 */
/** Writes wrapped lines down A4 pages, starting a new page when one is full. */
public final class PdfPages implements AutoCloseable {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float GAP = 16;

    private final PDDocument doc;
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream out;
    private float y;

    /** A new document with its title and creator, on its first page. */
    public PdfPages(String title, String creator) {
        try {
            this.doc = new PDDocument();
            try (InputStream fontData = PdfPages.class.getResourceAsStream(FONT)) {
                this.font = PDType0Font.load(doc, fontData);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator(creator);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text wrapped within the page, {@code indent} points from the margin. */
    public void line(String text, float size, float indent) throws IOException {
        for (String l : wrap(text, size, width - indent)) {
            room(size * 1.35f);
            write(l, size, MARGIN + indent);
            y -= size * 1.35f;
        }
    }

    public void space(float points) {
        y -= points;
    }

    /** Two lists side by side under their headings, each wrapped within its half. */
    public void columns(String leftTitle, List<String> left, String rightTitle, List<String> right, float size) throws IOException {
        float half = (width - GAP) / 2;
        List<String> l = new ArrayList<>(wrap(leftTitle, size, half));
        List<String> r = new ArrayList<>(wrap(rightTitle, size, half));
        while (l.size() < r.size()) {
            l.add("");
        }
        while (r.size() < l.size()) {
            r.add("");
        }
        int headingLines = l.size();
        for (String s : left) {
            l.addAll(wrap(s, size, half));
        }
        for (String s : right) {
            r.addAll(wrap(s, size, half));
        }
        int rows = Math.max(l.size(), r.size());
        for (int i = 0; i < rows; i++) {
            room(size * 1.35f);
            if (i < l.size()) {
                write(l.get(i), size, MARGIN);
            }
            if (i < r.size()) {
                write(r.get(i), size, MARGIN + half + GAP);
            }
            y -= size * 1.35f;
            if (i == headingLines - 1) {
                out.moveTo(MARGIN, y + size * 0.1f);
                out.lineTo(MARGIN + width, y + size * 0.1f);
                out.stroke();
            }
        }
    }

    /** A thin line across the page. */
    public void rule() throws IOException {
        room(6);
        out.moveTo(MARGIN, y - 2);
        out.lineTo(MARGIN + width, y - 2);
        out.stroke();
        y -= 6;
    }

    /** The finished document. */
    public byte[] finish() throws IOException {
        out.close();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    private void write(String text, float size, float x) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y - size);
        out.showText(text);
        out.endText();
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
                lines.add(current.toString());
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
