package org.consilium.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.consilium.agency.Agency;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.ReasonDialog;
import org.consilium.casefile.CaseSharing;
import org.consilium.casefile.EmergencyOverride;
import org.consilium.casefile.SharingService;

/**
 * The case page's part about sharing with partner agencies: who takes part and how they may see the
 * case, the family's consents, and emergency overrides ({@link OverrideList}). Actions appear only for
 * those who may take them; the service checks again.
 */
class SharingPanel extends Div {

    final UnorderedList participants = new UnorderedList();
    final UnorderedList consents = new UnorderedList();
    final OverrideList overrides;
    final ComboBox<Agency> newAgency = new ComboBox<>();
    final Button add = new Button();
    final Button recordConsent = new Button();
    private final SharingService sharing;
    private final Clock clock;
    private final long caseId;
    private CaseSharing current;

    SharingPanel(SharingService sharing, Clock clock, long caseId) {
        this.sharing = sharing;
        this.clock = clock;
        this.caseId = caseId;
        this.overrides = new OverrideList(sharing, clock, this::refresh);
        addClassName("sharing-panel");
        newAgency.setPlaceholder(getTranslation("sharing.agency"));
        newAgency.setItemLabelGenerator(Agency::getName);
        newAgency.setWidth("22em");
        // On a phone the box takes the screen's width and the button goes below it.
        newAgency.setMaxWidth("100%");
        add.setText(getTranslation("sharing.addParticipant"));
        add.addClickListener(e -> addParticipant());
        recordConsent.setText(getTranslation("sharing.consent.record"));
        recordConsent.addClickListener(e -> openConsentDialog());
        refresh();
    }

    void refresh() {
        current = sharing.caseSharing(caseId);
        removeAll();
        add(new H3(getTranslation("sharing.title")), new Paragraph(getTranslation("sharing.help")));

        add(new H4(getTranslation("sharing.participants")));
        participants.removeAll();
        if (current.participants().isEmpty()) {
            participants.add(new ListItem(getTranslation("sharing.none")));
        }
        for (CaseSharing.Participant p : current.participants()) {
            ListItem item = new ListItem();
            Span status = new Span(getTranslation(p.sharing().messageKey()));
            status.getElement().getThemeList().add("badge");
            if (p.sharing() == CaseSharing.Sharing.NOT_SHARED) {
                status.getElement().getThemeList().add("contrast");
            } else if (p.sharing() == CaseSharing.Sharing.EMERGENCY_OVERRIDE) {
                status.getElement().getThemeList().add("error");
            } else {
                status.getElement().getThemeList().add("success");
            }
            item.add(new Span(p.agencyName() + " — " + getTranslation(p.reason().messageKey()) + ", "
                    + Formats.dateTime(p.since(), getLocale()) + " "), status);
            if (current.mayManage() && p.reason().opensCase() && p.sharing() == CaseSharing.Sharing.NOT_SHARED) {
                Button override = new Button(getTranslation("sharing.override"), e -> openOverrideDialog(p));
                override.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                override.getElement().setAttribute("data-agency", String.valueOf(p.agencyId()));
                item.add(override);
            }
            participants.add(item);
        }
        add(participants);
        if (current.mayManage()) {
            newAgency.setItems(sharing.partnerAgencies().stream()
                    .filter(a -> current.participants().stream()
                            .noneMatch(p -> p.agencyId() == a.getId() && p.reason().opensCase())).toList());
            HorizontalLayout adding = new HorizontalLayout(newAgency, add);
            adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            adding.setWrap(true);
            adding.setMaxWidth("100%");
            add(adding);
        }

        add(new H4(getTranslation("sharing.consents")));
        consents.removeAll();
        if (current.consents().isEmpty()) {
            consents.add(new ListItem(getTranslation("sharing.consent.none")));
        }
        for (CaseSharing.Consent k : current.consents()) {
            String types = k.agencyTypes().stream().map(t -> getTranslation(t.messageKey())).collect(Collectors.joining(", "));
            ListItem item = new ListItem(getTranslation("sharing.consent.entry", k.memberName(), types,
                    Formats.date(k.signedOn(), getLocale()), Formats.date(k.validUntil(), getLocale())));
            if (k.withdrawnOn() != null) {
                item.add(new Span(" — " + getTranslation("sharing.consent.withdrawnEntry", Formats.date(k.withdrawnOn(), getLocale()))));
            } else if (current.mayManage()) {
                Button withdraw = new Button(getTranslation("sharing.consent.withdraw"), e -> openWithdrawDialog(k));
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                item.add(withdraw);
            }
            consents.add(item);
        }
        add(consents);
        if (current.mayManage()) {
            add(recordConsent);
        }

        overrides.show(current);
        if (!current.overrides().isEmpty()) {
            add(new H4(getTranslation("sharing.override")), overrides);
        }
    }

    private void addParticipant() {
        if (newAgency.getValue() == null) {
            newAgency.setErrorMessage(getTranslation("sharing.participant.partnersOnly"));
            newAgency.setInvalid(true);
            return;
        }
        String name = newAgency.getValue().getName();
        try {
            sharing.addParticipant(caseId, newAgency.getValue().getId());
            newAgency.clear();
            newAgency.setInvalid(false);
            Notifications.success(getTranslation("sharing.participantAdded", name));
            refresh();
        } catch (BusinessException e) {
            newAgency.setErrorMessage(Notifications.text(this, e));
            newAgency.setInvalid(true);
        }
    }

    void openConsentDialog() {
        ConsentForm form = new ConsentForm(current, LocalDate.now(clock));
        form.addSaveListener(e -> saved(form, () -> sharing.recordConsent(caseId, form.details().getMember(),
                form.details().getAgencyTypes(), form.details().getSignedOn(), form.details().getValidUntil()),
                getTranslation("sharing.consent.saved")));
        open(form);
    }

    private void openWithdrawDialog(CaseSharing.Consent k) {
        ConsentWithdrawalForm form = new ConsentWithdrawalForm(k, LocalDate.now(clock));
        form.addSaveListener(e -> saved(form, () -> sharing.withdrawConsent(caseId, form.recordId(), form.version(),
                form.details().getWithdrawnOn()), getTranslation("sharing.consent.withdrawn")));
        open(form);
    }

    private void openOverrideDialog(CaseSharing.Participant p) {
        ReasonDialog form = new ReasonDialog("sharing.override", "sharing.override.reason", EmergencyOverride.REASON_MAX, true)
                .explaining(getTranslation("sharing.override.help"));
        form.setHeaderTitle(getTranslation("sharing.override") + ": " + p.agencyName());
        form.addSaveListener(e -> saved(form, () -> sharing.emergencyOverride(caseId, p.agencyId(), form.reason()),
                getTranslation("sharing.override.granted", p.agencyName())));
        open(form);
    }

    private void open(EditDialog<?> form) {
        form.onReload(this::refresh);
        form.open();
    }

    /** Saves through the service; once saved, the panel shows the new state and says what happened. */
    private void saved(EditDialog<?> form, Runnable save, String done) {
        if (form.submit(save)) {
            refresh();
            Notifications.success(done);
        }
    }
}
