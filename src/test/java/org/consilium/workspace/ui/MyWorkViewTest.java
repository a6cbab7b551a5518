package org.consilium.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.consilium.agency.AgencyType;
import org.consilium.security.AppRoles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyWorkViewTest extends KaribuTest {

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
    void the_curators_home_lists_their_overdue_cases_by_name_with_links_to_them() {
        String curator = staff.create("home.", "Куратор Дому", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "home-curator-1");
        long id = testCases.openCaseFor(staff.idOf(curator));
        clock.advance(Duration.ofDays(40));
        signIn(curator);

        MyWorkView home = _get(MyWorkView.class);
        String text = home.sections.getElement().getTextRecursively();
        assertThat(text).contains(home.getTranslation("mywork.figure.myOverdue"), home.getTranslation("mywork.overdue.title"),
                "Савченко: " + home.getTranslation("case.stage.INITIAL_ASSESSMENT"));
        assertThat(home.sections.getElement().getOuterHTML())
                .contains("href=\"case/" + id + "\"")
                .contains("href=\"cases?overdue&amp;curator=" + staff.idOf(curator) + "\"");
    }

    @Test
    void the_supervisors_home_counts_the_teams_overdue_cases() {
        signIn("supervisor");
        MyWorkView home = _get(MyWorkView.class);
        assertThat(home.sections.getElement().getTextRecursively()).contains(home.getTranslation("mywork.figure.teamOverdue"));
        assertThat(home.sections.getElement().getOuterHTML()).contains("href=\"cases?overdue\"");
    }
}
