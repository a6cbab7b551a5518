package org.consilium.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.consilium.base.BusinessException;

/**
 * Cancel and a primary button for a dialog that saves something through a service. A refusal that
 * names a field is shown at that field and the dialog stays open, so nothing typed is lost; any other
 * refusal goes to {@code otherwise}.
 */
public final class DialogFooter {

    private DialogFooter() {
    }

    /**
     * @param ready checked first; false leaves the dialog as it is (a field has already said why)
     * @param done the success message, read after the action
     * @param afterSuccess what the page does once saved (show the new state)
     * @param otherwise what to do with a refusal that names no field of the dialog
     */
    public static Button add(Dialog dialog, String actionText, BooleanSupplier ready, Runnable action, Supplier<String> done,
                             Map<String, ? extends HasValidation> fields, Runnable afterSuccess,
                             Consumer<BusinessException> otherwise) {
        Button primary = new Button(actionText, e -> {
            if (!ready.getAsBoolean()) {
                return;
            }
            try {
                action.run();
                dialog.close();
                afterSuccess.run();
                Notifications.success(done.get());
            } catch (BusinessException ex) {
                HasValidation field = fields.get(ex.getField().orElse(""));
                if (field != null) {
                    field.setErrorMessage(Notifications.text(dialog, ex));
                    field.setInvalid(true);
                } else {
                    otherwise.accept(ex);
                }
            }
        });
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), primary);
        dialog.open();
        return primary;
    }
}
