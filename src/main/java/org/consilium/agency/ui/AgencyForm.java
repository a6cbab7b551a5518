package org.consilium.agency.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.FormErrors;

/** A dialog to create or edit an agency. Raises {@link SaveEvent}; the view does the saving. */
class AgencyForm extends Dialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final ComboBox<AgencyType> type = new ComboBox<>();
    final TextField district = new TextField();
    final Button save = new Button();
    final Button cancel = new Button();
    final BeanValidationBinder<AgencyDetails> binder = new BeanValidationBinder<>(AgencyDetails.class);

    private final Long agencyId;
    private final long version;
    private final AgencyDetails details;

    /** @param agency the agency to edit, or {@code null} for a new one */
    AgencyForm(Agency agency) {
        this.agencyId = agency == null ? null : agency.getId();
        this.version = agency == null ? 0 : agency.getVersion();
        this.details = agency == null ? new AgencyDetails() : AgencyDetails.of(agency);
        setHeaderTitle(getTranslation(agency == null ? "agency.new" : "agency.edit"));
        setModal(true);
        setCloseOnOutsideClick(false);

        code.setLabel(getTranslation("agency.code"));
        code.setHelperText(getTranslation("agency.code.help"));
        code.setMaxLength(Agency.CODE_MAX);
        code.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("agency.name"));
        name.setMaxLength(Agency.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        type.setLabel(getTranslation("agency.type"));
        type.setItems(AgencyType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setRequiredIndicatorVisible(true);
        district.setLabel(getTranslation("agency.district"));
        district.setMaxLength(Agency.DISTRICT_MAX);

        binder.bindInstanceFields(this);
        binder.readBean(details);

        FormLayout form = new FormLayout(code, name, type, district);
        form.setColspan(name, 2);
        add(form);

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

    Long agencyId() {
        return agencyId;
    }

    long version() {
        return version;
    }

    AgencyDetails details() {
        return details;
    }

    void showError(BusinessException e) {
        FormErrors.show(binder, e, this);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<AgencyForm> {
        SaveEvent(AgencyForm source) {
            super(source, false);
        }
    }
}
