package org.consilium.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.Tab;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.consilium.assessment.ActFormOptions;
import org.consilium.assessment.HousingActChoices.Dwelling;
import org.consilium.assessment.HousingActChoices.Food;
import org.consilium.assessment.HousingActChoices.Heating;
import org.consilium.assessment.HousingActChoices.Sanitation;
import org.consilium.assessment.HousingActChoices.Sleeping;
import org.consilium.assessment.HousingActChoices.Study;
import org.consilium.assessment.HousingActChoices.Tenure;
import org.consilium.assessment.HousingActChoices.Upkeep;
import org.consilium.assessment.HousingActChoices.Water;
import org.consilium.assessment.HousingActDetails.Inspector;
import org.consilium.security.AppRoles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The housing-conditions act on a case's assessment page: the curator records an inspection (and is told
 * at the inspectors' field that an act needs someone who inspected), reads it and reaches its PDF; the
 * supervisor changes it; a curator of the team only reads it.
 */
class HousingActViewTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcTemplate jdbc;

    private PlanningCase c;

    @BeforeEach
    void aCase() {
        c = testPlans.caseInPlanning();
    }

    private HousingActPanel tab(String user) {
        signIn(user);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("assessment/" + c.caseId());
        AssessmentView page = _get(AssessmentView.class);
        page.tabs.setSelectedTab(_get(page.tabs, Tab.class, spec -> spec.withLabel("Housing conditions act")));
        return _get(HousingActPanel.class);
    }

    private long acts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM housing_act WHERE case_id = ?", Long.class, c.caseId());
    }

    @Test
    void the_curator_records_an_inspection_is_told_an_act_needs_an_inspector_and_reaches_the_pdf() {
        HousingActPanel panel = tab("curator");
        assertThat(panel.list.getElement().getTextRecursively()).contains("No inspection of the family’s home has been recorded yet.");
        _click(panel.drawUp);
        HousingActForm form = _get(HousingActForm.class);
        assertThat(form.inspectedOn.getValue()).isEqualTo(LocalDate.now());
        assertThat(form.inspectors.getValue()).extracting(Inspector::name).containsExactly("Ірина Коваль");
        assertThat(form.inspectors.getValue()).extracting(Inspector::post).containsExactly("Curator (case manager)");
        assertThat(form.children.lines()).extracting(r -> r.child().name()).containsExactly("Савченко Ігор");

        form.address.setValue("вул. Олеся Гончара, 8, кв. 15");
        form.present.setValue(Set.of(c.motherId()));
        form.dwelling.setValue(Dwelling.APARTMENT);
        form.tenure.setValue(Tenure.RENTED);
        form.rooms.setValue(1);
        form.livingArea.setValue(new BigDecimal("18.5"));
        form.heating.setValue(Heating.CENTRAL);
        form.water.setValue(Water.INDOOR);
        form.sanitation.setValue(Sanitation.SHARED);
        form.upkeep.setValue(Upkeep.SATISFACTORY);
        form.food.setValue(Food.SUFFICIENT);
        ActChildrenField.Row igor = form.children.lines().getFirst();
        igor.sleeping().setValue(Sleeping.OWN_BED);
        igor.study().setValue(Study.SHARED_DESK);
        igor.note().setValue("Стіл на кухні");
        form.conclusion.setValue("Умови задовільні; потрібне місце для навчання.");
        ActInspectorsField.Row me = form.inspectors.lines().getFirst();
        me.name().setValue("");
        me.post().setValue("");
        _click(form.save);

        assertThat(form.isOpened()).isTrue();
        assertThat(form.inspectors.isInvalid()).isTrue();
        assertThat(form.inspectors.getErrorMessage()).contains("an act without an inspector cannot be saved");
        assertThat(acts()).as("nothing saved").isZero();

        ActFormOptions.Staff supervisor = form.inspectors.colleague.getListDataView().getItems()
                .filter(s -> s.name().equals("Андрій Мороз")).findFirst().orElseThrow();
        form.inspectors.colleague.setValue(supervisor);
        assertThat(form.inspectors.getValue()).extracting(Inspector::name).contains("Андрій Мороз");
        _click(form.save);

        assertThat(form.isOpened()).isFalse();
        assertThat(acts()).isEqualTo(1L);
        HousingActPanel after = _get(HousingActPanel.class);
        assertThat(_get(after.list, Card.class).getTitleAsText()).startsWith("Inspection of ");
        assertThat(after.list.getElement().getTextRecursively()).contains("Apartment", "Андрій Мороз", "Ірина Коваль");
        Anchor pdf = _get(after.list, Anchor.class, spec -> spec.withText("Print (PDF)"));
        assertThat(pdf.getHref()).isNotBlank();

        _click(_get(after.list, Button.class, spec -> spec.withText("Read the act")));
        HousingActDialog dialog = _get(HousingActDialog.class);
        assertThat(dialog.body.getElement().getTextRecursively()).contains("вул. Олеся Гончара, 8, кв. 15", "Савченко Олена",
                "Андрій Мороз — Supervisor", "18.5 m²", "Own bed", "Shared desk or table", "Стіл на кухні",
                "Умови задовільні; потрібне місце для навчання.", "None found.");
        assertThat(dialog.revise.isVisible()).isTrue();
    }

    @Test
    void the_supervisor_changes_the_act_and_a_curator_of_the_team_only_reads_it() {
        the_curator_records_an_inspection_is_told_an_act_needs_an_inspector_and_reaches_the_pdf();

        HousingActPanel panel = tab("supervisor");
        _click(_get(panel.list, Button.class, spec -> spec.withText("Change the act")));
        HousingActForm form = _get(HousingActForm.class);
        assertThat(form.inspectors.getValue()).extracting(Inspector::name).containsExactly("Андрій Мороз");
        form.livingArea.setValue(new BigDecimal("0"));
        _click(form.save);
        assertThat(form.livingArea.isInvalid()).isTrue();
        assertThat(form.livingArea.getErrorMessage()).contains("more than zero");
        form.livingArea.setValue(new BigDecimal("20"));
        form.hazards.setValue("Відкрита електропроводка біля ліжка");
        _click(form.save);
        assertThat(form.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("SELECT hazards FROM housing_act WHERE case_id = ?", String.class, c.caseId()))
                .isEqualTo("Відкрита електропроводка біля ліжка");

        String colleague = staff.createBeside("curator", "cur.", "Оксана Мельничук", AppRoles.CURATOR, "colleague-123");
        HousingActPanel read = tab(colleague);
        assertThat(read.drawUp.isVisible()).isFalse();
        assertThat(read.list.getElement().getTextRecursively()).doesNotContain("Change the act").contains("Read the act", "Print (PDF)");
    }
}
