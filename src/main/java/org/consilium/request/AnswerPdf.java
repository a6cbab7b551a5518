package org.consilium.request;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.consilium.base.PdfPages;
import org.springframework.stereotype.Component;

/**
 * An answer as a printable document in the reader's language, in the layout such papers have: the
 * agency's name at the top, the title, the child (name, birth date, class) and the period, then the
 * answer section by section, the addenda, and who prepared and signed it.
 */
@Component
class AnswerPdf {

    private final I18NProvider i18n;

    AnswerPdf(I18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(RequestSheet r, Locale locale) {
        String title = t(locale, "request.pdf.title." + r.kind().name());
        try (PdfPages w = new PdfPages(title + " — " + r.subject().name(), t(locale, "app.name"), locale)) {
            w.line(r.agencyName(), 12, 0);
            w.rule();
            w.space(8);
            w.title(title);
            w.space(4);
            w.line(r.subject().name()
                    + (r.subject().birthDate() == null ? "" : ", " + t(locale, "request.pdf.born", date(r.subject().birthDate(), locale)))
                    + (r.subject().schoolClass() == null ? "" : ", " + t(locale, "request.pdf.class", r.subject().schoolClass())), 12, 0);
            w.line(t(locale, "request.pdf.period", date(r.periodFrom(), locale), date(r.periodTo(), locale)), 10, 0);
            w.line(t(locale, "request.pdf.askedBy", r.askedBy(), r.askedByTeam(),
                    date(LocalDate.ofInstant(r.sentAt(), ZoneId.systemDefault()), locale)), 10, 0);
            Map<AnswerField, String> answer = r.answer();
            String section = null;
            for (AnswerField f : AnswerField.of(r.kind())) {
                if (f.section().equals("signature") || !answer.containsKey(f)) {
                    continue;
                }
                if (!Objects.equals(section, f.section())) {
                    schoolDaysAfter(w, section, r, locale);
                    section = f.section();
                    w.space(10);
                    w.heading(t(locale, f.sectionKey()), 12);
                }
                w.line(t(locale, f.messageKey()) + ": " + shown(f, answer.get(f), locale), 10, 8);
            }
            schoolDaysAfter(w, section, r, locale);
            for (RequestSheet.Note n : r.notes()) {
                if (n.kind() == RequestNote.Kind.ADDENDUM) {
                    w.space(8);
                    w.heading(t(locale, "request.pdf.addendum", n.by(), date(LocalDate.ofInstant(n.at(), ZoneId.systemDefault()), locale)), 11);
                    w.line(n.text(), 10, 8);
                }
            }
            w.space(24);
            if (answer.containsKey(AnswerField.PREPARED_BY_NAME)) {
                String role = answer.containsKey(AnswerField.PREPARED_BY_ROLE)
                        ? t(locale, AnswerField.optionKey(answer.get(AnswerField.PREPARED_BY_ROLE))) : "";
                w.line(t(locale, "request.pdf.preparedBy", role, answer.get(AnswerField.PREPARED_BY_NAME)), 11, 0);
                w.space(14);
            } else if (r.answeredBy() != null) {
                w.line(t(locale, "request.pdf.answeredBy", r.answeredBy()), 11, 0);
                w.space(14);
            }
            if (answer.containsKey(AnswerField.SIGNED_BY)) {
                w.line(t(locale, "request.pdf.signedBy", answer.get(AnswerField.SIGNED_BY)), 11, 0);
            }
            if (r.answeredAt() != null) {
                w.space(8);
                w.line(date(LocalDate.ofInstant(r.answeredAt(), ZoneId.systemDefault()), locale), 10, 0);
            }
            return w.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Under the attendance, how many school days the period had. */
    private void schoolDaysAfter(PdfPages w, String section, RequestSheet r, Locale locale) throws IOException {
        if ("attendance".equals(section)) {
            w.line(t(locale, "request.pdf.schoolDays", r.schoolDays()), 9, 8);
        }
    }

    private String shown(AnswerField f, String value, Locale locale) {
        return switch (f.type()) {
            case CHOICE -> t(locale, AnswerField.optionKey(value));
            case MARK -> java.text.NumberFormat.getNumberInstance(locale).format(new java.math.BigDecimal(value));
            default -> value;
        };
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
