package org.consilium.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.consilium.assessment.AssessmentSummaries;
import org.consilium.base.ui.Facts;
import org.consilium.base.ui.Formats;
import org.consilium.plan.FamilyWords;
import org.consilium.plan.PlanPermissions.Audience;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.PlanStatus;

/**
 * The facts of the version shown: where it stands, its period, who runs the case, how it was agreed
 * and approved; for staff also why it was sent back and the assessment it rests on. The family reads
 * them in its own words ({@link FamilyWords}).
 */
class PlanFacts extends Div {

    PlanFacts() {
        addClassName("case-header");
    }

    void show(PlanSheet sheet, PlanServices services) {
        removeAll();
        Audience audience = sheet.audience();
        boolean family = audience == Audience.FAMILY;
        Span status = new Span(getTranslation(FamilyWords.key(audience, sheet.status().messageKey()))
                + (sheet.offered() && !family ? " · " + getTranslation("plan.offered") : ""));
        status.getElement().getThemeList().add("badge" + (sheet.status() == PlanStatus.ACTIVE ? " success" : ""));
        status.addClassName("plan-status");
        add(Facts.fact(label(audience, "plan.status"), status),
                Facts.fact(label(audience, "plan.period"), getTranslation("plan.periodValue",
                        Formats.date(sheet.startsOn(), getLocale()), Formats.date(sheet.endsOn(), getLocale()))),
                Facts.fact(label(audience, "plan.curator"),
                        sheet.curatorName() + (sheet.curatorEmail() == null ? "" : ", " + sheet.curatorEmail())));
        if (sheet.agreement() != null) {
            add(Facts.fact(label(audience, "plan.agreed"), sheet.signedOn() != null
                    ? getTranslation("plan.agreed.paper", sheet.agreedByName(), Formats.date(sheet.signedOn(), getLocale()))
                    : getTranslation("plan.agreed.portal", sheet.agreedByName(), Formats.dateTime(sheet.agreedAt(), getLocale()))));
        }
        if (sheet.approvedAt() != null) {
            add(Facts.fact(label(audience, "plan.approved"), getTranslation(FamilyWords.key(audience, "plan.approvedValue"),
                    sheet.approvedByName(), Formats.dateTime(sheet.approvedAt(), getLocale()))));
        }
        if (sheet.returnedReason() != null) {
            add(Facts.fact(getTranslation("plan.returned"), sheet.returnedReason()));
        }
        if (audience == Audience.STAFF) {
            // The assessment the plan rests on (decision 0024), by address: the assessment module's page.
            long caseId = sheet.caseId();
            Anchor assessment = new Anchor("assessment/" + caseId + "?tab=domains", services.assessments().brief(caseId)
                    .filter(AssessmentSummaries.Brief::anyCompleted)
                    .map(b -> getTranslation("plan.assessment.value", b.number(), getTranslation(b.kind().messageKey()),
                            getTranslation(b.status().messageKey())))
                    .orElseGet(() -> getTranslation("plan.assessment.none")));
            assessment.getElement().setAttribute("router-link", true);
            assessment.addClassName("plan-assessment-link");
            add(Facts.fact(getTranslation("plan.assessment"), assessment));
        }
        if (sheet.status() == PlanStatus.ACTIVE) {
            // The state is said in words; the tick says it again for those who do not read the colour.
            status.addComponentAsFirst(VaadinIcon.CHECK.create());
        }
    }

    private String label(Audience audience, String key) {
        return getTranslation(FamilyWords.key(audience, key));
    }
}
