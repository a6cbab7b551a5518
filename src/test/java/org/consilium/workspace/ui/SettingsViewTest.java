package org.consilium.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.consilium.agency.AgencyType;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseNorms;
import org.consilium.casefile.CaseStage;
import org.consilium.referral.ReferralService;
import org.consilium.referral.Urgency;
import org.consilium.security.AppRoles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.WorkRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SettingsViewTest extends KaribuTest {

    @Autowired
    ReferralService referrals;

    @Autowired
    CaseNorms cases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    WorkRules rules;

    @Autowired
    StaffAccounts staff;

    @AfterEach
    void restore() {
        signedIn.as("admin", () -> {
            rules.responseHours(Urgency.URGENT, 72);
            rules.caseloadNorm(CaseModel.BROKER, 35);
            rules.stageDays(CaseStage.PLANNING, 14);
        });
    }

    @Test
    void a_wrong_value_is_marked_at_its_field_and_nothing_is_saved_then_the_corrected_rules_are_saved() {
        signIn("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/settings");
        SettingsView view = _get(SettingsView.class);
        view.targets.get(Urgency.URGENT).setValue(48);
        view.norms.get(CaseModel.BROKER).setValue(30);
        view.norms.get(CaseModel.CLINICAL).setValue(0);
        view.stageLimits.get(CaseStage.PLANNING).setValue(400);
        _click(view.save);

        assertThat(view.stageLimits.get(CaseStage.PLANNING).getErrorMessage()).isEqualTo("Between 1 and 365 days");
        assertThat(view.norms.get(CaseModel.CLINICAL).isInvalid()).isTrue();
        assertThat(view.norms.get(CaseModel.CLINICAL).getErrorMessage()).isEqualTo("Between 1 and 200 cases");
        assertThat(signedIn.as("admin", () -> referrals.responseTargets()).stream()
                .filter(t -> t.getUrgency() == Urgency.URGENT).findFirst().orElseThrow().getHours()).isEqualTo(72);

        view.norms.get(CaseModel.CLINICAL).setValue(10);
        view.stageLimits.get(CaseStage.PLANNING).setValue(21);
        _click(view.save);
        assertThat(signedIn.as("admin", () -> cases.stageTimeLimits()).stream()
                .filter(l -> l.getStage() == CaseStage.PLANNING).findFirst().orElseThrow().getDays())
                .isEqualTo(21);
        assertThat(signedIn.as("admin", () -> referrals.responseTargets()).stream()
                .filter(t -> t.getUrgency() == Urgency.URGENT).findFirst().orElseThrow().getHours()).isEqualTo(48);
        assertThat(signedIn.as("admin", () -> cases.norms()).stream()
                .filter(n -> n.getModel() == CaseModel.BROKER).findFirst().orElseThrow().getCaseloadNorm()).isEqualTo(30);
    }

    @Test
    void when_another_administrator_changed_a_rule_meanwhile_nothing_is_saved_and_they_are_named() {
        String other = staff.create("adm.", "Марта Гнатюк", AppRoles.ADMIN, AgencyType.SOCIAL_SERVICES, "rules-admin-1");
        signIn("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/settings");
        SettingsView view = _get(SettingsView.class);

        // The other administrator changes the planning stage's limit while this page is open.
        signedIn.as(other, () -> rules.stageDays(CaseStage.PLANNING, 20));
        view.targets.get(Urgency.URGENT).setValue(48);
        view.stageLimits.get(CaseStage.PLANNING).setValue(21);
        _click(view.save);

        assertThat(NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()))
                .anySatisfy(text -> assertThat(text).contains("Марта Гнатюк"));
        assertThat(signedIn.as("admin", () -> cases.stageTimeLimits()).stream()
                .filter(l -> l.getStage() == CaseStage.PLANNING).findFirst().orElseThrow().getDays())
                .as("the other administrator's value stays").isEqualTo(20);
        assertThat(signedIn.as("admin", () -> referrals.responseTargets()).stream()
                .filter(t -> t.getUrgency() == Urgency.URGENT).findFirst().orElseThrow().getHours())
                .as("nothing of this page was saved").isEqualTo(72);
    }
}
