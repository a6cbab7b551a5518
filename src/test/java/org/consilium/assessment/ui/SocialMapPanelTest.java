package org.consilium.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Svg;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.Tab;
import java.util.List;
import java.util.Locale;
import org.consilium.agency.AgencyType;
import org.consilium.assessment.AssessmentKind;
import org.consilium.assessment.AssessmentService;
import org.consilium.assessment.SocialMapContactKind;
import org.consilium.assessment.SocialMapMemberDetails;
import org.consilium.assessment.SocialMapRelationKind;
import org.consilium.assessment.SocialMapRole;
import org.consilium.assessment.SocialMapService;
import org.consilium.assessment.SocialMapSheet;
import org.consilium.assessment.SocialMapStrength;
import org.consilium.security.AppRoles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The curator draws the family's social map on the assessment page: a member picked from the family's
 * record and one typed, a relation between them and a grandmother in the network; a relation of a
 * member with themselves is refused at the field. The eco-map and the tables then show them.
 */
class SocialMapPanelTest extends KaribuTest {

    @Autowired
    TestCases testCases;

    @Autowired
    AssessmentService assessments;

    @Autowired
    SignedIn signedIn;

    @Autowired
    SocialMapService socialMap;

    @Autowired
    StaffAccounts staff;

    private long caseId;

    @BeforeEach
    void aCaseWithAnAssessmentInProgress() {
        caseId = testCases.openCaseForDemoCurator();
        signedIn.as("curator", () -> assessments.start(caseId, AssessmentKind.INITIAL));
    }

    private SocialMapPanel openSocialMap(String user) {
        signIn(user);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("assessment/" + caseId);
        AssessmentView view = _get(AssessmentView.class);
        for (int i = 0; i < view.tabs.getTabCount(); i++) {
            Tab tab = view.tabs.getTabAt(i);
            if (tab.getLabel().equals("Social map")) {
                view.tabs.setSelectedTab(tab);
                // The tab sheet attaches the chosen tab's content before its response to the browser.
                MockVaadin.clientRoundtrip(false);
                return (SocialMapPanel) view.tabs.getComponent(tab);
            }
        }
        throw new AssertionError("no social map tab");
    }

    @Test
    void the_curator_adds_a_member_a_relation_and_a_network_entry_and_sees_them_on_the_map_and_in_the_tables() {
        SocialMapPanel panel = openSocialMap("curator");
        assertThat(panel.empty.isVisible()).isTrue();
        assertThat(panel.empty.getText()).startsWith("Nothing is on the social map yet.");
        assertThat(_find(panel.chart, Svg.class)).isEmpty();
        assertThat(panel.addRelation.isEnabled()).isFalse();

        // The mother, picked from the family's record.
        _click(panel.addMember);
        SocialMapMemberForm mother = _get(SocialMapMemberForm.class);
        List<SocialMapService.MemberOption> options = mother.pick.getListDataView().getItems().toList();
        assertThat(options).extracting(SocialMapService.MemberOption::name).containsExactly("Олена Савченко", "Ігор Савченко");
        mother.pick.setValue(options.get(0));
        assertThat(mother.name.getValue()).isEqualTo("Олена Савченко");
        assertThat(mother.role.getValue()).isEqualTo(SocialMapRole.MOTHER);
        _click(mother.save);
        assertThat(mother.isOpened()).isFalse();

        // A child typed by hand: an empty name is refused at the field first.
        _click(panel.addMember);
        SocialMapMemberForm child = _get(SocialMapMemberForm.class);
        child.role.setValue(SocialMapRole.OTHER_CHILD);
        _click(child.save);
        assertThat(child.isOpened()).isTrue();
        assertThat(child.name.isInvalid()).isTrue();
        assertThat(child.name.getErrorMessage()).isEqualTo("Required");
        child.name.setValue("<Ігор & Co>");
        child.age.setValue(9);
        _click(child.save);
        assertThat(child.isOpened()).isFalse();

        SocialMapSheet s = panel.sheet();
        long motherId = s.members().get(0).id();
        long childId = s.members().get(1).id();

        // A relation: with herself is refused at the second member, then with the child.
        assertThat(panel.addRelation.isEnabled()).isTrue();
        _click(panel.addRelation);
        SocialMapRelationForm relation = _get(SocialMapRelationForm.class);
        relation.first.setValue(motherId);
        relation.second.setValue(motherId);
        relation.kind.setValue(SocialMapRelationKind.CLOSE);
        _click(relation.save);
        assertThat(relation.isOpened()).isTrue();
        assertThat(relation.second.isInvalid()).isTrue();
        assertThat(relation.second.getErrorMessage()).startsWith("Choose another member");
        relation.second.setValue(childId);
        relation.note.setValue("Мати щодня допомагає з уроками");
        _click(relation.save);
        assertThat(relation.isOpened()).isFalse();

        // The grandmother, who helps the whole family.
        _click(panel.addContact);
        SocialMapContactForm grandmother = _get(SocialMapContactForm.class);
        grandmother.name.setValue("Бабуся Ганна");
        grandmother.kind.setValue(SocialMapContactKind.RELATIVE);
        grandmother.strength.setValue(SocialMapStrength.STRONG);
        _click(grandmother.save);
        assertThat(grandmother.isOpened()).isFalse();

        assertThat(panel.empty.isVisible()).isFalse();
        String svg = _get(panel.chart, Svg.class).getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 1188 840\"")
                .contains("Social map of the Савченко family (Initial assessment, version 1)")
                .contains("&lt;Ігор &amp; Co&gt;").doesNotContain("<Ігор")
                .contains("class=\"eco-map-relation-close\"", "class=\"eco-map-strength-strong\"", "class=\"eco-map-child\"")
                .contains("Бабуся Ганна", "Legend", "Child (under 18)");
        assertThat(_find(panel.chart, Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Open the map to print it", "Download the map (SVG)");

        assertThat(GridKt._findAll(panel.tables.members)).extracting(SocialMapSheet.Member::name, SocialMapSheet.Member::role,
                        SocialMapSheet.Member::age)
                .containsExactly(tuple("Олена Савченко", SocialMapRole.MOTHER,
                                options.get(0).age()),
                        tuple("<Ігор & Co>", SocialMapRole.OTHER_CHILD, 9));
        assertThat(GridKt._getFormattedRow(panel.tables.members, 1)).contains("<Ігор & Co>", "Other child", "9");
        assertThat(GridKt._getFormattedRow(panel.tables.relations, 0))
                .contains("Олена Савченко — <Ігор & Co>", "Close", "Мати щодня допомагає з уроками");
        assertThat(GridKt._getFormattedRow(panel.tables.network, 0))
                .contains("Бабуся Ганна", "Relative", "Strong", "The whole family");
        assertThat(panel.tables.members.getColumnByKey("actions").isVisible()).isTrue();
    }

    @Test
    void a_colleague_of_the_team_sees_the_map_without_the_buttons_to_change_it() {
        signedIn.as("curator", () -> socialMap.addMember(socialMap.sheet(caseId, null).assessmentId(),
                new SocialMapMemberDetails("Олена", SocialMapRole.MOTHER, 38, false)));
        SocialMapPanel panel = openSocialMap("supervisor");
        assertThat(panel.actions.isVisible()).isTrue();

        String teamCurator = staff.create("smk.", "Колега З Команди", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES,
                "team-curator-1");
        panel = openSocialMap(teamCurator);
        assertThat(panel.actions.isVisible()).isFalse();
        assertThat(panel.status.getText()).endsWith("The social map of this version is read only.");
        assertThat(_get(panel.chart, Svg.class).getElement().getProperty("innerHTML")).contains("Олена");
        assertThat(panel.tables.members.getColumnByKey("actions").isVisible()).isFalse();
    }

}
