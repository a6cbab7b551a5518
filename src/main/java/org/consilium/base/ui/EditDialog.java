package org.consilium.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.function.Supplier;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;

/**
 * The one dialog pattern of Consilium (decision 0015): a modal dialog that edits one details bean
 * through a {@link BeanValidationBinder}. When the input is valid it raises a typed {@link SaveEvent};
 * the view saves through its service with {@link #submit}, which closes the dialog on success and
 * otherwise shows the refusal at the field it names (the dialog stays open, nothing typed is lost),
 * or, for a lost race, who saved first with a way to reload. Cancel closes without saving.
 * Field names are constants on the details class, shared with the service's refusals.
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
    private Runnable reload = () -> UI.getCurrent().refreshCurrentRoute(false);

    /**
     * @param recordId the record being edited, or {@code null} for a new one
     * @param version  the version the record was read at (ignored for a new one)
     */
    protected EditDialog(Class<D> type, Long recordId, long version, D details, String titleKey, Object... titleArguments) {
        this.recordId = recordId;
        this.version = version;
        this.details = details;
        this.binder = new BeanValidationBinder<>(type);
        setHeaderTitle(getTranslation(titleKey, titleArguments));
        setModal(true);
        setCloseOnOutsideClick(false);
        setWidth("min(36rem, 95vw)");

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

    /** What "Reload" does after a lost race (by default the page is shown again from the database). */
    public EditDialog<D> onReload(Runnable reload) {
        this.reload = reload;
        return this;
    }

    /**
     * Runs the service call that saves the details. On success the dialog closes and {@code true} is
     * returned; a refusal is shown ({@link #showError}) and the dialog stays open.
     */
    public boolean submit(Runnable saveThroughService) {
        return submitAndReturn(() -> {
            saveThroughService.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * {@link #submit} for a page that shows what was saved (its name, its due time): the saved record
     * on success, empty after a refusal.
     */
    public <T> Optional<T> submitAndReturn(Supplier<T> saveThroughService) {
        try {
            T saved = saveThroughService.get();
            close();
            return Optional.of(saved);
        } catch (BusinessException e) {
            showError(e);
            return Optional.empty();
        }
    }

    /**
     * Shows a refusal: at the field it names; a lost race names the winner and offers to reload; any
     * other refusal as an error notification.
     */
    public void showError(BusinessException e) {
        if (e instanceof EditConflictException conflict) {
            Notifications.conflict(this, conflict, () -> {
                close();
                reload.run();
            });
        } else {
            FormErrors.show(binder, e, this);
        }
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
