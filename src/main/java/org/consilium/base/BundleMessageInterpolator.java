package org.consilium.base;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Resolves bean validation message keys such as {@code {validation.required}} from the application's
 * {@code messages*.properties}, in the language of the form that asks (see META-INF/validation.xml).
 * Without a bundle for the language it uses the base bundle (English), never the server's language.
 *
 * <p>A text that chooses its words by a number ({@code Не більше {max, plural, one{# символу} …}}) is
 * formatted by ICU, as the portal's other texts are (decision 0038), with the constraint's attributes as its
 * named arguments; Hibernate Validator's own interpolation knows no plural forms.
 */
public class BundleMessageInterpolator extends ResourceBundleMessageInterpolator {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A message that is nothing but one bundle key. */
    private static final Pattern ONE_KEY = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    public BundleMessageInterpolator() {
        super(BundleMessageInterpolator::bundle);
    }

    /** Without a language asked for: the server's, as Hibernate Validator takes it unless told otherwise. */
    @Override
    public String interpolate(String message, Context context) {
        return interpolate(message, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String message, Context context, Locale locale) {
        Matcher key = ONE_KEY.matcher(message == null ? "" : message);
        if (key.matches()) {
            ResourceBundle bundle = bundle(locale);
            if (bundle.containsKey(key.group(1))) {
                String text = bundle.getString(key.group(1));
                if (choosesByNumber(text)) {
                    return new MessageFormat(text, ULocale.forLocale(Languages.bestMatch(locale)))
                            .format(context.getConstraintDescriptor().getAttributes());
                }
            }
        }
        return super.interpolate(message, context, locale);
    }

    /** Whether the text has a plural (or select) argument, which only ICU can format. */
    static boolean choosesByNumber(String text) {
        if (!text.contains("plural") && !text.contains("select")) {
            return false;
        }
        MessagePattern pattern = new MessagePattern(text);
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && (part.getArgType().hasPluralStyle() || part.getArgType() == MessagePattern.ArgType.SELECT)) {
                return true;
            }
        }
        return false;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("messages", Languages.bestMatch(locale).equals(Languages.ENGLISH) ? Locale.ROOT
                : Languages.bestMatch(locale), BundleMessageInterpolator.class.getClassLoader(), NO_FALLBACK);
    }
}
