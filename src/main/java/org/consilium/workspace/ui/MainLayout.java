package org.consilium.workspace.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.account.UserLanguage;
import org.consilium.base.Languages;
import org.consilium.base.ui.SkipLink;
import org.consilium.security.AppRoles;
import org.consilium.base.ui.TitledView;
import org.consilium.live.LivePages;
import org.consilium.notice.Notices;
import org.consilium.notice.ui.NoticeBell;
import org.springframework.beans.factory.annotation.Value;

/**
 * The frame around every signed-in page: the side navigation (only the pages the user may open),
 * the current page's title, the bell with the user's notices, and the user menu with profile, language
 * and sign-out.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    final SideNav nav = new SideNav();
    final H1 viewTitle = new H1();
    final DrawerToggle toggle = new DrawerToggle();
    final MenuBar userMenu = new MenuBar();
    MenuItem signOut;

    /** How long before the session's idle timeout the warning appears. */
    private final Duration warnBefore;

    NoticeBell bell;

    MainLayout(UserAccountService accounts, UserLanguage userLanguage, AuthenticationContext authentication,
               @Value("${consilium.session.warn-before:5m}") Duration warnBefore, Notices notices, LivePages pages) {
        this.warnBefore = warnBefore;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        Div header = new Div(brand, tagline);
        header.addClassName("drawer-header");

        Optional<SignedInUser> signedIn = accounts.signedIn();
        // A family's home is called its home: "My work" is the staff's word for it.
        boolean family = signedIn.filter(u -> u.hasRole(AppRoles.FAMILY)).isPresent();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String title = family && "menu.myWork".equals(entry.title()) ? "menu.myWork.family" : entry.title();
            SideNavItem item = new SideNavItem(getTranslation(title), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        nav.getElement().setAttribute("aria-label", getTranslation("menu.label"));
        // Landmarks: the drawer is a side part of the page, the bar a header, the page itself the main part.
        Aside drawer = new Aside(header, nav);
        drawer.addClassName("drawer-content");
        addToDrawer(drawer);

        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        // The toggle and the drawer would otherwise be read out in English, the components' own words.
        toggle.setAriaLabel(getTranslation("menu.toggle"));
        toggle.setTooltipText(getTranslation("menu.toggle"));
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("menu.drawer")));
        Header bar = new Header(SkipLink.create(), toggle, viewTitle, spacer);
        bar.addClassName("app-bar");

        signedIn.ifPresent(user -> {
            bell = new NoticeBell(notices, pages, accounts);
            bar.add(bell);
            buildUserMenu(user, userLanguage, authentication);
        });
        bar.add(userMenu);
        addToNavbar(bar);
        // "Stay signed in" on the idle warning: any request to the server counts as activity.
        getElement().addEventListener("consilium-stay-signed-in", e -> { });
    }

    /**
     * Warns an idle user before the session times out. Heartbeats do not keep an idle session alive
     * ({@code vaadin.closeIdleSessions}), so after the session timeout without any action the user is
     * signed out; {@code consilium.session.warn-before} (5 minutes) before, the page says so and offers to
     * stay signed in. The timer runs in the browser ({@code frontend/scripts/idle-warning.js}) and
     * restarts with every key press or click there.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // Selects announce themselves as what they are: a list to choose from (frontend/scripts).
        event.getUI().getPage().addJavaScript("context://scripts/select-role.js");
        // The keyboard keeps its place when the part of the page it was in is built anew (frontend/scripts).
        event.getUI().getPage().addJavaScript("context://scripts/focus-return.js");
        int timeout = event.getSession().getSession().getMaxInactiveInterval();
        long lead = warnBefore.toSeconds();
        if (timeout <= lead) {
            return;
        }
        // The warning itself is a static script (frontend/scripts), loaded before the call runs.
        event.getUI().getPage().addJavaScript("context://scripts/idle-warning.js");
        getElement().executeJs("window.consiliumIdleWarning(this, $0, $1, $2)", timeout - lead,
                getTranslation("session.idleWarning", Math.max(1, Math.round(lead / 60.0))),
                getTranslation("session.staySignedIn"));
    }

    private void buildUserMenu(SignedInUser user, UserLanguage userLanguage, AuthenticationContext authentication) {
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        userMenu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("usermenu.more")));
        userMenu.addClassName("user-menu");
        Avatar avatar = new Avatar(user.fullName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        Span name = new Span(user.fullName());
        name.addClassName("user-name");
        Div who = new Div(avatar, name);
        who.addClassName("user-menu-button");
        MenuItem root = userMenu.addItem(who);
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("usermenu.profile"), e -> getUI().ifPresent(ui -> ui.navigate("profile")));
        MenuItem language = sub.addItem(getTranslation("usermenu.language"));
        for (Locale locale : Languages.SUPPORTED) {
            MenuItem choice = language.getSubMenu().addItem(locale.getDisplayLanguage(locale), e -> userLanguage.switchTo(locale));
            choice.setCheckable(true);
            choice.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        signOut = sub.addItem(getTranslation("usermenu.signOut"), e -> authentication.logout());
    }

    /** The page shown becomes the main part of the document, where the skip link leads. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            SkipLink.markMain(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        HasElement content = getContent();
        viewTitle.setText(content instanceof TitledView titled ? titled.viewTitle() : "");
    }
}
