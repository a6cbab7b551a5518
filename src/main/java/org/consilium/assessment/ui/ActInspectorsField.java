package org.consilium.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.consilium.assessment.ActFormOptions;
import org.consilium.assessment.HousingAct;
import org.consilium.assessment.HousingActDetails.Inspector;

/**
 * Who inspected the home: a row with name and position for each person, one picked from the team's
 * staff (their role offered as the position) or typed, as for an inspector of another agency. A refusal
 * about the inspectors (none named, a position missing) shows under the whole field.
 */
class ActInspectorsField extends CustomField<List<Inspector>> {

    final Div rows = new Div();
    final ComboBox<ActFormOptions.Staff> colleague = new ComboBox<>();
    final Button addPerson = new Button();
    private final List<Row> lines = new ArrayList<>();

    /** One person's row. */
    record Row(TextField name, TextField post, HorizontalLayout layout) {
    }

    ActInspectorsField(List<ActFormOptions.Staff> staff) {
        setLabel(getTranslation("assessment.act.field.inspectors"));
        setHelperText(getTranslation("assessment.act.inspectors.help"));
        setWidthFull();
        colleague.setPlaceholder(getTranslation("assessment.act.inspectors.pick"));
        colleague.setAriaLabel(getTranslation("assessment.act.inspectors.pick"));
        colleague.setWidth("18rem");
        colleague.setItems(staff);
        colleague.setItemLabelGenerator(ActFormOptions.Staff::name);
        colleague.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                addRow(e.getValue().name(), post(e.getValue()));
                colleague.clear();
                updateValue();
            }
        });
        addPerson.setText(getTranslation("assessment.act.inspectors.add"));
        addPerson.setIcon(VaadinIcon.PLUS.create());
        addPerson.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addPerson.addClickListener(e -> {
            addRow("", "");
            updateValue();
        });
        HorizontalLayout more = new HorizontalLayout(colleague, addPerson);
        more.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(rows, more);
    }

    /** The position offered for a colleague: the label of their role, to be changed if it is not their post. */
    String post(ActFormOptions.Staff staff) {
        return staff.roleKey() == null ? "" : getTranslation(staff.roleKey());
    }

    List<Row> lines() {
        return List.copyOf(lines);
    }

    private void addRow(String name, String post) {
        TextField nameField = new TextField();
        nameField.setPlaceholder(getTranslation("assessment.act.inspectors.name.placeholder"));
        nameField.setAriaLabel(getTranslation("assessment.act.inspectors.name.placeholder"));
        nameField.setMaxLength(HousingAct.INSPECTOR_NAME_MAX);
        nameField.setValue(name);
        TextField postField = new TextField();
        postField.setPlaceholder(getTranslation("assessment.act.inspectors.post.placeholder"));
        postField.setAriaLabel(getTranslation("assessment.act.inspectors.post.placeholder"));
        postField.setMaxLength(HousingAct.INSPECTOR_POST_MAX);
        postField.setValue(post);
        nameField.addValueChangeListener(e -> updateValue());
        postField.addValueChangeListener(e -> updateValue());
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("assessment.act.inspectors.remove"));
        remove.setTooltipText(getTranslation("assessment.act.inspectors.remove"));
        HorizontalLayout layout = new HorizontalLayout(nameField, postField, remove);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        layout.setFlexGrow(1, nameField, postField);
        layout.setWidthFull();
        Row row = new Row(nameField, postField, layout);
        remove.addClickListener(e -> {
            lines.remove(row);
            rows.remove(layout);
            updateValue();
        });
        lines.add(row);
        rows.add(layout);
    }

    @Override
    protected List<Inspector> generateModelValue() {
        return lines.stream().map(r -> new Inspector(r.name().getValue(), r.post().getValue())).toList();
    }

    @Override
    protected void setPresentationValue(List<Inspector> value) {
        lines.clear();
        rows.removeAll();
        for (Inspector i : value == null ? List.<Inspector>of() : value) {
            addRow(i.name() == null ? "" : i.name(), i.post() == null ? "" : i.post());
        }
    }
}
