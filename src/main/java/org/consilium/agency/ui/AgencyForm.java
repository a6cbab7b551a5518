package org.consilium.agency.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyType;
import org.consilium.base.ui.EditDialog;

/** A dialog to create or edit an agency. */
class AgencyForm extends EditDialog<AgencyDetails> {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final ComboBox<AgencyType> type = new ComboBox<>();
    final TextField district = new TextField();

    /** @param agency the agency to edit, or {@code null} for a new one */
    AgencyForm(Agency agency) {
        super(AgencyDetails.class, agency == null ? null : agency.getId(), agency == null ? 0 : agency.getVersion(),
                agency == null ? new AgencyDetails() : AgencyDetails.of(agency),
                agency == null ? "agency.new" : "agency.edit");

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
        bindFields();

        FormLayout form = new FormLayout(code, name, type, district);
        form.setColspan(name, 2);
        add(form);
    }
}
