package org.consilium.family.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import org.consilium.base.ui.MultiSelects;
import org.consilium.agency.Agency;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.family.DuplicateCandidate;
import org.consilium.family.FamilyCategory;
import org.consilium.family.FamilyDetails;
import org.consilium.family.FamilyService;
import org.consilium.family.MemberDetails;
import org.consilium.family.Relation;
import org.consilium.family.Sex;

/**
 * Registers a family: address, categories and members. The view registers it through
 * {@link FamilyService#register} with {@link #duplicatesReviewed()}; when the service refuses it as
 * likely known, the matches are shown here and the user either takes one of them ({@link TakeEvent})
 * or confirms that it is a new family, which saves again.
 */
public class NewFamilyDialog extends EditDialog<FamilyDetails> {

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
    final Button saveAnyway = new Button();
    private final BeanValidationBinder<MemberDetails> memberBinder = new BeanValidationBinder<>(MemberDetails.class);
    private final FamilyService families;
    private boolean duplicatesReviewed;

    /**
     * @param schools the schools a child may attend
     * @param today   the latest birth date allowed
     */
    public NewFamilyDialog(FamilyService families, List<Agency> schools, LocalDate today) {
        super(FamilyDetails.class, null, 0, new FamilyDetails(), "family.new");
        this.families = families;
        setWidth("min(60rem, 100%)");

        address.setLabel(getTranslation("family.address"));
        address.setWidthFull();
        district.setLabel(getTranslation("agency.district"));
        categories.setLabel(getTranslation("family.categories"));
        categories.setI18n(MultiSelects.i18n(this));
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
                details().getMembers().remove(m);
                memberGrid.setItems(details().getMembers());
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
        Dates.notAfter(Dates.labelled(birthDate, "family.member.birthDate"), today,
                getTranslation("family.member.birthDateFuture"));
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
        // The family's own fields go to the dialog's binder, the member being added to its own.
        bindFields();
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
        saveAnyway.setText(getTranslation("family.saveAnyway"));
        saveAnyway.setVisible(false);
        saveAnyway.addClickListener(e -> saveAnyway());
        getFooter().removeAll();
        getFooter().add(cancel, saveAnyway, save);
    }

    private void addMember() {
        if (memberBinder.validate().isOk()) {
            details().getMembers().add(memberBinder.getBean());
            memberGrid.setItems(details().getMembers());
            memberBinder.setBean(new MemberDetails());
            membersError.setText("");
        }
    }

    /** Whether the user has seen the likely matches and confirmed that this is a new family. */
    public boolean duplicatesReviewed() {
        return duplicatesReviewed;
    }

    /** Saves as the primary button does, once, with the likely matches confirmed as seen. */
    private void saveAnyway() {
        duplicatesReviewed = true;
        try {
            save.click();
        } finally {
            duplicatesReviewed = false;
        }
    }

    /** A refusal about the members is shown under them; likely matches are listed to choose from. */
    @Override
    public void showError(BusinessException e) {
        if (!e.getField().map(f -> f.startsWith(FamilyDetails.MEMBERS)).orElse(false)) {
            super.showError(e);
        } else if (DuplicateCandidate.FOUND.equals(e.getMessageKey())) {
            showDuplicates(families.likelyDuplicates(details()));
        } else {
            membersError.setText(Notifications.text(this, e));
        }
    }

    private void showDuplicates(List<DuplicateCandidate> candidates) {
        duplicates.removeAll();
        duplicates.add(new H3(getTranslation("family.duplicates.title")), new Paragraph(getTranslation(DuplicateCandidate.FOUND)));
        for (DuplicateCandidate c : candidates) {
            Div row = new Div();
            row.addClassName("duplicate");
            Span text = new Span(c.familyName() + (c.address().isEmpty() ? "" : ", " + c.address()) + " — "
                    + String.join(", ", c.memberNames()) + " (" + getTranslation(c.reason().messageKey()) + ")");
            Button take = new Button(getTranslation("family.duplicates.take"), e -> {
                close();
                fireEvent(new TakeEvent(this, c.familyId()));
            });
            take.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(text, take);
            duplicates.add(row);
        }
        duplicates.setVisible(true);
        saveAnyway.setVisible(true);
    }

    public Registration addTakeListener(ComponentEventListener<TakeEvent> listener) {
        return addListener(TakeEvent.class, listener);
    }

    /** The user chose a family already known instead of registering a new one. */
    public static class TakeEvent extends ComponentEvent<NewFamilyDialog> {

        private final long familyId;

        TakeEvent(NewFamilyDialog source, long familyId) {
            super(source, false);
            this.familyId = familyId;
        }

        public long familyId() {
            return familyId;
        }
    }
}
