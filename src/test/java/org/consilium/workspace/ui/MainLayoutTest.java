package org.consilium.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.consilium.base.ui.SkipLink;
import org.consilium.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MainLayoutTest extends KaribuTest {

    static Stream<Arguments> menuOfEachDemoRole() {
        List<String> homeOnly = List.of("");
        return Stream.of(
                Arguments.of("intake", "Олена Савчук", List.of("", "meetings", "referrals", "families")),
                Arguments.of("curator", "Ірина Коваль", List.of("", "meetings", "families", "cases", "dashboard")),
                Arguments.of("supervisor", "Андрій Мороз", List.of("", "meetings", "referrals", "families", "cases", "dashboard", "audit")),
                Arguments.of("school", "Наталія Гнатюк", List.of("", "requests", "my-tasks", "meetings", "my-referrals", "shared", "dashboard")),
                Arguments.of("police", "Сергій Литвин", List.of("", "requests", "my-tasks", "meetings", "my-referrals", "shared", "dashboard")),
                Arguments.of("health", "Тетяна Бойко", List.of("", "requests", "my-tasks", "meetings", "my-referrals", "shared", "dashboard")),
                Arguments.of("family", "Марія Коваленко", List.of("", "my-plan", "meetings")),
                Arguments.of("admin", "Богдан Кравець", List.of("", "admin/agencies", "admin/users", "admin/categories", "admin/settings", "admin/outbox", "audit")));
    }

    @ParameterizedTest(name = "{0} sees exactly {2}")
    @MethodSource("menuOfEachDemoRole")
    void each_demo_role_signs_in_to_its_home_and_sees_exactly_its_menu_entries(String username, String fullName, List<String> paths) {
        signIn(username);

        MainLayout layout = _get(MainLayout.class);
        assertThat(layout.nav.getItems()).extracting(SideNavItem::getPath).containsExactlyElementsOf(paths);
        MyWorkView home = _get(MyWorkView.class);
        assertThat(home.greeting.getText()).doesNotStartWith("!").endsWith(fullName);
        assertThat(home.sections.getChildren()).isNotEmpty();
    }

    @Test
    void every_page_is_the_main_part_and_the_first_stop_of_the_keyboard_skips_to_it() {
        signIn("curator");
        MyWorkView home = _get(MyWorkView.class);
        assertThat(home.getElement().getAttribute("role")).isEqualTo("main");
        assertThat(home.getElement().getAttribute("id")).isEqualTo(SkipLink.MAIN);

        UI.getCurrent().navigate("profile");
        Element page = _get(MainLayout.class).getContent().getElement();
        assertThat(page.getAttribute("role")).isEqualTo("main");
        assertThat(page.getAttribute("tabindex")).as("a negative tabindex on a web component takes its content out of the order of Tab").isNull();

        Anchor skip = _get(Anchor.class, spec -> spec.withClasses("skip-link"));
        // In the language the account last chose (another test of this class switches it).
        assertThat(skip.getText()).isIn("Skip to content", "Перейти до змісту сторінки");
        assertThat(skip.getHref()).isEqualTo("#" + SkipLink.MAIN);
        assertThat(skip.getParent().orElseThrow().getElement().getChild(0)).as("the first thing in the bar").isEqualTo(skip.getElement());
    }

    @Test
    void the_language_switch_changes_the_text_of_the_ui_and_is_remembered() {
        signIn("curator");
        ContextMenuKt._clickItemWithCaption(_get(MainLayout.class).userMenu, "English");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_get(MyWorkView.class).greeting.getText()).isEqualTo("Good day, Ірина Коваль");

        ContextMenuKt._clickItemWithCaption(_get(MainLayout.class).userMenu, "українська");
        assertThat(_get(MyWorkView.class).greeting.getText()).isEqualTo("Доброго дня, Ірина Коваль");

        // A new page for the same user opens in the language they chose last.
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        UI.getCurrent().getPage().reload();
        assertThat(_get(MyWorkView.class).greeting.getText()).isEqualTo("Доброго дня, Ірина Коваль");
        assertThat(_get(MainLayout.class).nav.getItems().getFirst().getLabel()).isEqualTo("Моя робота");
    }

    @Test
    void the_icon_only_menu_toggle_the_drawer_the_user_menus_overflow_and_the_connection_indicator_speak_the_users_language() {
        signIn("curator");
        ContextMenuKt._clickItemWithCaption(_get(MainLayout.class).userMenu, "English");
        MainLayout layout = _get(MainLayout.class);
        assertThat(layout.toggle.getAriaLabel()).contains("Show or hide the menu");
        assertThat(layout.toggle.getTooltip().getText()).isEqualTo("Show or hide the menu");
        assertThat(layout.getI18n().getDrawer()).isEqualTo("Menu");
        assertThat(layout.userMenu.getI18n().getMoreOptions()).isEqualTo("More options");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("Connection to the server lost. Trying to reconnect…");

        ContextMenuKt._clickItemWithCaption(_get(MainLayout.class).userMenu, "українська");
        layout = _get(MainLayout.class);
        assertThat(layout.toggle.getAriaLabel()).contains("Показати або сховати меню");
        assertThat(layout.getI18n().getDrawer()).isEqualTo("Меню");
        assertThat(layout.userMenu.getI18n().getMoreOptions()).isEqualTo("Інші дії");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("Зв’язок із сервером перервався. Відновлюємо…");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogTextGaveUp())
                .isEqualTo("Зв’язку із сервером немає. Перевірте інтернет і оновіть сторінку.");
    }
}
