package org.consilium.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.consilium.assessment.AssessmentKind;
import org.consilium.assessment.AssessmentService;
import org.consilium.assessment.SocialMapContactDetails;
import org.consilium.assessment.SocialMapContactKind;
import org.consilium.assessment.SocialMapMemberDetails;
import org.consilium.assessment.SocialMapRelationDetails;
import org.consilium.assessment.SocialMapRelationKind;
import org.consilium.assessment.SocialMapRole;
import org.consilium.assessment.SocialMapService;
import org.consilium.assessment.SocialMapSheet;
import org.consilium.assessment.SocialMapStrength;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The social map in a real headless Chromium: the curator opens the assessment's social map tab, sees
 * the eco-map drawn in the page and the tables, and the link to print it serves the same map as an SVG
 * file in Ukrainian.
 */
@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SocialMapJourneyTest extends SignedInJourney {

    @Autowired
    TestCases testCases;

    @Autowired
    AssessmentService assessments;

    @Autowired
    SocialMapService socialMap;

    @Autowired
    SignedIn signedIn;

    @Test
    void the_curator_sees_the_eco_map_and_prints_it_as_an_svg_file() throws IOException {
        long caseId = testCases.openCaseForDemoCurator();
        signedIn.as("curator", () -> {
            long id = assessments.start(caseId, AssessmentKind.INITIAL).assessmentId();
            socialMap.addMember(id, new SocialMapMemberDetails("Олена", SocialMapRole.MOTHER, 39, false));
            SocialMapSheet s = socialMap.addMember(id, new SocialMapMemberDetails("Ігор", SocialMapRole.SON, 11, false));
            socialMap.addRelation(id, new SocialMapRelationDetails(s.members().get(0).id(), s.members().get(1).id(),
                    SocialMapRelationKind.CLOSE, null));
            return socialMap.addContact(id, new SocialMapContactDetails("Школа № 12", SocialMapContactKind.SCHOOL,
                    SocialMapStrength.MODERATE, s.members().get(1).id(), null));
        });

        signInAs("curator", "demo1234", "Ірина Коваль");
        go("assessment/" + caseId);
        Chromium.clickFirst(driver, "vaadin-tab", tab -> tab.getText().contains("Соціальна карта"));
        Chromium.waitForText(driver, "Оточення сім’ї");
        Object drawn = ((JavascriptExecutor) driver).executeScript(
                "const s = document.querySelector('.social-map-chart svg');"
                        + " return s ? s.getBoundingClientRect().width + ':' + s.querySelectorAll('.eco-map-legend text').length : null;");
        assertThat(drawn).isNotNull();
        String[] size = drawn.toString().split(":");
        assertThat(Double.parseDouble(size[0])).isGreaterThan(400);
        assertThat(Integer.parseInt(size[1])).isGreaterThan(10);
        Chromium.screenshot(driver, "social-map-curator-uk");

        String file = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[0];
                fetch(document.querySelector('a.social-map-print').href)
                    .then(r => r.text().then(t => done(r.headers.get('content-type') + '\\n' + t)));
                """);
        assertThat(file).startsWith("image/svg+xml").contains("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("Соціальна карта сім’ї Савченко", "Умовні позначення", "Школа № 12");
    }
}
