package org.consilium.plan;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The plan as a printable A4 document in the reader's language: the family, the period and how the
 * plan was agreed, each goal with its criterion, and its tasks in two columns (what the family does,
 * what specialists do), then signature lines for the family and the curator. The font (Liberation
 * Sans, shipped with PDFBox) is embedded, so Cyrillic prints everywhere (decision 0014).
 */
@Component
class PlanPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float GAP = 16;

    private final I18NProvider i18n;

    PlanPdf(I18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(PlanSheet plan, Locale locale) {
        try (PDDocument doc = new PDDocument(); InputStream fontData = PlanPdf.class.getResourceAsStream(FONT)) {
            PDType0Font font = PDType0Font.load(doc, fontData);
            Writer w = new Writer(doc, font);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t(locale, "plan.pdf.title", plan.familyName()));
            info.setCreator(t(locale, "app.name"));

            w.line(t(locale, "plan.pdf.title", plan.familyName()), 16, 0);
            w.line(t(locale, "plan.pdf.version", plan.number(), t(locale, plan.status().messageKey())), 11, 0);
            w.line(t(locale, "plan.pdf.period", date(plan.startsOn(), locale), date(plan.endsOn(), locale)), 11, 0);
            w.line(t(locale, "plan.pdf.curator", plan.curatorName(), plan.teamAgencyName()), 11, 0);
            if (plan.agreement() != null) {
                w.line(plan.signedOn() != null
                        ? t(locale, "plan.pdf.signed", plan.agreedByName(), date(plan.signedOn(), locale))
                        : t(locale, "plan.pdf.acknowledged", plan.agreedByName(), dateTime(plan.agreedAt(), locale)), 11, 0);
            }
            if (plan.approvedAt() != null) {
                w.line(t(locale, "plan.pdf.approved", plan.approvedByName(), dateTime(plan.approvedAt(), locale)), 11, 0);
            }
            int n = 0;
            for (PlanSheet.Goal g : plan.goals()) {
                n++;
                w.space(12);
                w.line(t(locale, "plan.pdf.goal", n, g.statement()), 13, 0);
                w.line(t(locale, "plan.goal.problemArea") + ": " + t(locale, g.problemArea().messageKey()), 10, 0);
                w.line(t(locale, "plan.goal.criterion") + ": " + g.criterion(), 10, 0);
                if (g.baseline() != null || g.target() != null) {
                    w.line(t(locale, "plan.pdf.fromTo", nz(g.baseline()), nz(g.target())), 10, 0);
                }
                w.line(t(locale, "plan.goal.deadline") + ": " + date(g.deadline(), locale), 10, 0);
                if (g.whyItMatters() != null) {
                    w.line(t(locale, "plan.goal.whyItMatters") + ": " + g.whyItMatters(), 10, 0);
                }
                List<String> family = new ArrayList<>();
                List<String> specialists = new ArrayList<>();
                for (PlanSheet.Task task : g.tasks()) {
                    String who = task.side() == TaskSide.FAMILY ? nz(task.memberName())
                            : nz(task.agencyName()) + (task.userName() == null ? "" : ", " + task.userName());
                    String text = "• " + task.description() + " — " + who + ", "
                            + t(locale, "plan.pdf.due", date(task.dueOn(), locale))
                            + " (" + t(locale, task.status().messageKey()) + ")";
                    (task.side() == TaskSide.FAMILY ? family : specialists).add(text);
                }
                w.space(4);
                w.columns(t(locale, "plan.side.FAMILY"), family, t(locale, "plan.side.SPECIALIST"), specialists, 10);
            }
            w.space(30);
            w.line(t(locale, "plan.pdf.signFamily"), 11, 0);
            w.space(18);
            w.line(t(locale, "plan.pdf.signCurator", plan.curatorName()), 11, 0);
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    private static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault()).format(instant);
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }

    /** Writes wrapped lines down A4 pages, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final Map<Integer, Boolean> printable = new HashMap<>();
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream out;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        void line(String text, float size, float indent) throws IOException {
            for (String l : wrap(text, size, width - indent)) {
                room(size * 1.35f);
                write(l, size, MARGIN + indent);
                y -= size * 1.35f;
            }
        }

        void space(float points) {
            y -= points;
        }

        /** Two lists side by side under their headings, each wrapped within its half. */
        void columns(String leftTitle, List<String> left, String rightTitle, List<String> right, float size) throws IOException {
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

        void close() throws IOException {
            out.close();
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
}
