package org.consilium.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import org.consilium.base.BusinessException;

/**
 * A modal dialog that edits one record's details bean. It checks the input with bean validation and,
 * when it is valid, raises {@link SaveEvent}; the view saves through its service and either closes
 * the dialog or hands the refusal back with {@link #showError}. Cancel closes without saving.
 *
 * @param <D> the details bean the form binds to
 */
public abstract class EditDialog<D> extends Dialog {

    public final Button save = new Button();
    public final Button cancel = new Button();
    protected final BeanValidationBinder<D> binder;

    private final Long recordId;
    private final long version;
    private final D details;

    /**
     * @param recordId the record being edited, or {@code null} for a new one
     * @param version  the version the record was read at (ignored for a new one)
     */
    protected EditDialog(Class<D> type, Long recordId, long version, D details, String titleKey) {
        this.recordId = recordId;
        this.version = version;
        this.details = details;
        this.binder = new BeanValidationBinder<>(type);
        setHeaderTitle(getTranslation(titleKey));
        setModal(true);
        setCloseOnOutsideClick(false);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(details)) {
                fireEvent(new SaveEvent(this));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    /** Binds the subclass's fields by name and shows the details; call once the fields are set up. */
    protected void bindFields() {
        binder.bindInstanceFields(this);
        binder.readBean(details);
    }

    public boolean isNew() {
        return recordId == null;
    }

    public Long recordId() {
        return recordId;
    }

    public long version() {
        return version;
    }

    public D details() {
        return details;
    }

    public void showError(BusinessException e) {
        FormErrors.show(binder, e, this);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The user asked to save valid input. */
    public static class SaveEvent extends ComponentEvent<EditDialog<?>> {
        SaveEvent(EditDialog<?> source) {
            super(source, false);
        }
    }
}
