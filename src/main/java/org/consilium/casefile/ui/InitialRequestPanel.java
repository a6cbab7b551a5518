package org.consilium.casefile.ui;

import static org.consilium.base.ui.Facts.fact;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import org.consilium.base.ui.Formats;
import org.consilium.casefile.CaseSheets;
import org.consilium.referral.FamilyContact;
import org.consilium.referral.VerificationRecord;

/**
 * The case page's initial request: the referral the case was opened from — when it came, why, what it
 * said — and what intake found when it verified it, read-only. Hidden for a case without a referral.
 */
class InitialRequestPanel extends Div {

    InitialRequestPanel(CaseSheets sheets, long caseId) {
        addClassName("case-initial-request");
        sheets.initialRequest(caseId).ifPresentOrElse(this::show, () -> setVisible(false));
    }

    private void show(CaseSheets.InitialRequest r) {
        add(new H3(getTranslation("case.initialRequest")),
                new Paragraph(getTranslation("case.initialRequest.receivedOn", Formats.dateTime(r.receivedAt(), getLocale()))));
        String reasons = r.reasons().stream().map(p -> getTranslation(p.messageKey())).collect(Collectors.joining(", "));
        if (!reasons.isEmpty() || r.reasonText() != null) {
            add(new Paragraph(reasons + (r.reasonText() == null ? "" : (reasons.isEmpty() ? "" : " — ") + r.reasonText())));
        }
        add(new Paragraph(r.description()));
        add(new H4(getTranslation("referral.verification")));
        VerificationRecord v = r.verification();
        if (v == null) {
            add(new Paragraph(getTranslation("referral.verification.none")));
            return;
        }
        Div facts = new Div();
        facts.addClassNames("case-header", "referral-verification");
        String contact = v.familyContact() == FamilyContact.REACHED && v.contactedOn() != null
                ? getTranslation("referral.verification.reachedOn", Formats.date(v.contactedOn(), getLocale()))
                : getTranslation(v.familyContact().messageKey());
        facts.add(fact(getTranslation("referral.verification.outcome"), v.outcome() == null
                        ? getTranslation("referral.verification.outcome.none") : getTranslation(v.outcome().messageKey())),
                fact(getTranslation("referral.verification.familyContact"), contact));
        if (v.verified()) {
            facts.add(fact(getTranslation("referral.verification.state"), getTranslation("referral.verification.verifiedBy",
                    v.verifiedBy(), Formats.dateTime(v.verifiedAt(), getLocale()))));
        }
        facts.add(wide(fact(getTranslation("referral.verification.sources"), v.sources() == null ? "—" : v.sources())));
        if (v.note() != null) {
            facts.add(wide(fact(getTranslation("referral.verification.note"), v.note())));
        }
        add(facts);
    }

    private static Div wide(Div fact) {
        fact.addClassName("wide");
        return fact;
    }
}
