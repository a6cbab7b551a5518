package org.consilium.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Locale;
import org.consilium.assessment.AssessmentService;
import org.consilium.assessment.AssessmentSheet;
import org.consilium.assessment.AssessmentStatus;
import org.consilium.assessment.ChildSafety;
import org.consilium.assessment.Domain;
import org.consilium.security.AppRoles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestAssessments;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assessment by domains as the curator works it: started, a domain refused at its fields and then
 * written, the child not safe with a safety plan shown on the case header, completed, re-assessed and
 * the two versions compared.
 */
class AssessmentPanelTest extends KaribuTest {

    @Autowired
    TestCases testCases;

    @Autowired
    TestAssessments testAssessments;

    @Autowired
    AssessmentService assessments;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    private long caseId;

    @BeforeEach
    void aCaseInInitialAssessment() {
        caseId = testCases.openCaseForDemoCurator();
    }

    private AssessmentPanel open(String user) {
        signIn(user);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("assessment/" + caseId, QueryParameters.of("tab", "domains"));
        AssessmentView page = _get(AssessmentView.class);
        assertThat(page.tabs.getSelectedIndex()).isEqualTo(indexOf(page, "Assessment by domains"));
        return (AssessmentPanel) page.tabs.getComponent(page.tabs.getSelectedTab());
    }

    private static int indexOf(AssessmentView page, String label) {
        for (int i = 0; ; i++) {
            if (page.tabs.getTabAt(i).getLabel().equals(label)) {
                return i;
            }
        }
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private static void click(Component in, String button) {
        _click(_get(in, Button.class, spec -> spec.withText(button)));
    }

    private static DomainCard card(Domain domain) {
        return _find(DomainCard.class).stream()
                .filter(c -> domain.name().equals(c.getElement().getAttribute("data-domain"))).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_curator_writes_a_domain_answers_not_safe_completes_re_assesses_and_compares() {
        AssessmentPanel panel = open("curator");
        assertThat(panel.empty.getText()).startsWith("No assessment of this case yet. Start with the initial assessment");
        click(panel, "Start the initial assessment");
        click(_get(Dialog.class), "Start");
        assertThat(text(panel.facts)).contains("Initial assessment", "in progress", "0 of 7");

        // A rating with no observation, then a date to come: refused at the fields, nothing saved.
        _click(card(Domain.PARENTAL_CARE).edit);
        DomainForm form = _get(DomainForm.class);
        form.needs.setValue("Хтось має перевіряти уроки");
        form.rating.setValue(2);
        click(form, "Save");
        assertThat(form.isOpened()).isTrue();
        assertThat(form.observed.isInvalid()).isTrue();
        assertThat(form.observed.getErrorMessage()).isEqualTo(
                "Write what was observed before the needs, strengths, risks or a rating.");
        form.observed.setValue("Діти нагодовані, уроки ніхто не перевіряє");
        form.assessedOn.setValue(LocalDate.now().plusDays(3));
        click(form, "Save");
        assertThat(form.isOpened()).isTrue();
        assertThat(form.assessedOn.isInvalid()).isTrue();
        assertThat(signedIn.as("curator", () -> assessments.sheet(caseId, panel.sheet.assessmentId()))
                .finding(Domain.PARENTAL_CARE).assessed()).isFalse();
        form.assessedOn.setValue(LocalDate.now());
        click(form, "Save");
        assertThat(form.isOpened()).isFalse();
        assertThat(text(card(Domain.PARENTAL_CARE))).contains("Діти нагодовані", "2 of 5: many needs unmet");

        // Not safe: the safety plan is required, then shown here and on the case header.
        click(panel.safety, "Answer");
        SafetyForm safety = _get(SafetyForm.class);
        safety.safety.setValue(ChildSafety.NOT_SAFE);
        assertThat(safety.actions.isVisible()).isTrue();
        click(safety, "Save");
        assertThat(safety.actions.isInvalid()).isTrue();
        safety.actions.setValue("Мати з дітьми ночує в бабусі; інспектор перевіряє щовечора");
        safety.due.setValue(LocalDate.now().plusDays(5));
        safety.contacts.setValue("Поліція 102");
        click(safety, "Save");
        assertThat(safety.isOpened()).isFalse();
        assertThat(panel.safety.getElement().getAttribute("data-safety")).isEqualTo("NOT_SAFE");
        assertThat(text(panel.safety)).contains("The child is NOT safe now", "Поліція 102");

        navigate("case/" + caseId);
        assertThat(text(_get(Div.class, spec -> spec.withClasses("case-alerts"))))
                .contains("The child is NOT safe now. Safety plan: Мати з дітьми ночує в бабусі");
        assertThat(text(_get(Div.class, spec -> spec.withClasses("case-assessment")))).contains("Open the assessment");

        // Completing with domains left is refused and says which; with all written it completes.
        AssessmentPanel again = open("curator");
        click(again, "Complete the assessment");
        click(_get(Dialog.class), "Complete the assessment");
        assertThat(_find(Notification.class).stream().map(n -> n.getElement().getProperty("text", "") + text(n)))
                .anySatisfy(t -> assertThat(t).contains("Not every domain is assessed yet"));
        AssessmentSheet s = signedIn.as("curator", () -> assessments.sheet(caseId, again.sheet.assessmentId()));
        signedIn.as("curator", () -> testAssessments.writeAll(s));
        AssessmentPanel ready = open("curator");
        click(ready, "Complete the assessment");
        click(_get(Dialog.class), "Complete the assessment");
        assertThat(ready.sheet.status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(_find(DomainCard.class)).allSatisfy(c -> assertThat(c.edit.isAttached()).isFalse());

        // A re-assessment starts from it; one domain changes; the two versions compare side by side.
        click(ready, "Start a re-assessment");
        click(_get(Dialog.class), "Start");
        assertThat(ready.sheet.number()).isEqualTo(2);
        _click(card(Domain.DISCIPLINE).edit);
        DomainForm discipline = _get(DomainForm.class);
        discipline.observed.setValue("Правила вдома тепер записані на холодильнику");
        click(discipline, "Save");
        click(ready, "Compare versions");
        AssessmentComparisonDialog compare = _get(AssessmentComparisonDialog.class);
        assertThat(compare.verdict.getText()).isEqualTo("From version 1 to version 2: 1 domain changed.");
        assertThat(text(compare.sections)).contains("Discipline and upbringing", "Правила вдома тепер записані на холодильнику")
                .doesNotContain("Parental care");
        compare.onlyChanges.setValue(false);
        assertThat(text(compare.sections)).contains("Parental care", "no change");
    }

    @Test
    void a_curator_of_the_team_reads_the_assessment_but_gets_no_buttons_to_change_it() {
        AssessmentSheet s = signedIn.as("curator", () -> assessments.start(caseId,
                org.consilium.assessment.AssessmentKind.INITIAL));
        signedIn.as("curator", () -> testAssessments.writeAll(s));
        String colleague = staff.createBeside("curator", "cur.", "Оксана Колега", AppRoles.CURATOR, "colleague-pass-1");
        AssessmentPanel panel = open(colleague);
        assertThat(text(card(Domain.CHILD_DEVELOPMENT))).contains("Спостереження: CHILD_DEVELOPMENT");
        assertThat(_find(DomainCard.class)).allSatisfy(c -> assertThat(c.edit.isAttached()).isFalse());
        assertThat(_find(panel, Button.class, spec -> spec.withText("Complete the assessment"))).isEmpty();
    }
}
