package org.consilium.base;

import java.util.Locale;
import java.util.ResourceBundle;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Resolves bean validation message keys such as {@code {validation.required}} from the application's
 * {@code messages*.properties}, in the language of the form that asks (see META-INF/validation.xml).
 * Without a bundle for the language it uses the base bundle (English), never the server's language.
 */
public class BundleMessageInterpolator extends ResourceBundleMessageInterpolator {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public BundleMessageInterpolator() {
        super(BundleMessageInterpolator::bundle);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("messages", Languages.bestMatch(locale).equals(Languages.ENGLISH) ? Locale.ROOT
                : Languages.bestMatch(locale), BundleMessageInterpolator.class.getClassLoader(), NO_FALLBACK);
    }
}
