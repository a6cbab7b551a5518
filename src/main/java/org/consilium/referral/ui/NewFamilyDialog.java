package org.consilium.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.consilium.agency.Agency;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.family.DuplicateCandidate;
import org.consilium.family.Family;
import org.consilium.family.FamilyCategory;
import org.consilium.family.FamilyDetails;
import org.consilium.family.FamilyService;
import org.consilium.family.MemberDetails;
import org.consilium.family.Relation;
import org.consilium.family.Sex;

/**
 * Registers the family a referral is about: address, categories and members. Before saving, likely
 * matches among known families are shown, and intake can take one of them instead.
 */
class NewFamilyDialog extends Dialog {

    final TextField address = new TextField();
    final TextField district = new TextField();
    final MultiSelectComboBox<FamilyCategory> categories = new MultiSelectComboBox<>();
    final Grid<MemberDetails> memberGrid = new Grid<>();
    final Span membersError = new Span();
    final TextField lastName = new TextField();
    final TextField firstName = new TextField();
    final DatePicker birthDate = new DatePicker();
    final ComboBox<Sex> sex = new ComboBox<>();
    final ComboBox<Relation> relation = new ComboBox<>();
    final ComboBox<Agency> school = new ComboBox<>();
    final TextField schoolClass = new TextField();
    final Button addMember = new Button();
    final Div duplicates = new Div();
    final Button save = new Button();
    final Button saveAnyway = new Button();
    private final List<MemberDetails> members = new ArrayList<>();
    private final BeanValidationBinder<MemberDetails> memberBinder = new BeanValidationBinder<>(MemberDetails.class);
    private final FamilyService families;
    private final Consumer<Family> onChosen;

    NewFamilyDialog(FamilyService families, List<Agency> schools, Consumer<Family> onChosen) {
        this.families = families;
        this.onChosen = onChosen;
        setHeaderTitle(getTranslation("family.new"));
        setWidth("min(60rem, 100%)");
        setCloseOnOutsideClick(false);

        address.setLabel(getTranslation("family.address"));
        address.setWidthFull();
        district.setLabel(getTranslation("agency.district"));
        categories.setLabel(getTranslation("family.categories"));
        categories.setItems(families.categories());
        categories.setItemLabelGenerator(c -> c.name(getLocale()));
        FormLayout familyForm = new FormLayout(address, district, categories);
        familyForm.setColspan(address, 2);
        familyForm.setColspan(categories, 2);

        memberGrid.addColumn(m -> m.getLastName() + " " + m.getFirstName()).setHeader(getTranslation("family.member.name")).setFlexGrow(1);
        memberGrid.addColumn(m -> getTranslation(m.getRelation().messageKey())).setHeader(getTranslation("family.member.relation")).setAutoWidth(true);
        memberGrid.addColumn(m -> m.getBirthDate() == null ? "" : Formats.date(m.getBirthDate(), getLocale()))
                .setHeader(getTranslation("family.member.birthDate")).setAutoWidth(true);
        memberGrid.addComponentColumn(m -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                members.remove(m);
                memberGrid.setItems(members);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("family.member.remove"));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        memberGrid.setAllRowsVisible(true);
        memberGrid.setEmptyStateText(getTranslation("family.members.required"));
        membersError.addClassName("field-error");

        lastName.setLabel(getTranslation("family.member.lastName"));
        firstName.setLabel(getTranslation("family.member.firstName"));
        birthDate.setLabel(getTranslation("family.member.birthDate"));
        birthDate.setMax(LocalDate.now());
        birthDate.setLocale(getLocale());
        // The picker checks the date itself before the binder does: its messages must be the portal's too.
        birthDate.setI18n(new DatePicker.DatePickerI18n()
                .setMaxErrorMessage(getTranslation("family.member.birthDateFuture"))
                .setBadInputErrorMessage(getTranslation("validation.badDate")));
        sex.setLabel(getTranslation("family.member.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        relation.setLabel(getTranslation("family.member.relation"));
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        school.setLabel(getTranslation("family.member.school"));
        school.setItems(schools);
        school.setItemLabelGenerator(Agency::getName);
        schoolClass.setLabel(getTranslation("family.member.class"));
        relation.addValueChangeListener(e -> {
            boolean child = e.getValue() != null && e.getValue().isChild();
            school.setVisible(child);
            schoolClass.setVisible(child);
        });
        memberBinder.bindInstanceFields(this);
        memberBinder.setBean(new MemberDetails());
        addMember.setText(getTranslation("family.member.add"));
        addMember.setIcon(VaadinIcon.PLUS.create());
        addMember.addClickListener(e -> addMember());
        FormLayout memberForm = new FormLayout(lastName, firstName, birthDate, sex, relation, school, schoolClass, addMember);

        duplicates.addClassName("duplicates");
        duplicates.setVisible(false);
        add(familyForm, new H3(getTranslation("case.members")), memberGrid, membersError, memberForm, duplicates);

        save.setText(getTranslation("family.checkAndSave"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> checkAndSave());
        saveAnyway.setText(getTranslation("family.saveAnyway"));
        saveAnyway.setVisible(false);
        saveAnyway.addClickListener(e -> register(true));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), saveAnyway, save);
    }

    private void addMember() {
        if (memberBinder.validate().isOk()) {
            members.add(memberBinder.getBean());
            memberGrid.setItems(members);
            memberBinder.setBean(new MemberDetails());
            membersError.setText("");
        }
    }

    private FamilyDetails details() {
        FamilyDetails d = new FamilyDetails();
        d.setAddress(address.getValue());
        d.setDistrict(district.getValue());
        d.setCategories(categories.getValue());
        d.setMembers(members);
        return d;
    }

    void checkAndSave() {
        List<DuplicateCandidate> candidates = families.likelyDuplicates(details());
        if (candidates.isEmpty()) {
            register(false);
            return;
        }
        duplicates.removeAll();
        duplicates.add(new H3(getTranslation("family.duplicates.title")), new Paragraph(getTranslation("family.duplicate.found")));
        for (DuplicateCandidate c : candidates) {
            Div row = new Div();
            row.addClassName("duplicate");
            Span text = new Span(c.familyName() + (c.address().isEmpty() ? "" : ", " + c.address()) + " — "
                    + String.join(", ", c.memberNames()) + " (" + getTranslation(c.reason().messageKey()) + ")");
            Button take = new Button(getTranslation("family.duplicates.take"), e -> families.get(c.familyId()).ifPresent(f -> {
                close();
                onChosen.accept(f);
            }));
            take.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(text, take);
            duplicates.add(row);
        }
        duplicates.setVisible(true);
        saveAnyway.setVisible(true);
    }

    private void register(boolean duplicatesReviewed) {
        try {
            Family family = families.register(details(), duplicatesReviewed);
            close();
            onChosen.accept(family);
        } catch (BusinessException e) {
            String text = Notifications.text(this, e);
            if (e.getField().map(f -> f.startsWith("members")).orElse(false)) {
                membersError.setText(text);
            } else if (e.getField().map("address"::equals).orElse(false)) {
                address.setErrorMessage(text);
                address.setInvalid(true);
            } else {
                Notifications.error(text);
            }
        }
    }
}
