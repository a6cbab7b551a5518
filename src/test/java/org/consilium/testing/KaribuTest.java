package org.consilium.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of UI tests: a browserless Vaadin UI on the real Spring context and the MariaDB test database.
 * Views are found by a Spring scan ({@link ViewRoutes}).
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
        if (routes == null) {
            routes = ViewRoutes.all();
        }
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
