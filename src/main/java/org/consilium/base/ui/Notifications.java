package org.consilium.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.util.Locale;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.base.Languages;
import org.consilium.base.MessageKey;

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

    /**
     * A refusal that names no field: a lost race says who saved first and when, and stays until the
     * user reloads or closes it (nothing of theirs or the winner's is overwritten); anything else is an
     * error notification.
     */
    public static Notification refused(Component context, BusinessException e, Runnable reload) {
        return e instanceof EditConflictException conflict ? conflict(context, conflict, reload) : error(text(context, e));
    }

    /**
     * Runs a change that needs nothing typed (a button on a page): says {@code doneKey} and returns
     * true when it is done; otherwise shows the refusal ({@link #refused}) and returns false.
     */
    public static boolean act(Component context, Runnable change, String doneKey, Runnable reload) {
        try {
            change.run();
        } catch (BusinessException e) {
            refused(context, e, reload);
            return false;
        }
        success(context.getTranslation(doneKey));
        return true;
    }

    /** Who saved the record first and when, with "Reload" to see their version. */
    public static Notification conflict(Component context, EditConflictException e, Runnable reload) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        n.setPosition(Notification.Position.MIDDLE);
        n.setDuration(0);
        Button again = new Button(context.getTranslation("action.reload"), ev -> {
            n.close();
            reload.run();
        });
        Button close = new Button(context.getTranslation("action.close"), ev -> n.close());
        Div box = new Div(new Span(text(context, e)), again, close);
        box.addClassName("edit-conflict");
        n.add(box);
        n.open();
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
            } else if (args[i] instanceof LocalDate date) {
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
