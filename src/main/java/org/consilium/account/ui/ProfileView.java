package org.consilium.account.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.account.UserLanguage;
import org.consilium.base.Languages;
import org.consilium.base.ui.TitledView;

/** The signed-in user's own account: who they are here, and the language they read Consilium in. */
@Route("profile")
@PermitAll
class ProfileView extends VerticalLayout implements TitledView {

    final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    private final UserLanguage userLanguage;

    ProfileView(UserAccountService accounts, UserLanguage userLanguage) {
        this.userLanguage = userLanguage;
        addClassName("profile-view");
        accounts.signedIn().ifPresent(this::show);
    }

    private void show(SignedInUser user) {
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(user.fullName()), getTranslation("account.fullName"));
        facts.addFormItem(new Span(user.username()), getTranslation("account.username"));
        facts.addFormItem(new Span(user.roles().stream().sorted().map(r -> getTranslation("role." + r))
                .collect(Collectors.joining(", "))), getTranslation("account.roles"));
        if (user.agencyName() != null) {
            facts.addFormItem(new Span(user.agencyName()), getTranslation("account.agency"));
        }
        if (user.familyName() != null) {
            facts.addFormItem(new Span(user.familyName()), getTranslation("account.family"));
        }
        language.setLabel(getTranslation("account.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(Languages.bestMatch(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                userLanguage.switchTo(e.getValue());
            }
        });
        add(facts, language);
    }

    @Override
    public String viewTitle() {
        return getTranslation("profile.title");
    }
}
