package org.consilium.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountDetails;
import org.consilium.agency.Agency;
import org.consilium.base.Languages;
import org.consilium.base.ui.EditDialog;
import org.consilium.family.Family;
import org.consilium.security.AppRoles;

/** A dialog to create or edit a user account. */
class UserForm extends EditDialog<UserAccountDetails> {

    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final TextField email = new TextField();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final ComboBox<Agency> agency = new ComboBox<>();
    final ComboBox<Family> family = new ComboBox<>();
    final ComboBox<Locale> locale = new ComboBox<>();
    final Checkbox enabled = new Checkbox();
    final PasswordField newPassword = new PasswordField();

    /** @param accountId the account to edit, or {@code null} for a new one */
    UserForm(Long accountId, long version, UserAccountDetails details, List<Agency> agencies, List<Family> families) {
        super(UserAccountDetails.class, accountId, version, details, accountId == null ? "account.new" : "account.edit");
        boolean isNew = accountId == null;
        setWidth("min(52rem, 100%)");

        username.setLabel(getTranslation("account.username"));
        username.setHelperText(getTranslation("account.username.help"));
        username.setMaxLength(UserAccount.USERNAME_MAX);
        username.setRequiredIndicatorVisible(true);
        username.setReadOnly(!isNew);
        fullName.setLabel(getTranslation("account.fullName"));
        fullName.setMaxLength(UserAccount.FULL_NAME_MAX);
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("account.email"));
        email.setMaxLength(UserAccount.EMAIL_MAX);
        roles.setLabel(getTranslation("account.roles"));
        roles.setItems(AppRoles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        roles.setRequiredIndicatorVisible(true);
        agency.setLabel(getTranslation("account.agency"));
        agency.setItems(agencies);
        agency.setItemLabelGenerator(Agency::getName);
        agency.setClearButtonVisible(true);
        family.setLabel(getTranslation("account.family"));
        family.setItems(families);
        family.setItemLabelGenerator(f -> f.getName() + (f.getDistrict().isEmpty() ? "" : " (" + f.getDistrict() + ")"));
        family.setClearButtonVisible(true);
        locale.setLabel(getTranslation("account.language"));
        locale.setItems(Languages.SUPPORTED);
        locale.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        locale.setPlaceholder(getTranslation("account.language.browser"));
        locale.setClearButtonVisible(true);
        enabled.setLabel(getTranslation("account.enabled"));
        newPassword.setLabel(getTranslation(isNew ? "account.password" : "account.password.reset"));
        newPassword.setHelperText(getTranslation("account.password.help", UserAccount.PASSWORD_MIN));
        newPassword.setRequiredIndicatorVisible(isNew);

        bindFields();
        roles.addValueChangeListener(e -> showPlaceFields());
        showPlaceFields();

        FormLayout form = new FormLayout(username, fullName, email, locale, roles, agency, family, newPassword, enabled);
        form.setColspan(roles, 2);
        add(form);
    }

    /** A family member's account links to a family; everyone else's to an agency. */
    private void showPlaceFields() {
        boolean familyMember = roles.getValue().contains(AppRoles.FAMILY);
        family.setVisible(familyMember);
        agency.setVisible(!familyMember);
    }
}
