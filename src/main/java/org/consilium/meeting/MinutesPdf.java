package org.consilium.meeting;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.consilium.base.PdfPages;
import org.springframework.stereotype.Component;

/**
 * Minutes as a printable document in the reader's language: the meeting, who was there, the family's
 * view at a closing meeting, each item with its minutes, decisions and inconsistencies, whether they
 * are final, and the addenda. Only what the reader may see ({@link Minutes}).
 */
@Component
class MinutesPdf {

    private final I18NProvider i18n;

    MinutesPdf(I18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(Minutes m, Locale locale) {
        String title = t(locale, "meeting.pdf.title", m.title());
        try (PdfPages w = new PdfPages(title, t(locale, "app.name"), locale)) {
            w.line(t(locale, m.kind().messageKey()), 12, 0);
            w.rule();
            w.space(8);
            w.title(title);
            w.space(4);
            w.line(t(locale, "meeting.fact.when") + ": " + when(m.startsAt(), locale) + " – " + when(m.endsAt(), locale), 10, 0);
            if (m.place() != null) {
                w.line(t(locale, "meeting.field.place") + ": " + m.place(), 10, 0);
            }
            w.line(t(locale, "meeting.fact.chair") + ": " + m.chairName(), 10, 0);
            if (m.secretaryName() != null) {
                w.line(t(locale, "meeting.room.secretary") + ": " + m.secretaryName(), 10, 0);
            }
            w.line(m.finalised() ? t(locale, "meeting.minutes.finalOn", when(m.finalisedAt(), locale))
                    : t(locale, "meeting.minutes.draft"), 10, 0);
            w.space(10);
            w.heading(t(locale, "meeting.room.attendance"), 12);
            w.list(m.attendance().stream().map(a -> attendee(a, locale)).toList(), 10, 8);
            if (m.familyView() != null) {
                w.space(10);
                w.heading(t(locale, "meeting.room.familyView"), 12);
                text(w, m.familyView(), 8);
            }
            for (Minutes.Item i : m.items()) {
                w.space(10);
                item(w, i, locale);
            }
            if (!m.addenda().isEmpty()) {
                w.space(10);
                w.heading(t(locale, "meeting.room.addenda"), 12);
                for (Minutes.Addendum a : m.addenda()) {
                    w.line(t(locale, "meeting.addendum.by", a.byName(), when(a.at(), locale)), 10, 8);
                    text(w, a.text(), 16);
                }
            }
            return w.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String attendee(Minutes.Attendee a, Locale locale) {
        return (a.name() == null ? "" : a.name() + " ") + "(" + t(locale, a.kind().messageKey()) + ") — "
                + (a.attendance() == null ? t(locale, "meeting.attendance.unmarked") : t(locale, a.attendance().messageKey()));
    }

    private void item(PdfPages w, Minutes.Item i, Locale locale) throws IOException {
        if (i.visibility() == Minutes.Visibility.HIDDEN) {
            w.heading(i.position() + ". " + t(locale, "meeting.item.hidden"), 12);
            return;
        }
        w.heading(i.position() + ". " + (i.familyName() == null ? "" : i.familyName() + " — ")
                + t(locale, i.topic().messageKey()) + ": " + i.question(), 12);
        if (i.visibility() == Minutes.Visibility.SUMMARY) {
            w.line(t(locale, "meeting.item.summary"), 10, 8);
            text(w, i.sharedSummary(), 8);
            return;
        }
        if (i.minutes() != null) {
            text(w, i.minutes(), 8);
        }
        for (Minutes.Decision d : i.decisions()) {
            w.line(t(locale, "meeting.decision.entry", t(locale, d.kind().messageKey()), d.text() == null ? "" : d.text()), 10, 8);
            if (d.resultKey() != null) {
                w.line(t(locale, d.resultKey()), 9, 16);
            }
        }
        for (Minutes.Issue x : i.inconsistencies()) {
            w.line(t(locale, "meeting.inconsistency.entry", x.description(), x.ownerName(), date(x, locale)), 10, 8);
            if (x.settledAt() != null) {
                w.line(t(locale, "meeting.inconsistency.settledOn", when(x.settledAt(), locale), x.settlement()), 9, 16);
            }
        }
    }

    private static String date(Minutes.Issue x, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(x.dueOn());
    }

    /** Free text, paragraph by paragraph. */
    private static void text(PdfPages w, String text, float indent) throws IOException {
        for (String line : List.of(text.split("\\R"))) {
            if (!line.isBlank()) {
                w.line(line.strip(), 10, indent);
            }
        }
    }

    private static String when(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(at);
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
