package org.consilium.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import java.util.Locale;
import org.consilium.agency.AgencyType;
import org.consilium.base.ui.AccessDeniedView;
import org.consilium.casefile.SharedCase;
import org.consilium.casefile.SharingService;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SharingViewsTest extends KaribuTest {

    @Autowired
    TestCases testCases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SharingService sharing;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    private long caseId;

    @BeforeEach
    void aNewCase() {
        caseId = testCases.openCaseForDemoCurator();
    }

    private SharingPanel curatorsPanel() {
        signIn("curator");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(CasePageView.class, caseId);
        return _get(CasePageView.class).sharingPanel;
    }

    @Test
    void the_curator_adds_the_school_records_the_familys_consent_and_the_school_then_sees_the_case() {
        SharingPanel panel = curatorsPanel();
        assertThat(panel.participants.getElement().getTextRecursively()).contains("No partner agency takes part yet.");
        panel.newAgency.setValue(panel.newAgency.getListDataView().getItems()
                .filter(a -> a.getCode().equals("SCH-12")).findFirst().orElseThrow());
        _click(panel.add);
        assertThat(panel.participants.getElement().getTextRecursively()).contains("Загальноосвітня школа № 12", "not shared: no consent");

        panel.openConsentDialog();
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> member = _get(dialog, ComboBox.class);
        member.setValue("Савченко Олена");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<AgencyType> types = _get(dialog, CheckboxGroup.class);
        assertThat(types.isInvalid()).isTrue();
        assertThat(types.getErrorMessage()).isEqualTo("Choose at least one kind of agency.");
        assertThat(dialog.isOpened()).isTrue();

        types.setValue(EnumSet.of(AgencyType.SCHOOL));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(panel.participants.getElement().getTextRecursively()).contains("shared with consent");
        assertThat(panel.consents.getElement().getTextRecursively()).contains("Савченко Олена: School");

        signIn("school");
        UI.getCurrent().navigate("shared");
        SharedCasesView list = _get(SharedCasesView.class);
        assertThat(GridKt._findAll(list.grid)).extracting(SharedCase::caseId).contains(caseId);
        UI.getCurrent().navigate(SharedCaseView.class, caseId);
        assertThat(_get(SharedCaseView.class).title.getText()).contains("Савченко");
    }

    @Test
    void the_curator_renews_an_emergency_override_with_a_reason_and_withdraws_it_after_confirming() {
        long police = staff.agencyOf(AgencyType.POLICE).getId();
        signedIn.as("curator", () -> {
            sharing.addParticipant(caseId, police);
            return sharing.emergencyOverride(caseId, police,
                    "Дитина повідомила про насильство вдома, поліція має знати адресу сьогодні");
        });
        signIn("police");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(SharedCaseView.class, caseId);
        assertThat(_get(SharedCaseView.class).facts.getElement().getTextRecursively()).contains("shared by emergency override until");

        SharingPanel panel = curatorsPanel();
        assertThat(panel.overrides.getElement().getTextRecursively()).contains("in force until", "waiting for a supervisor's review")
                .doesNotContain("renewed by");

        _click(_get(panel.overrides, Button.class, spec -> spec.withText("Renew")));
        Dialog renew = _get(Dialog.class);
        TextArea reason = _get(renew, TextArea.class);
        reason.setValue("ще триває");
        _click(_get(renew, Button.class, spec -> spec.withText("Renew")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage())
                .isEqualTo("Write at least 20 characters: why the child’s safety still requires sharing without consent.");
        assertThat(renew.isOpened()).isTrue();

        reason.setValue("Інспектор ще не бачив дітей, перевірка триває");
        _click(_get(renew, Button.class, spec -> spec.withText("Renew")));
        assertThat(renew.isOpened()).isFalse();
        assertThat(panel.overrides.getElement().getTextRecursively())
                .contains("in force until", "renewed by Ірина Коваль", "Інспектор ще не бачив дітей, перевірка триває");

        _click(_get(panel.overrides, Button.class, spec -> spec.withText("Withdraw")));
        Dialog confirm = _get(Dialog.class);
        assertThat(confirm.getElement().getTextRecursively()).contains("will no longer see this case");
        _click(_get(confirm, Button.class, spec -> spec.withText("Cancel")));
        assertThat(panel.overrides.getElement().getTextRecursively()).contains("in force until").doesNotContain("withdrawn by");

        _click(_get(panel.overrides, Button.class, spec -> spec.withText("Withdraw")));
        confirm = _get(Dialog.class);
        _click(_get(confirm, Button.class, spec -> spec.withText("Withdraw")));
        assertThat(confirm.isOpened()).isFalse();
        assertThat(panel.overrides.getElement().getTextRecursively()).contains("withdrawn by Ірина Коваль")
                .doesNotContain("in force until");
        assertThat(LocatorJ._find(panel.overrides, Button.class, spec -> spec.withText("Renew"))).isEmpty();
        assertThat(LocatorJ._find(panel.overrides, Button.class, spec -> spec.withText("Withdraw"))).isEmpty();
        assertThat(panel.participants.getElement().getTextRecursively()).contains("Сектор ювенальної превенції", "not shared: no consent");

        signIn("police");
        UI.getCurrent().navigate("shared-case/" + caseId);
        _get(AccessDeniedView.class);
    }

    @Test
    void an_agency_that_does_not_take_part_typing_the_address_is_refused_and_the_attempt_is_logged() {
        signIn("health");
        UI.getCurrent().navigate("shared-case/" + caseId);
        _get(AccessDeniedView.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE username = 'health' AND action = 'DENIED' AND entity_id = ?",
                Long.class, caseId)).isEqualTo(1);
    }
}
