package org.consilium.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import org.consilium.base.BusinessException;

/** Puts a refused save's message where the user will look: at the field it is about, else in a notification. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(Binder<?> binder, BusinessException e, Component context) {
        String text = Notifications.text(context, e);
        boolean shownAtField = e.getField()
                .flatMap(binder::getBinding)
                .map(binding -> binding.getField())
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .map(field -> {
                    field.setErrorMessage(text);
                    field.setInvalid(true);
                    return true;
                })
                .orElse(false);
        if (!shownAtField) {
            Notifications.error(text);
        }
    }
}
