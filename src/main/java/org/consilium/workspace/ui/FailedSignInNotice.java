package org.consilium.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.consilium.account.UserAccountService;
import org.consilium.base.ui.Formats;

/**
 * Tells the owner of an account, on their home, that wrong passwords were typed for it since their
 * previous sign-in (decision 0002), until they say they have read it.
 */
class FailedSignInNotice extends Div {

    final Paragraph text = new Paragraph();
    final Button understood = new Button();

    FailedSignInNotice(UserAccountService accounts) {
        addClassName("failed-sign-in-notice");
        getElement().setAttribute("role", "alert");
        setVisible(false);
        accounts.myUnseenFailedSignIns().ifPresent(failed -> {
            text.setText(getTranslation("mywork.failedSignIns", failed.count(),
                    Formats.dateTime(failed.last(), getLocale())));
            understood.setText(getTranslation("mywork.failedSignIns.understood"));
            understood.addThemeVariants(ButtonVariant.LUMO_SMALL);
            understood.addClickListener(e -> {
                accounts.dismissMyFailedSignIns();
                setVisible(false);
            });
            add(VaadinIcon.WARNING.create(), text, understood);
            setVisible(true);
        });
    }
}
