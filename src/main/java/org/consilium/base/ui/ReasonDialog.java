package org.consilium.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Asks for the reason of an action that is kept on the record (returning a plan, withdrawing an
 * override, …): an optional explanation, the reason, and the action's name on the primary button.
 * The view reads {@link #reason()} in its save listener and passes it to the service, whose refusal
 * naming {@link Reason#REASON} is shown at the field.
 */
public class ReasonDialog extends EditDialog<ReasonDialog.Reason> {

    /** The reason typed into the dialog. */
    public static final class Reason {

        /** The field name a service's refusal uses to point at the reason. */
        public static final String REASON = "reason";

        private String reason = "";

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    final TextArea reason = new TextArea();

    /**
     * @param titleKey  the dialog's heading and, unless changed, its primary button
     * @param labelKey  the reason field's label
     * @param maxLength the longest reason the record keeps
     * @param required  whether the action needs a reason
     */
    public ReasonDialog(String titleKey, String labelKey, int maxLength, boolean required) {
        super(Reason.class, null, 0, new Reason(), titleKey);
        save.setText(getTranslation(titleKey));
        reason.setLabel(getTranslation(labelKey));
        reason.setMaxLength(maxLength);
        reason.setWidthFull();
        // The browser keeps to the length; the service checks it again.
        var binding = binder.forField(reason);
        if (required) {
            binding.asRequired(getTranslation("validation.required"));
        }
        binding.bind(Reason.REASON);
        binder.readBean(details());
        add(reason);
    }

    /** Adds a sentence above the reason, saying what the action does. */
    public ReasonDialog explaining(String text) {
        addComponentAsFirst(new Paragraph(text));
        return this;
    }

    /** The reason as typed (valid when the save event is raised). */
    public String reason() {
        return details().getReason();
    }
}
