package org.consilium.base;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Vaadin's own notices (session expired, internal error, out of sync) in the user's language. */
@Component
class TranslatedSystemMessages implements VaadinServiceInitListener {

    private final MessageSource messages;

    TranslatedSystemMessages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            Locale locale = Languages.bestMatch(info.getLocale());
            CustomizedSystemMessages m = new CustomizedSystemMessages();
            m.setSessionExpiredCaption(text("error.sessionExpired.caption", locale));
            m.setSessionExpiredMessage(text("error.sessionExpired.message", locale));
            m.setInternalErrorCaption(text("error.internal.caption", locale));
            m.setInternalErrorMessage(text("error.internal.message", locale));
            m.setSyncErrorCaption(text("error.internal.caption", locale));
            m.setSyncErrorMessage(text("error.internal.message", locale));
            return m;
        });
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
