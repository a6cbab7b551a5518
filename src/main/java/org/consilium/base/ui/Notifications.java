package org.consilium.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.consilium.base.Languages;
import org.consilium.base.MessageKey;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;

/** Short messages shown after an action, in the user's language. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    /** The text of a business error, in the language of the component's UI. */
    public static String text(Component context, BusinessException e) {
        if (e instanceof EditConflictException conflict && conflict.getChangedAt() != null) {
            return context.getTranslation(e.getMessageKey(),
                    conflict.getChangedBy() == null ? "?" : conflict.getChangedBy(),
                    Formats.dateTime(conflict.getChangedAt(), locale()));
        }
        Object[] args = e.getArguments();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof MessageKey key) {
                args[i] = context.getTranslation(key.key());
            } else if (args[i] instanceof java.time.LocalDate date) {
                args[i] = Formats.date(date, locale());
            }
        }
        return context.getTranslation(e.getMessageKey(), args);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.UKRAINIAN : ui.getLocale();
    }
}
