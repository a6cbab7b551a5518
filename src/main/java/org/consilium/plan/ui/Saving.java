package org.consilium.plan.ui;

import com.vaadin.flow.component.Component;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Notifications;

/** How the plan page saves: through a form, or straight from a button; then it says so and shows the plan again. */
final class Saving {

    private Saving() {
    }

    /**
     * Opens the form; a valid save runs {@code save} through the service, says it is done and shows
     * the plan again. A refusal is shown by the form, which stays open; after a lost race "Reload" too
     * shows the plan again.
     */
    static <F extends EditDialog<?>> F throughForm(F form, Runnable save, String doneKey, Runnable reload) {
        form.onReload(reload);
        form.addSaveListener(e -> {
            if (form.submit(save)) {
                Notifications.success(form.getTranslation(doneKey));
                reload.run();
            }
        });
        form.open();
        return form;
    }

    /** Runs a change that needs no form; says it is done, or why it was refused, and shows the plan again. */
    static void withoutForm(Component context, Runnable change, String doneKey, Runnable reload) {
        if (Notifications.act(context, change, doneKey, reload)) {
            reload.run();
        }
    }
}
