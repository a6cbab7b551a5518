package org.consilium.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.consilium.testing.KaribuTest;
import org.junit.jupiter.api.Test;

class ErrorViewsTest extends KaribuTest {

    @Test
    void a_school_user_opening_an_admin_page_gets_the_access_denied_page_not_a_stack_trace() {
        signIn("school");
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        UI.getCurrent().getPage().reload();

        navigate("admin/users");

        AccessDeniedView denied = _get(AccessDeniedView.class);
        assertThat(denied.heading.getText()).isEqualTo("Not available to you");
        assertThat(denied.backLink.getText()).isEqualTo("Back to My work");
        assertThat(denied.getPageTitle()).isEqualTo("Not available to you · Consilium");
        assertThat(denied.getElement().getAttribute("role")).as("the error page is the document's main part").isEqualTo("main");
    }
}
