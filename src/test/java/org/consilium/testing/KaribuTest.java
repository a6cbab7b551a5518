package org.consilium.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.util.HashSet;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of UI tests: a browserless Vaadin UI on the real Spring context and the MariaDB test database.
 * Views are found by a Spring scan, because Karibu's own discovery skips package-private views.
 */
@MariaDbTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService users;

    @BeforeAll
    static void discoverViews() {
        if (routes != null) {
            return;
        }
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        for (Class<?> c : scan(new AnnotationTypeFilter(Route.class))) {
            views.add(c.asSubclass(Component.class));
        }
        for (Class<?> c : scan(new AnnotationTypeFilter(Layout.class))) {
            views.add(c.asSubclass(Component.class));
        }
        for (Class<?> c : scan(new AssignableTypeFilter(HasErrorParameter.class))) {
            @SuppressWarnings("unchecked")
            Class<? extends HasErrorParameter<?>> errorView = (Class<? extends HasErrorParameter<?>>) c;
            errorViews.add(errorView);
        }
        routes = new Routes(views, errorViews, true);
    }

    private static Set<Class<?>> scan(TypeFilter filter) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        Set<Class<?>> found = new HashSet<>();
        for (BeanDefinition bd : scanner.findCandidateComponents("org.consilium")) {
            try {
                found.add(Class.forName(bd.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    @BeforeEach
    void setUpVaadin() {
        SecuritySetup.useStrategyOf(context);
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(SecurityAwareFakeRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a stored account, with its real roles, and reloads the page as after a real sign-in. */
    protected void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
