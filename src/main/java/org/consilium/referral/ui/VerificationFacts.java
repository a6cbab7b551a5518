package org.consilium.referral.ui;

import static org.consilium.base.ui.Facts.fact;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.consilium.base.ui.Formats;
import org.consilium.referral.FamilyContact;
import org.consilium.referral.VerificationRecord;

/** A referral's verification, read-only: whom intake asked, the family's contact, the outcome, the note. */
class VerificationFacts extends Div {

    /** @param v the record, or {@code null}: a sentence then says nothing is recorded yet */
    VerificationFacts(VerificationRecord v) {
        addClassName("referral-verification");
        if (v == null) {
            add(new Paragraph(getTranslation("referral.verification.none")));
            return;
        }
        addClassName("case-header");
        String contact = v.familyContact() == FamilyContact.REACHED && v.contactedOn() != null
                ? getTranslation("referral.verification.reachedOn", Formats.date(v.contactedOn(), getLocale()))
                : getTranslation(v.familyContact().messageKey());
        add(fact(getTranslation("referral.verification.outcome"), v.outcome() == null
                        ? getTranslation("referral.verification.outcome.none") : getTranslation(v.outcome().messageKey())),
                fact(getTranslation("referral.verification.familyContact"), contact),
                fact(getTranslation("referral.verification.state"), v.verified()
                        ? getTranslation("referral.verification.verifiedBy", v.verifiedBy(),
                                Formats.dateTime(v.verifiedAt(), getLocale()))
                        : getTranslation("referral.verification.inProgress")),
                wide(fact(getTranslation("referral.verification.sources"), v.sources() == null ? "—" : v.sources())));
        if (v.note() != null) {
            add(wide(fact(getTranslation("referral.verification.note"), v.note())));
        }
    }

    private static Div wide(Div fact) {
        fact.addClassName("wide");
        return fact;
    }
}
