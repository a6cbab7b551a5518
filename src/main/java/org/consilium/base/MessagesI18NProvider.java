package org.consilium.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Gives Vaadin's {@code getTranslation} the texts of the {@code messages*.properties} bundles, so that
 * views and services read one set of bundles.
 */
@Component
class MessagesI18NProvider implements I18NProvider {

    private final MessageSource messages;

    MessagesI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale == null ? Languages.UKRAINIAN : locale);
        } catch (NoSuchMessageException e) {
            // A missing key must be visible on screen, not crash the page.
            return "!" + key;
        }
    }
}
