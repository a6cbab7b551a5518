package org.consilium.assessment;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.consilium.assessment.HousingActChoices.Choice;
import org.consilium.assessment.HousingActDetails.ChildPlace;
import org.consilium.assessment.HousingActDetails.Inspector;
import org.consilium.base.PdfPages;
import org.springframework.stereotype.Component;

/**
 * A housing-conditions act as a printable document in the reader's language, in the usual form of such
 * an act: the team at the top, the title, the family, address and day of the inspection, who inspected
 * and who of the family was there, the numbered sections, the conclusion, the date of the act, and lines
 * for the inspectors' and the family's signatures.
 */
@Component
class HousingActPdf {

    private static final float TEXT = 10;
    private static final float HEADING = 12;
    private static final float INDENT = 12;
    private static final String SIGNATURE = "____________________";

    private final I18NProvider i18n;

    HousingActPdf(I18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(HousingActSheet a, Locale locale) {
        String title = t(locale, "assessment.act.pdf.title");
        try (PdfPages w = new PdfPages(title + " — " + a.familyName(), t(locale, "app.name"), locale)) {
            w.line(a.teamName(), HEADING, 0);
            w.rule();
            w.space(10);
            w.title(title, t(locale, "assessment.act.pdf.subtitle"));
            w.space(8);
            w.line(t(locale, "assessment.act.pdf.family", a.familyName()), 11, 0);
            w.line(t(locale, "assessment.act.field.address") + ": " + a.address(), 11, 0);
            w.line(t(locale, "assessment.act.field.inspectedOn") + ": " + date(a.inspectedOn(), locale), 11, 0);

            heading(w, t(locale, "assessment.act.pdf.inspectors"));
            List<String> inspectors = new ArrayList<>();
            for (Inspector i : a.inspectors()) {
                inspectors.add((inspectors.size() + 1) + ". " + i.name() + " — " + i.post());
            }
            w.list(inspectors, TEXT, INDENT);
            heading(w, t(locale, "assessment.act.pdf.present"));
            w.list(a.present().stream()
                    .map(p -> p.name() + " (" + t(locale, p.relation().messageKey()).toLowerCase(locale) + ")").toList(), TEXT, INDENT);

            heading(w, "1. " + t(locale, "assessment.act.section.dwelling"));
            fact(w, locale, "assessment.act.field.dwelling", a.dwelling());
            fact(w, locale, "assessment.act.field.tenure", a.tenure());
            w.line(t(locale, "assessment.act.field.rooms") + ": " + a.rooms(), TEXT, INDENT);
            w.line(t(locale, "assessment.act.field.livingArea") + ": " + t(locale, "assessment.act.area", area(a.livingArea(), locale)),
                    TEXT, INDENT);
            text(w, a.dwellingNotes(), INDENT);

            heading(w, "2. " + t(locale, "assessment.act.section.amenities"));
            fact(w, locale, "assessment.act.field.heating", a.heating());
            text(w, a.heatingNotes(), INDENT * 2);
            fact(w, locale, "assessment.act.field.water", a.water());
            text(w, a.waterNotes(), INDENT * 2);
            fact(w, locale, "assessment.act.field.sanitation", a.sanitation());
            text(w, a.sanitationNotes(), INDENT * 2);

            heading(w, "3. " + t(locale, "assessment.act.section.upkeep"));
            fact(w, locale, "assessment.act.field.upkeep", a.upkeep());
            text(w, a.upkeepNotes(), INDENT);

            heading(w, "4. " + t(locale, "assessment.act.section.food"));
            fact(w, locale, "assessment.act.field.food", a.food());
            text(w, a.foodNotes(), INDENT);

            heading(w, "5. " + t(locale, "assessment.act.section.children"));
            children(w, a.children(), locale);

            heading(w, "6. " + t(locale, "assessment.act.section.hazards"));
            text(w, a.hazards() == null ? t(locale, "assessment.act.hazards.none") : a.hazards(), INDENT);

            heading(w, "7. " + t(locale, "assessment.act.section.conclusion"));
            text(w, a.conclusion(), INDENT);
            if (a.recommendations() != null) {
                heading(w, "8. " + t(locale, "assessment.act.section.recommendations"));
                text(w, a.recommendations(), INDENT);
            }

            w.space(14);
            w.line(t(locale, "assessment.act.field.drawnUpOn") + ": " + date(a.drawnUpOn(), locale), 11, 0);
            signatures(w, a, locale);
            return w.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void children(PdfPages w, List<ChildPlace> children, Locale locale) throws IOException {
        if (children.isEmpty()) {
            w.line(t(locale, "assessment.act.children.none"), TEXT, INDENT);
            return;
        }
        for (ChildPlace c : children) {
            w.line(c.birthDate() == null ? c.name() : t(locale, "assessment.act.child.born", c.name(), date(c.birthDate(), locale)),
                    TEXT, INDENT);
            w.line(t(locale, "assessment.act.child.sleeping") + ": " + t(locale, c.sleeping().messageKey()), TEXT, INDENT * 2);
            w.line(t(locale, "assessment.act.child.study") + ": " + t(locale, c.study().messageKey()), TEXT, INDENT * 2);
            text(w, c.note(), INDENT * 2);
        }
    }

    /** A line to sign for each inspector, then for each adult of the family who was there (or one blank line). */
    private void signatures(PdfPages w, HousingActSheet a, Locale locale) throws IOException {
        w.space(18);
        w.line(t(locale, "assessment.act.pdf.signInspectors"), 11, 0);
        for (Inspector i : a.inspectors()) {
            w.space(14);
            w.line(SIGNATURE + "  " + i.name() + ", " + i.post(), TEXT, INDENT);
        }
        w.space(18);
        w.line(t(locale, "assessment.act.pdf.signFamily"), 11, 0);
        List<HousingActSheet.Present> adults = a.present().stream().filter(HousingActSheet.Present::isAdult).toList();
        if (adults.isEmpty()) {
            w.space(14);
            w.line(SIGNATURE + "  " + SIGNATURE + " " + t(locale, "assessment.act.pdf.nameHint"), TEXT, INDENT);
        }
        for (HousingActSheet.Present p : adults) {
            w.space(14);
            w.line(SIGNATURE + "  " + p.name(), TEXT, INDENT);
        }
    }

    private void heading(PdfPages w, String text) throws IOException {
        w.space(10);
        w.heading(text, HEADING);
    }

    private void fact(PdfPages w, Locale locale, String labelKey, Choice value) throws IOException {
        w.line(t(locale, labelKey) + ": " + t(locale, value.messageKey()), TEXT, INDENT);
    }

    /** A text as typed, a paragraph for each of its lines (a page line cannot hold a line break). */
    private static void text(PdfPages w, String text, float indent) throws IOException {
        if (text == null) {
            return;
        }
        for (String paragraph : text.split("\\R")) {
            if (!paragraph.isBlank()) {
                w.line(paragraph.strip(), TEXT, indent);
            }
        }
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private static String area(BigDecimal value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }
}
