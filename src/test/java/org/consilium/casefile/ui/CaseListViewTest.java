package org.consilium.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.consilium.base.CsvWriter;
import org.consilium.base.ExportFormat;
import org.consilium.base.Languages;
import org.consilium.base.ui.AccessDeniedView;
import org.consilium.casefile.CaseRow;
import org.consilium.casefile.CaseStage;
import org.consilium.referral.Urgency;
import org.consilium.testing.ExportFiles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseListViewTest extends KaribuTest {

    @Autowired
    TestCases testCases;

    @Autowired
    TestClock clock;

    @Autowired
    StaffAccounts staff;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void the_address_from_the_curators_home_presets_the_overdue_filter_and_the_list_filters_by_urgency() {
        long id = testCases.openCaseForDemoCurator();
        clock.advance(Duration.ofDays(40));
        signIn("curator");
        UI.getCurrent().navigate("cases", QueryParameters.fromString("overdue&curator=" + staff.idOf("curator")));
        CaseListView view = _get(CaseListView.class);
        assertThat(view.overdueOnly.getValue()).isTrue();
        assertThat(view.openOnly.getValue()).as("follow-up contacts can be overdue too").isFalse();
        assertThat(view.curator.getValue().fullName()).isEqualTo("Ірина Коваль");
        assertThat(GridKt._findAll(view.grid)).extracting(CaseRow::id).contains(id);
        assertThat(GridKt._findAll(view.grid)).allMatch(CaseRow::overdue);

        view.urgency.setValue(Urgency.EMERGENCY);
        assertThat(GridKt._findAll(view.grid)).extracting(CaseRow::id).doesNotContain(id);
        view.urgency.setValue(Urgency.URGENT);
        assertThat(GridKt._findAll(view.grid)).extracting(CaseRow::id).contains(id);
        view.overdueOnly.setValue(false);
        clock.reset();
        view.overdueOnly.setValue(true);
        assertThat(GridKt._findAll(view.grid)).extracting(CaseRow::id).as("due in the future again").doesNotContain(id);
    }

    @Test
    void the_supervisor_finds_a_case_by_a_family_members_name_in_latin_letters_and_filters_by_stage_and_curator() {
        long id = testCases.openCaseForDemoCurator();
        signIn("supervisor");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("cases");
        CaseListView view = _get(CaseListView.class);

        view.member.setValue("Qwertyuiop Zzyzx");
        assertThat(GridKt._findAll(view.grid)).as("a name no family member has").isEmpty();
        view.member.setValue("Savchenko Ihor");
        assertThat(GridKt._findAll(view.grid)).extracting(CaseRow::id).contains(id);

        view.stage.setValue(CaseStage.PLANNING);
        assertThat(GridKt._findAll(view.grid)).extracting(CaseRow::id).doesNotContain(id);
        view.stage.setValue(CaseStage.INITIAL_ASSESSMENT);
        assertThat(GridKt._findAll(view.grid)).extracting(CaseRow::id).contains(id);

        assertThat(view.district.getListDataView().getItems()).as("the districts of the team's families").contains("Шевченківський");
        view.stage.clear();
        view.member.clear();
        view.district.setValue("Шевченківський");
        assertThat(GridKt._findAll(view.grid)).as("the demo families of the district").isNotEmpty();
        assertThat(GridKt._findAll(view.grid)).as("the new family has no district").extracting(CaseRow::id).doesNotContain(id);
        view.district.clear();
        view.member.setValue("Savchenko Ihor");

        view.curator.setValue(view.curator.getListDataView().getItems()
                .filter(c -> c.fullName().equals("Ірина Коваль")).findFirst().orElseThrow());
        assertThat(GridKt._findAll(view.grid)).extracting(CaseRow::id).contains(id);
        assertThat(GridKt._findAll(view.grid)).allMatch(r -> r.curatorName().equals("Ірина Коваль"));
    }

    @Test
    void the_curator_and_the_supervisor_export_what_the_list_shows_them_with_its_filters() {
        long id = testCases.openCaseForDemoCurator();
        for (String user : new String[] {"curator", "supervisor"}) {
            signIn(user);
            UI.getCurrent().setLocale(Languages.UKRAINIAN);
            UI.getCurrent().navigate("cases");
            CaseListView view = _get(CaseListView.class);
            assertThat(view.export.excel.getText()).isEqualTo("Експорт в Excel");
            assertThat(view.export.csv.getText()).isEqualTo("Експорт CSV");
            assertThat(view.export.fileName(ExportFormat.XLSX)).isEqualTo("cases-" + LocalDate.now(clock) + ".xlsx");

            view.stage.setValue(CaseStage.INITIAL_ASSESSMENT);
            List<CaseRow> shown = GridKt._findAll(view.grid);
            assertThat(shown).extracting(CaseRow::id).contains(id);
            List<List<String>> csv = ExportFiles.csv(ExportFiles.bytes(out -> view.export.write(ExportFormat.CSV, out)));
            assertThat(csv.getFirst()).startsWith("Сім’я", "Етап");
            assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(0)).as(user)
                    .containsExactlyElementsOf(shown.stream().map(r -> CsvWriter.neutralised(r.familyName())).toList());
            assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(1)).containsOnly("Первинна оцінка");
        }
    }

    @Test
    void a_school_user_cannot_open_the_case_list() {
        signIn("school");
        UI.getCurrent().navigate("cases");
        _get(AccessDeniedView.class);
    }
}
