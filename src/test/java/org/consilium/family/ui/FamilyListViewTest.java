package org.consilium.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.consilium.base.ui.AccessDeniedView;
import org.consilium.casefile.CaseStage;
import org.consilium.testing.KaribuTest;
import org.junit.jupiter.api.Test;

class FamilyListViewTest extends KaribuTest {

    private FamilyListView open(String user) {
        signIn(user);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("families");
        return _get(FamilyListView.class);
    }

    private static List<FamilyListView.Row> rows(FamilyListView view) {
        return GridKt._findAll(view.grid);
    }

    @Test
    void intake_finds_a_family_by_a_members_name_in_latin_letters_and_sees_where_its_case_stands_without_opening_it() {
        FamilyListView view = open("intake");
        view.search.setValue("kovalenko");
        assertThat(rows(view)).extracting(r -> r.family().name()).contains("Коваленко").doesNotContain("Мельник");
        FamilyListView.Row row = rows(view).stream().filter(r -> r.family().name().equals("Коваленко")).findFirst().orElseThrow();
        assertThat(row.latestCase()).isNotNull();
        assertThat(row.latestCase().stageKey()).isEqualTo(CaseStage.IMPLEMENTATION.messageKey());
        assertThat(row.latestCase().mayRead()).isFalse();

        view.openDetails(row);
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getElement().getTextRecursively()).contains("Коваленко");
        assertThat(_get(dialog, Button.class, spec -> spec.withText("Close"))).isNotNull();
        assertThat(dialog.getFooter().getElement().getTextRecursively()).doesNotContain("Open the case");
    }

    @Test
    void a_birth_date_or_a_street_finds_the_family_and_a_query_that_matches_nothing_shows_the_empty_state() {
        FamilyListView view = open("curator");
        view.search.setValue("Йцукенгшщ");
        assertThat(rows(view)).isEmpty();
        assertThat(view.grid.getEmptyStateText()).startsWith("No family matches");

        view.search.setValue("kovalenko");
        FamilyListView.Row kovalenko = rows(view).getFirst();
        String street = kovalenko.family().address().split(",")[0];
        view.search.setValue(street);
        assertThat(rows(view)).extracting(r -> r.family().id()).contains(kovalenko.family().id());
        LocalDate birth = kovalenko.family().members().stream().map(m -> m.birthDate())
                .filter(Objects::nonNull).findFirst().orElseThrow();
        view.search.setValue(birth.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(rows(view)).extracting(r -> r.family().id()).contains(kovalenko.family().id());
    }

    @Test
    void the_curator_opens_the_case_from_the_family() {
        FamilyListView view = open("curator");
        view.search.setValue("Коваленко");
        FamilyListView.Row row = rows(view).getFirst();
        view.openDetails(row);
        _click(_get(Button.class, spec -> spec.withText("Open the case")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("case/" + row.latestCase().caseId());
        assertThat(_get(H2.class).getText()).contains("Коваленко");
    }

    @Test
    void a_school_user_cannot_search_families() {
        signIn("school");
        UI.getCurrent().navigate("families");
        _get(AccessDeniedView.class);
    }
}
