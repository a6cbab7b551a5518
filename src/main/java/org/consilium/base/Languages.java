package org.consilium.base;

import java.util.List;
import java.util.Locale;

/**
 * The languages Consilium speaks. Ukrainian comes first: it is the fallback when the browser asks
 * for a language we do not have.
 */
public final class Languages {

    public static final Locale UKRAINIAN = Locale.of("uk");
    public static final Locale RUSSIAN = Locale.of("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;

    public static final List<Locale> SUPPORTED = List.of(UKRAINIAN, RUSSIAN, ENGLISH);

    private Languages() {
    }

    /** The supported language matching {@code requested} by its language code, else Ukrainian. */
    public static Locale bestMatch(Locale requested) {
        if (requested == null) {
            return UKRAINIAN;
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(UKRAINIAN);
    }

    /**
     * The language the message bundles write in for {@code locale}: its own when we speak it, else
     * English, the base bundle's (the bundles do not fall back to Ukrainian); Ukrainian for none, as
     * the translations do.
     */
    public static Locale ofTexts(Locale locale) {
        if (locale == null) {
            return UKRAINIAN;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(ENGLISH);
    }

    /** Parses a stored language tag; unknown or empty tags give {@code null}. */
    public static Locale fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Locale parsed = Locale.forLanguageTag(tag);
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(parsed.getLanguage())).findFirst().orElse(null);
    }
}
