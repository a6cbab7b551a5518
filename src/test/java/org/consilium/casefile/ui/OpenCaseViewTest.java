package org.consilium.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.EnumSet;
import java.util.Locale;
import org.consilium.agency.AgencyType;
import org.consilium.base.ui.AccessDeniedView;
import org.consilium.casefile.CaseDecision;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseNorms;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CuratorLoad;
import org.consilium.casefile.DecisionCriterion;
import org.consilium.casefile.SupportLevel;
import org.consilium.referral.Referral;
import org.consilium.security.AppRoles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.consilium.testing.WorkRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OpenCaseViewTest extends KaribuTest {

    @Autowired
    TestCases testCases;

    @Autowired
    CaseService cases;

    @Autowired
    CaseNorms norms;

    @Autowired
    SignedIn signedIn;

    @Autowired
    WorkRules rules;

    @Autowired
    StaffAccounts staff;

    @AfterEach
    void restoreNorm() {
        signedIn.as("admin", () -> rules.caseloadNorm(CaseModel.CLINICAL, CaseModel.CLINICAL.defaultNorm()));
    }

    @Test
    void the_supervisor_sees_caseloads_must_confirm_an_overload_and_then_the_case_opens() {
        String curator = staff.create("full.", "Зайнята Кураторка", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "curator-pass-1");
        long curatorId = staff.idOf(curator);
        signedIn.as("admin", () -> rules.caseloadNorm(CaseModel.CLINICAL, 1));
        Referral first = testCases.verifiedReferralForNewFamily();
        signedIn.as("supervisor", () -> cases.openFromReferral(first.getId(), first.getVersion(),
                new CaseDecision(SupportLevel.BASIC, CaseModel.CLINICAL, EnumSet.of(DecisionCriterion.MANY_PROBLEMS), null),
                curatorId, true));
        Referral referral = testCases.verifiedReferralForNewFamily();

        signIn("supervisor");
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(OpenCaseView.class, referral.getId());
        OpenCaseView view = _get(OpenCaseView.class);
        view.level.setValue(SupportLevel.CRISIS);
        view.model.setValue(CaseModel.CLINICAL);
        view.criteria.setValue(EnumSet.of(DecisionCriterion.CANNOT_REACH_SERVICE_ALONE));
        CuratorLoad load = view.curator.getListDataView().getItems().filter(l -> l.curatorId() == curatorId).findFirst().orElseThrow();
        assertThat(view.curator.getItemLabelGenerator().apply(load)).isEqualTo("Зайнята Кураторка: 1 of 1");
        view.curator.setValue(load);
        assertThat(view.confirmOverload.isVisible()).isTrue();

        _click(view.open);
        assertThat(view.curator.isInvalid()).isTrue();
        assertThat(view.curator.getErrorMessage()).contains("already has 1 open case;");

        view.confirmOverload.setValue(true);
        _click(view.open);
        CasePageView page = _get(CasePageView.class);
        assertThat(page.familyName.getText()).isEqualTo("Case of the Савченко family");
    }

    @Test
    void a_referral_that_does_not_exist_shows_the_access_denied_page() {
        signIn("supervisor");
        UI.getCurrent().navigate("open-case/" + Long.MAX_VALUE);
        _get(AccessDeniedView.class);
    }
}
