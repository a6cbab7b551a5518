package org.consilium.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.consilium.agency.AgencyType;
import org.consilium.family.CategoryDetails;
import org.consilium.family.FamilyCategory;
import org.consilium.family.FamilyService;
import org.consilium.security.AppRoles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CategoryListViewTest extends KaribuTest {

    @Autowired
    FamilyService families;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @BeforeEach
    void openAsAdministrator() {
        signIn("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/categories");
    }

    @Test
    void the_administrator_adds_an_inactive_category_that_intake_is_not_offered() {
        CategoryListView view = _get(CategoryListView.class);
        _click(view.toolbar.addButton);
        String code = SignedIn.unique("CAT_").replaceAll("[^A-Z0-9_]", "");
        view.form.code.setValue(code.toLowerCase(Locale.ROOT));
        view.form.nameUk.setValue("Сім’ї з домашніми тваринами");
        view.form.nameRu.setValue("Семьи с домашними животными");
        view.form.nameEn.setValue("Families with pets");
        view.form.active.setValue(false);
        _click(view.form.save);

        assertThat(view.form.isOpened()).isFalse();
        assertThat(signedIn.as("admin", () -> families.allCategories())).extracting(FamilyCategory::getCode).contains(code);
        assertThat(signedIn.as("intake", () -> families.categories())).extracting(FamilyCategory::getCode).doesNotContain(code);
    }

    @Test
    void a_code_already_in_use_is_refused_at_the_code_field() {
        CategoryListView view = _get(CategoryListView.class);
        _click(view.toolbar.addButton);
        view.form.code.setValue("LARGE_FAMILY");
        view.form.nameUk.setValue("a");
        view.form.nameRu.setValue("b");
        view.form.nameEn.setValue("c");
        _click(view.form.save);
        assertThat(view.form.code.isInvalid()).isTrue();
        assertThat(view.form.code.getErrorMessage()).isEqualTo("The code LARGE_FAMILY is already used by another category.");
    }

    @Test
    void when_another_administrator_saved_the_category_meanwhile_the_save_is_refused_naming_them_by_full_name() {
        String code = SignedIn.unique("RACE_").replaceAll("[^A-Z0-9_]", "");
        FamilyCategory category = families.saveCategory(null, 0, details(code, "Сім’ї переселенців"));
        String other = staff.create("adm.", "Остап Мельничук", AppRoles.ADMIN, AgencyType.SOCIAL_SERVICES, "other-admin-1");
        CategoryListView view = _get(CategoryListView.class);
        view.toolbar.filter.setValue(code);
        GridKt._clickItem(view.grid, 0);
        CategoryListView.CategoryForm form = view.form;

        // The other administrator renames the same category while this form is open.
        signedIn.as(other, () -> families.saveCategory(category.getId(), category.getVersion(), details(code, "Внутрішньо переміщені сім’ї")));

        form.nameEn.setValue("Displaced families");
        _click(form.save);

        assertThat(form.isOpened()).as("the form stays open with the user's input").isTrue();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                        .startsWith("Not saved: Остап Мельничук changed this record at"));
        assertThat(families.allCategories()).filteredOn(c -> c.getId().equals(category.getId()))
                .singleElement().extracting(FamilyCategory::getNameUk).isEqualTo("Внутрішньо переміщені сім’ї");
    }

    private static CategoryDetails details(String code, String nameUk) {
        CategoryDetails d = new CategoryDetails();
        d.setCode(code);
        d.setNameUk(nameUk);
        d.setNameRu("Семьи переселенцев");
        d.setNameEn("Resettled families");
        return d;
    }
}
