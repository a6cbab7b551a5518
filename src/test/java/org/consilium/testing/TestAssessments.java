package org.consilium.testing;

import java.time.LocalDate;
import org.consilium.assessment.AssessmentKind;
import org.consilium.assessment.AssessmentService;
import org.consilium.assessment.AssessmentSheet;
import org.consilium.assessment.ChildSafety;
import org.consilium.assessment.Domain;
import org.consilium.assessment.DomainDetails;
import org.consilium.assessment.SafetyDetails;
import org.springframework.stereotype.Component;

/** Assessments for tests: a case's initial assessment written in every domain and completed. */
@Component
public class TestAssessments {

    private final SignedIn signedIn;
    private final AssessmentService assessments;

    TestAssessments(SignedIn signedIn, AssessmentService assessments) {
        this.signedIn = signedIn;
        this.assessments = assessments;
    }

    /** The case's initial assessment, every domain written, the child safe, completed by {@code curator}. */
    public AssessmentSheet completedInitial(long caseId, String curator) {
        return signedIn.as(curator, () -> {
            AssessmentSheet s = assessments.start(caseId, AssessmentKind.INITIAL);
            s = writeAll(s);
            s = assessments.answerSafety(s.assessmentId(), s.version(), safe());
            return assessments.complete(s.assessmentId(), s.version());
        });
    }

    /** Writes every domain of an assessment in progress; call signed in as one who may write it. */
    public AssessmentSheet writeAll(AssessmentSheet s) {
        for (Domain d : Domain.values()) {
            s = assessments.writeDomain(s.assessmentId(), s.version(), d, domain("Спостереження: " + d.name(),
                    "Потреба: " + d.name(), "Сильна сторона: " + d.name(), 3));
        }
        return s;
    }

    public static DomainDetails domain(String observed, String needs, String strengths, Integer rating) {
        DomainDetails d = new DomainDetails();
        d.setObserved(observed);
        d.setNeeds(needs);
        d.setStrengths(strengths);
        d.setRisks(null);
        d.setRating(rating);
        d.setSources("Мати, розмова");
        d.setAssessedOn(LocalDate.now());
        return d;
    }

    public static SafetyDetails safe() {
        SafetyDetails d = new SafetyDetails();
        d.setSafety(ChildSafety.SAFE);
        d.setReason("Діти доглянуті, дорослі тверезі");
        return d;
    }

    public static SafetyDetails notSafe() {
        SafetyDetails d = new SafetyDetails();
        d.setSafety(ChildSafety.NOT_SAFE);
        d.setReason("Батько погрожував матері при дітях");
        d.setActions("Мати з дітьми ночує в бабусі; дільничний інспектор перевіряє квартиру щовечора");
        d.setDue(LocalDate.now().plusDays(7));
        d.setContacts("Служба у справах дітей 0800 500 225; поліція 102");
        return d;
    }
}
