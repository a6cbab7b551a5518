package org.consilium.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.EnumSet;
import java.util.Locale;
import org.consilium.agency.AgencyType;
import org.consilium.base.ui.AccessDeniedView;
import org.consilium.casefile.SharedCase;
import org.consilium.testing.KaribuTest;
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
    void an_agency_that_does_not_take_part_typing_the_address_is_refused_and_the_attempt_is_logged() {
        signIn("health");
        UI.getCurrent().navigate("shared-case/" + caseId);
        _get(AccessDeniedView.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE username = 'health' AND action = 'DENIED' AND entity_id = ?",
                Long.class, caseId)).isEqualTo(1);
    }
}
