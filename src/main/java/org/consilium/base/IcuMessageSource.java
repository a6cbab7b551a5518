package org.consilium.base;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The texts of the {@code messages*.properties} bundles, formatted by ICU's {@code MessageFormat} instead of
 * {@code java.text}'s, so that a message chooses the form of a noun by the number it shows:
 * {@code {0, plural, one{# завдання} few{# завдання} many{# завдань} other{# завдання}}} follows the plural
 * rules of the reader's language (decision 0038). Everything that reads the bundles through Spring's
 * {@code MessageSource} — Vaadin's {@code getTranslation}, PDFs, mail, exports — is formatted here.
 *
 * <p>Lookup stays Spring's: bundles, encoding, fallbacks and caching are those of
 * {@link ResourceBundleMessageSource}. As there, a message asked for without arguments is returned as written
 * (unless {@code alwaysUseMessageFormat} is set). Differences from {@code java.text} that matter here:
 * <ul>
 * <li>A single apostrophe is an apostrophe unless it stands before a brace, a {@code #} inside a plural or
 * another apostrophe (ICU's {@code DOUBLE_OPTIONAL}); {@code ''} is still one apostrophe.
 * <li>Numbers are written by ICU for the locale: grouped, with the language's decimal sign.
 * <li>Dates and times of {@code java.time}, which {@code java.text} wrote as ISO text and ICU would write
 * only in part or refuse, are written as {@code base.ui.Formats} writes them: a medium date, a short time.
 * </ul>
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    private final Map<FormatKey, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        if (ObjectUtils.isEmpty(args) && !isAlwaysUseMessageFormat()) {
            // The text as written, as Spring gives it.
            return super.getMessageInternal(code, args, locale);
        }
        Locale language = locale == null ? Locale.getDefault() : locale;
        Object[] resolved = resolveArguments(args, language);
        String pattern = resolveCodeWithoutArguments(code, language);
        Properties common = getCommonMessages();
        if (pattern == null && common != null) {
            pattern = common.getProperty(code);
        }
        return pattern == null ? getMessageFromParent(code, resolved, language) : format(pattern, resolved, language);
    }

    /** Default messages, which Spring formats here: by ICU too, and as written when they are no valid pattern. */
    @Override
    protected String formatMessage(String msg, Object[] args, Locale locale) {
        if (ObjectUtils.isEmpty(args) && !isAlwaysUseMessageFormat()) {
            return msg;
        }
        try {
            return format(msg, resolveArguments(args, locale), locale);
        } catch (IllegalArgumentException e) {
            if (isAlwaysUseMessageFormat()) {
                throw e;
            }
            return msg;
        }
    }

    /**
     * Formats one pattern for a language. The parsed pattern is kept for each pattern and language; an ICU
     * format keeps state while it formats, so one format serves one caller at a time.
     *
     * @throws IllegalArgumentException when the pattern is not a valid ICU message pattern, or a plural
     *         argument is not a number
     */
    public String format(String pattern, Object[] args, Locale locale) {
        MessageFormat format = formats.computeIfAbsent(new FormatKey(pattern, locale),
                k -> new MessageFormat(k.pattern(), ULocale.forLocale(k.locale())));
        Object[] prepared = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < prepared.length; i++) {
            prepared[i] = prepared(args[i], locale);
        }
        synchronized (format) {
            return format.format(prepared);
        }
    }

    private static Object prepared(Object argument, Locale locale) {
        if (!(argument instanceof TemporalAccessor)) {
            return argument;
        }
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        return switch (argument) {
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
            case LocalTime time -> DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
            case LocalDateTime moment -> dateTime.format(moment);
            case ZonedDateTime moment -> dateTime.format(moment);
            case OffsetDateTime moment -> dateTime.format(moment);
            case Instant moment -> dateTime.withZone(ZoneId.systemDefault()).format(moment);
            // Months, days of the week and the like: as java.text wrote them before.
            default -> argument.toString();
        };
    }

    private record FormatKey(String pattern, Locale locale) {
    }
}
