package org.consilium.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.consilium.base.BusinessException;
import org.consilium.testing.TestAssessments;
import org.junit.jupiter.api.Test;

/** The rules of an assessment: what a domain needs, the child's safety, completion, versions and comparison. */
class AssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final Assessment a = Assessment.initial(1, 2, NOW, "Ірина Коваль");

    private static DomainDetails written(String observed, Integer rating) {
        DomainDetails d = TestAssessments.domain(observed, "Потреба", "Сильна сторона", rating);
        d.setAssessedOn(TODAY);
        return d;
    }

    private void writeAll(Assessment x) {
        for (Domain d : Domain.values()) {
            x.writeDomain(d, written("Спостереження " + d, 3), TODAY, "Ірина Коваль", Map.of());
        }
    }

    private static String field(Runnable r) {
        try {
            r.run();
        } catch (BusinessException e) {
            return e.getField().orElse("") + ":" + e.getMessageKey();
        }
        return "accepted";
    }

    @Test
    void a_new_assessment_has_the_seven_domains_not_yet_assessed() {
        assertThat(a.getFindings()).extracting(DomainFinding::getDomain).containsExactlyInAnyOrder(Domain.values());
        assertThat(a.getFindings()).noneMatch(DomainFinding::isAssessed);
        assertThat(a.getNumber()).isEqualTo(1);
        assertThat(a.getKind()).isEqualTo(AssessmentKind.INITIAL);
    }

    @Test
    void a_rating_or_needs_without_an_observation_is_refused_at_the_observation() {
        assertThat(field(() -> a.writeDomain(Domain.PARENTAL_CARE, written(" ", 3), TODAY, "x", Map.of())))
                .isEqualTo("observed:assessment.domain.observedRequired");
        DomainDetails needsOnly = written(null, null);
        assertThat(field(() -> a.writeDomain(Domain.PARENTAL_CARE, needsOnly, TODAY, "x", Map.of())))
                .isEqualTo("observed:assessment.domain.observedRequired");
        assertThat(a.finding(Domain.PARENTAL_CARE).isAssessed()).isFalse();
        assertThat(a.finding(Domain.PARENTAL_CARE).getNeeds()).isNull();
    }

    @Test
    void an_assessment_date_in_the_future_or_a_rating_off_the_scale_is_refused() {
        DomainDetails future = written("Бачили", 3);
        future.setAssessedOn(TODAY.plusDays(1));
        assertThat(field(() -> a.writeDomain(Domain.DISCIPLINE, future, TODAY, "x", Map.of())))
                .isEqualTo("assessedOn:assessment.date.future");
        assertThat(field(() -> a.writeDomain(Domain.DISCIPLINE, written("Бачили", 6), TODAY, "x", Map.of())))
                .isEqualTo("rating:plan.rating.range");
        assertThat(a.finding(Domain.DISCIPLINE).isAssessed()).isFalse();
    }

    @Test
    void a_finding_cites_only_answers_of_the_case_and_records_who_assessed() {
        DomainDetails d = written("Школа пише про пропуски", 2);
        d.setCitedAnswers(Set.of(7L));
        assertThat(field(() -> a.writeDomain(Domain.CHILD_DEVELOPMENT, d, TODAY, "x", Map.of(8L, "Школа"))))
                .isEqualTo("citedAnswers:assessment.domain.answerUnknown");
        a.writeDomain(Domain.CHILD_DEVELOPMENT, d, TODAY, "Ірина Коваль", Map.of(7L, "Школа №12 · Андрій · 01.11.2026"));
        DomainFinding f = a.finding(Domain.CHILD_DEVELOPMENT);
        assertThat(f.getCitedAnswers()).extracting(CitedAnswer::getLabel).containsExactly("Школа №12 · Андрій · 01.11.2026");
        assertThat(f.getAssessedBy()).isEqualTo("Ірина Коваль");
        assertThat(f.getAssessedOn()).isEqualTo(TODAY);
    }

    @Test
    void not_safe_needs_the_safety_plan_and_safe_keeps_none() {
        SafetyDetails d = TestAssessments.notSafe();
        d.setActions(" ");
        assertThat(field(() -> a.answerSafety(d, TODAY, "x"))).isEqualTo("actions:validation.required");
        SafetyDetails noContacts = TestAssessments.notSafe();
        noContacts.setContacts(null);
        assertThat(field(() -> a.answerSafety(noContacts, TODAY, "x"))).isEqualTo("contacts:validation.required");
        SafetyDetails noDue = TestAssessments.notSafe();
        noDue.setDue(null);
        assertThat(field(() -> a.answerSafety(noDue, TODAY, "x"))).isEqualTo("due:validation.required");
        SafetyDetails pastDue = TestAssessments.notSafe();
        pastDue.setDue(TODAY.minusDays(1));
        assertThat(field(() -> a.answerSafety(pastDue, TODAY, "x"))).isEqualTo("due:assessment.safety.duePast");
        assertThat(field(() -> a.answerSafety(new SafetyDetails(), TODAY, "x"))).isEqualTo("safety:assessment.safety.required");
        assertThat(a.getSafety()).isNull();

        SafetyDetails ok = TestAssessments.notSafe();
        ok.setDue(TODAY.plusDays(3));
        a.answerSafety(ok, TODAY, "Ірина Коваль");
        assertThat(a.getSafety()).isEqualTo(ChildSafety.NOT_SAFE);
        assertThat(a.getEmergencyContacts()).contains("102");
        SafetyDetails safe = TestAssessments.safe();
        safe.setActions("не потрібно");
        a.answerSafety(safe, TODAY, "Ірина Коваль");
        assertThat(a.getSafety()).isEqualTo(ChildSafety.SAFE);
        assertThat(a.getSafetyActions()).isNull();
        assertThat(a.getEmergencyContacts()).isNull();
    }

    @Test
    void completing_needs_the_safety_answer_and_every_domain_and_then_nothing_changes() {
        assertThat(field(() -> a.complete(NOW, "x"))).isEqualTo("safety:assessment.complete.safetyMissing");
        a.answerSafety(TestAssessments.safe(), TODAY, "x");
        a.writeDomain(Domain.CHILD_DEVELOPMENT, written("Бачили", 3), TODAY, "x", Map.of());
        assertThatThrownBy(() -> a.complete(NOW, "x")).isInstanceOf(BusinessException.class)
                .hasMessageContaining("assessment.complete.domainsMissing");
        writeAll(a);
        a.complete(NOW, "Ірина Коваль");
        assertThat(a.getStatus()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(field(() -> a.writeDomain(Domain.DISCIPLINE, written("Інше", 2), TODAY, "x", Map.of())))
                .isEqualTo(":assessment.completed.readOnly");
        assertThat(field(() -> a.answerSafety(TestAssessments.notSafe(), TODAY, "x"))).isEqualTo(":assessment.completed.readOnly");
        assertThat(a.finding(Domain.DISCIPLINE).getObserved()).isEqualTo("Спостереження DISCIPLINE");
    }

    @Test
    void the_in_depth_assessment_needs_a_prognosis_and_recommendations() {
        a.answerSafety(TestAssessments.safe(), TODAY, "x");
        writeAll(a);
        a.complete(NOW, "x");
        Assessment deep = a.next(AssessmentKind.IN_DEPTH, NOW, "x");
        assertThat(field(() -> deep.complete(NOW, "x"))).isEqualTo("prognosis:assessment.complete.conclusionsMissing");
        deep.writeConclusions("Прогноз сприятливий", null);
        assertThat(field(() -> deep.complete(NOW, "x"))).isEqualTo("recommendations:assessment.complete.conclusionsMissing");
        deep.writeConclusions("Прогноз сприятливий", "Психолог для дітей");
        deep.complete(NOW, "x");
        assertThat(deep.getStatus()).isEqualTo(AssessmentStatus.COMPLETED);
    }

    @Test
    void a_new_version_starts_from_the_completed_one_which_stays_as_it_was() {
        assertThat(field(() -> a.next(AssessmentKind.RE_ASSESSMENT, NOW, "x"))).isEqualTo(":assessment.next.notCompleted");
        a.answerSafety(TestAssessments.safe(), TODAY, "x");
        writeAll(a);
        a.complete(NOW, "x");
        a.shareSummary("Для сім’ї", NOW, "x");
        Assessment next = a.next(AssessmentKind.RE_ASSESSMENT, NOW, "Андрій Мороз");
        assertThat(next.getNumber()).isEqualTo(2);
        assertThat(next.getStatus()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(next.getSafety()).isEqualTo(ChildSafety.SAFE);
        assertThat(next.getSummarySharedAt()).isNull();
        assertThat(next.finding(Domain.PARENTAL_CARE).getObserved()).isEqualTo("Спостереження PARENTAL_CARE");
        next.writeDomain(Domain.PARENTAL_CARE, written("Тепер краще", 4), TODAY, "Андрій Мороз", Map.of());
        assertThat(a.finding(Domain.PARENTAL_CARE).getObserved()).isEqualTo("Спостереження PARENTAL_CARE");
        assertThat(field(() -> next.next(AssessmentKind.INITIAL, NOW, "x"))).isEqualTo(":assessment.next.notCompleted");
    }

    @Test
    void two_versions_compare_domain_by_domain() {
        a.answerSafety(TestAssessments.safe(), TODAY, "x");
        writeAll(a);
        a.complete(NOW, "x");
        Assessment next = a.next(AssessmentKind.RE_ASSESSMENT, NOW, "x");
        next.writeDomain(Domain.PARENTAL_CARE, written("Тепер краще", 4), TODAY, "x", Map.of());
        next.answerSafety(TestAssessments.notSafe(), TODAY, "x");
        org.springframework.test.util.ReflectionTestUtils.setField(a, "id", 1L);
        org.springframework.test.util.ReflectionTestUtils.setField(next, "id", 2L);
        AssessmentComparison c = AssessmentComparison.of(AssessmentSheet.of(a, "Савченко", false),
                AssessmentSheet.of(next, "Савченко", false));
        assertThat(c.changedDomains()).isEqualTo(1);
        AssessmentComparison.Section care = c.sections().stream().filter(s -> s.domain() == Domain.PARENTAL_CARE)
                .findFirst().orElseThrow();
        assertThat(care.lines()).filteredOn(AssessmentComparison.Line::changed)
                .extracting(AssessmentComparison.Line::field, AssessmentComparison.Line::before, AssessmentComparison.Line::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("observed", "Спостереження PARENTAL_CARE", "Тепер краще"),
                        org.assertj.core.groups.Tuple.tuple("rating", "3", "4"));
        AssessmentComparison.Section general = c.sections().get(c.sections().size() - 1);
        assertThat(general.domain()).isNull();
        assertThat(general.lines().get(0)).isEqualTo(new AssessmentComparison.Line("safety", "SAFE", "NOT_SAFE"));
    }

    @Test
    void only_a_completed_latest_version_lets_a_next_one_start_and_in_depth_comes_once() {
        assertThat(AssessmentService.startable(java.util.List.of())).containsExactly(AssessmentKind.INITIAL);
        assertThat(AssessmentService.startable(java.util.List.of(a))).isEmpty();
        a.answerSafety(TestAssessments.safe(), TODAY, "x");
        writeAll(a);
        a.complete(NOW, "x");
        assertThat(AssessmentService.startable(java.util.List.of(a)))
                .containsExactlyInAnyOrder(AssessmentKind.IN_DEPTH, AssessmentKind.RE_ASSESSMENT);
        Assessment deep = a.next(AssessmentKind.IN_DEPTH, NOW, "x");
        deep.writeConclusions("П", "Р");
        deep.complete(NOW, "x");
        assertThat(AssessmentService.startable(java.util.List.of(a, deep))).containsExactly(AssessmentKind.RE_ASSESSMENT);
    }
}
