package org.consilium.plan;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.consilium.base.PdfPages;
import org.consilium.plan.PlanPermissions.Audience;
import org.springframework.stereotype.Component;

/**
 * The plan as a printable A4 document in the reader's language: the family, the period and how the
 * plan was agreed, each goal with its criterion, and its tasks in two columns (what the family does,
 * what specialists do), then signature lines for the family and the curator. The font (Liberation
 * Sans, shipped with PDFBox) is embedded, so Cyrillic prints everywhere (decision 0014). The family's own
 * copy speaks the family's words ({@link FamilyWords}), as its plan page does.
 */
@Component
class PlanPdf {

    private final I18NProvider i18n;

    PlanPdf(I18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(PlanSheet plan, Locale locale) {
        Audience reader = plan.audience();
        String title = t(locale, "plan.pdf.title", plan.familyName());
        try (PdfPages w = new PdfPages(title, t(locale, "app.name"), locale)) {
            w.title(title);
            w.line(t(locale, words(reader, "plan.pdf.version"), plan.number(),
                    t(locale, words(reader, plan.status().messageKey()))), 11, 0);
            w.line(t(locale, words(reader, "plan.pdf.period"), date(plan.startsOn(), locale), date(plan.endsOn(), locale)), 11, 0);
            w.line(t(locale, words(reader, "plan.pdf.curator"), plan.curatorName(), plan.teamAgencyName()), 11, 0);
            if (plan.agreement() != null) {
                w.line(plan.signedOn() != null
                        ? t(locale, "plan.pdf.signed", plan.agreedByName(), date(plan.signedOn(), locale))
                        : t(locale, "plan.pdf.acknowledged", plan.agreedByName(), dateTime(plan.agreedAt(), locale)), 11, 0);
            }
            if (plan.approvedAt() != null) {
                w.line(t(locale, words(reader, "plan.pdf.approved"), plan.approvedByName(), dateTime(plan.approvedAt(), locale)), 11, 0);
            }
            int n = 0;
            for (PlanSheet.Goal g : plan.goals()) {
                n++;
                w.space(12);
                w.heading(t(locale, "plan.pdf.goal", n, g.statement()), 13);
                w.line(t(locale, words(reader, "plan.goal.problemArea")) + ": "
                        + t(locale, words(reader, g.problemArea().messageKey())), 10, 0);
                w.line(t(locale, words(reader, "plan.goal.criterion")) + ": " + g.criterion(), 10, 0);
                if (g.baseline() != null || g.target() != null) {
                    w.line(t(locale, words(reader, "plan.pdf.fromTo"), nz(g.baseline()), nz(g.target())), 10, 0);
                }
                w.line(t(locale, words(reader, "plan.goal.deadline")) + ": " + date(g.deadline(), locale), 10, 0);
                if (g.whyItMatters() != null) {
                    w.line(t(locale, words(reader, "plan.goal.whyItMatters")) + ": " + g.whyItMatters(), 10, 0);
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
                w.columns(t(locale, words(reader, "plan.side.FAMILY")), family,
                        t(locale, words(reader, "plan.side.SPECIALIST")), specialists, 10);
            }
            w.space(30);
            w.line(t(locale, "plan.pdf.signFamily"), 11, 0);
            w.space(18);
            w.line(t(locale, words(reader, "plan.pdf.signCurator"), plan.curatorName()), 11, 0);
            return w.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The family's own words on the copy it downloads, the professional ones on everyone else's. */
    private static String words(Audience reader, String key) {
        return FamilyWords.key(reader, key);
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
}
