package org.consilium.referral.ui;

import static org.consilium.base.ui.Facts.fact;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.consilium.agency.Agency;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.ReadDialog;
import org.consilium.family.FamilyRow;
import org.consilium.family.FamilyService;
import org.consilium.family.ui.NewFamilyDialog;
import org.consilium.referral.Referral;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ReferralStatus;
import org.consilium.referral.VerificationRecord;
import org.springframework.data.domain.PageRequest;

/**
 * One referral: what it says, what its verification found, and what intake can do with it now — start
 * verification, record what it checked and mark it verified, link the family it is about, decline it
 * with a reason; the supervisor decides on a verified one.
 * <p>
 * It shows a referral and edits none of it, so it is not an edit dialog: each action is a service call
 * at the version shown here, and what needs input has a dialog of its own ({@link DeclineDialog},
 * {@link VerificationDialog}, {@link NewFamilyDialog}). A refusal is shown like any refusal outside a
 * form; the view learns of a change through a {@link ChangeEvent}.
 */
class ReferralDialog extends ReadDialog {

    final Button startVerification = new Button();
    final Button recordVerification = new Button();
    final ComboBox<FamilyRow> family = new ComboBox<>();
    final Button linkFamily = new Button();
    final Button decline = new Button();
    final Button decide = new Button();
    final Button newFamily = new Button();
    NewFamilyDialog newFamilyDialog;
    DeclineDialog declineDialog;
    VerificationDialog verificationDialog;
    private final Referral referral;
    private final ReferralService referrals;
    private final FamilyService families;

    /**
     * @param verification what was recorded of the referral's verification, or {@code null}
     * @param schools      the schools a new family's children may attend
     * @param today        the latest birth date of a new family's member and day of contact with the family
     */
    ReferralDialog(Referral referral, VerificationRecord verification, boolean supervisor, ReferralService referrals,
                   FamilyService families, List<Agency> schools, LocalDate today) {
        super();
        this.referral = referral;
        this.referrals = referrals;
        this.families = families;
        setHeaderTitle(getTranslation("referral.title", Formats.dateTime(referral.getReceivedAt(), getLocale())));
        setWidth("min(52rem, 100%)");

        Div facts = new Div();
        facts.addClassName("case-header");
        facts.add(fact(getTranslation("referral.status"), getTranslation(referral.getStatus().messageKey())),
                fact(getTranslation("referral.urgency"), getTranslation(referral.getUrgency().messageKey())),
                fact(getTranslation("referral.dueAt"), Formats.dateTime(referral.getDueAt(), getLocale())),
                fact(getTranslation("referral.source"), getTranslation(referral.getSourceType().messageKey())
                        + (referral.getSourceAgency() != null ? ": " + referral.getSourceAgency().getName()
                        : referral.getSourcePerson() != null ? ": " + referral.getSourcePerson() : "")),
                fact(getTranslation("referral.channel"), getTranslation(referral.getChannel().messageKey())),
                fact(getTranslation("referral.family"), referral.getFamily() == null ? "—" : referral.getFamily().getName()));
        add(facts, new H3(getTranslation("referral.peopleConcerned")), new Paragraph(referral.getPeopleConcerned()),
                new H3(getTranslation("referral.description")), new Paragraph(referral.getDescription()));
        if (!referral.getReasons().isEmpty() || referral.getReasonText() != null) {
            add(new Paragraph(referral.getReasons().stream().map(p -> getTranslation(p.messageKey()))
                    .collect(Collectors.joining(", ")) + (referral.getReasonText() == null ? "" : " — " + referral.getReasonText())));
        }
        if (referral.getStatus() == ReferralStatus.DECLINED) {
            add(new Paragraph(getTranslation("referral.declinedBecause", referral.getDeclineReason())));
        }
        boolean verifying = referral.getStatus() == ReferralStatus.VERIFYING || referral.getStatus() == ReferralStatus.VERIFIED;
        if (verifying || verification != null) {
            add(new H3(getTranslation("referral.verification")), new VerificationFacts(verification));
        }

        if (referral.getStatus().isPending()) {
            startVerification.setText(getTranslation("referral.startVerification"));
            startVerification.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            startVerification.setVisible(referral.getStatus() == ReferralStatus.NEW);
            // Verifying leads to linking the family: the referral stays on screen for it.
            startVerification.addClickListener(e -> act(() -> referrals.startVerification(referral.getId(), referral.getVersion()),
                    "referral.verificationStarted", true));

            family.setLabel(getTranslation("referral.linkFamily"));
            family.setPlaceholder(getTranslation("referral.linkFamily.placeholder"));
            family.setItemLabelGenerator(f -> f.name() + (f.address().isEmpty() ? "" : ", " + f.address()) + " — "
                    + f.members().stream().map(FamilyRow.Member::fullName).collect(Collectors.joining(", ")));
            family.setItems(query -> families.search(query.getFilter().orElse(""),
                    PageRequest.of(query.getPage(), query.getPageSize())).stream());
            family.setWidthFull();
            linkFamily.setText(getTranslation("referral.linkFamily.do"));
            linkFamily.addClickListener(e -> {
                if (family.getValue() == null) {
                    family.setErrorMessage(getTranslation("referral.family.required"));
                    family.setInvalid(true);
                    return;
                }
                act(() -> link(family.getValue().id()), "referral.familyLinked", false);
            });
            newFamily.setText(getTranslation("family.new"));
            newFamily.addClickListener(e -> openNewFamily(schools, today));
            HorizontalLayout link = new HorizontalLayout(family, linkFamily, newFamily);
            link.setWidthFull();
            link.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

            decline.setText(getTranslation("referral.decline"));
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            decline.addClickListener(e -> openDecline());

            decide.setText(getTranslation("referral.decide"));
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            decide.setVisible(supervisor && referral.getStatus() == ReferralStatus.VERIFIED);
            decide.addClickListener(e -> {
                close();
                getUI().ifPresent(ui -> ui.navigate("open-case/" + referral.getId()));
            });
            recordVerification.setText(getTranslation(verification == null ? "referral.verification.record"
                    : "referral.verification.edit"));
            recordVerification.setVisible(verifying);
            recordVerification.addClickListener(e -> openVerification(today));
            add(new H3(getTranslation("referral.actions")), startVerification, recordVerification, link);
            if (supervisor && referral.getStatus() == ReferralStatus.VERIFYING) {
                add(new Paragraph(getTranslation("referral.verification.beforeDecision")));
            }
            addActions(decline, decide);
        }
    }

    private void link(long familyId) {
        referrals.linkFamily(referral.getId(), referral.getVersion(), families.get(familyId).orElseThrow());
    }

    /** Registers the referral's family, or takes a known one the check finds, and links it. */
    private void openNewFamily(List<Agency> schools, LocalDate today) {
        NewFamilyDialog opened = new NewFamilyDialog(families, schools, today);
        opened.addSaveListener(e -> {
            if (opened.submit(() -> referrals.linkFamily(referral.getId(), referral.getVersion(),
                    families.register(opened.details(), opened.duplicatesReviewed())))) {
                done("referral.familyLinked", false);
            }
        });
        opened.addTakeListener(e -> act(() -> link(e.familyId()), "referral.familyLinked", false));
        opened.onReload(this::showAgain);
        newFamilyDialog = opened;
        opened.open();
    }

    private void openVerification(LocalDate today) {
        VerificationDialog opened = new VerificationDialog(referral, today);
        opened.addSaveListener(e -> {
            if (opened.submit(() -> referrals.recordVerification(opened.recordId(), opened.version(), opened.details()))) {
                done(opened.details().isMarkVerified() && referral.getStatus() == ReferralStatus.VERIFYING
                        ? "referral.verification.verified" : "referral.verification.saved", true);
            }
        });
        opened.onReload(this::showAgain);
        verificationDialog = opened;
        opened.open();
    }

    private void openDecline() {
        DeclineDialog opened = new DeclineDialog(referral);
        opened.addSaveListener(e -> {
            if (opened.submit(() -> referrals.decline(opened.recordId(), opened.version(), opened.details()))) {
                done("referral.declined", false);
            }
        });
        opened.onReload(this::showAgain);
        declineDialog = opened;
        opened.open();
    }

    /** An action without input of its own; a refusal is shown, and a lost race offers the referral as saved now. */
    private void act(Runnable action, String doneKey, boolean showAgain) {
        if (Notifications.act(this, action, doneKey, this::showAgain)) {
            changed(showAgain);
        }
    }

    private void done(String doneKey, boolean showAgain) {
        Notifications.success(getTranslation(doneKey));
        changed(showAgain);
    }

    private void changed(boolean showAgain) {
        close();
        fireEvent(new ChangeEvent(this, showAgain));
    }

    /** Shows the referral again as it is saved now. */
    private void showAgain() {
        changed(true);
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** The referral changed, or is to be read again: lists showing it refresh. */
    static class ChangeEvent extends ComponentEvent<ReferralDialog> {

        private final boolean showAgain;

        ChangeEvent(ReferralDialog source, boolean showAgain) {
            super(source, false);
            this.showAgain = showAgain;
        }

        /** Whether the referral is to be shown again (there is more to do with it, or it was saved by someone else). */
        boolean showAgain() {
            return showAgain;
        }
    }
}
