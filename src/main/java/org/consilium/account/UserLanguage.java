package org.consilium.account;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The language a user reads Consilium in. Every new page takes the language the signed-in user
 * chose; before sign-in, or if they chose none, Vaadin follows the browser's language among those
 * we have, falling back to Ukrainian.
 */
@Component
public class UserLanguage implements VaadinServiceInitListener {

    private final UserAccountService accounts;

    UserLanguage(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            accounts.signedIn().map(SignedInUser::locale).ifPresent(locale -> {
                ui.getSession().setLocale(locale);
                ui.setLocale(locale);
            });
            // Screen readers and spell checkers read the page in the language it is shown in.
            ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
            // What the connection indicator says when the server cannot be reached.
            ReconnectDialogConfiguration connection = ui.getReconnectDialogConfiguration();
            connection.setDialogText(ui.getTranslation("connection.reconnecting"));
            connection.setDialogTextGaveUp(ui.getTranslation("connection.lost"));
        });
    }

    /** Switches the current page to {@code locale} and remembers the choice for the signed-in user. */
    public void switchTo(Locale locale) {
        accounts.changeMyLanguage(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
