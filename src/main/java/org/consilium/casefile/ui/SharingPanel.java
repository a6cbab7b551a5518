package org.consilium.casefile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.DialogFooter;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.casefile.EmergencyOverride;
import org.consilium.casefile.SharingService;
import org.consilium.casefile.SharingView;

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
    private SharingView current;

    SharingPanel(SharingService sharing, Clock clock, long caseId) {
        this.sharing = sharing;
        this.clock = clock;
        this.caseId = caseId;
        this.overrides = new OverrideList(sharing, clock, this::refresh);
        addClassName("sharing-panel");
        newAgency.setPlaceholder(getTranslation("sharing.agency"));
        newAgency.setItemLabelGenerator(Agency::getName);
        newAgency.setWidth("22em");
        add.setText(getTranslation("sharing.addParticipant"));
        add.addClickListener(e -> addParticipant());
        recordConsent.setText(getTranslation("sharing.consent.record"));
        recordConsent.addClickListener(e -> openConsentDialog());
        refresh();
    }

    void refresh() {
        current = sharing.view(caseId);
        removeAll();
        add(new H3(getTranslation("sharing.title")), new Paragraph(getTranslation("sharing.help")));

        add(new H4(getTranslation("sharing.participants")));
        participants.removeAll();
        if (current.participants().isEmpty()) {
            participants.add(new ListItem(getTranslation("sharing.none")));
        }
        for (SharingView.Participant p : current.participants()) {
            ListItem item = new ListItem();
            Span status = new Span(getTranslation(p.sharing().messageKey()));
            status.getElement().getThemeList().add("badge");
            if (p.sharing() == SharingView.Sharing.NOT_SHARED) {
                status.getElement().getThemeList().add("contrast");
            } else if (p.sharing() == SharingView.Sharing.EMERGENCY_OVERRIDE) {
                status.getElement().getThemeList().add("error");
            } else {
                status.getElement().getThemeList().add("success");
            }
            item.add(new Span(p.agencyName() + " — " + getTranslation(p.reason().messageKey()) + ", "
                    + Formats.dateTime(p.since(), getLocale()) + " "), status);
            if (current.mayManage() && p.sharing() == SharingView.Sharing.NOT_SHARED) {
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
                    .filter(a -> current.participants().stream().noneMatch(p -> p.agencyId() == a.getId())).toList());
            HorizontalLayout adding = new HorizontalLayout(newAgency, add);
            adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(adding);
        }

        add(new H4(getTranslation("sharing.consents")));
        consents.removeAll();
        if (current.consents().isEmpty()) {
            consents.add(new ListItem(getTranslation("sharing.consent.none")));
        }
        for (SharingView.Consent k : current.consents()) {
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
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("sharing.consent.record"));
        ComboBox<String> member = new ComboBox<>(getTranslation("sharing.consent.member"), current.familyMembers());
        member.setRequiredIndicatorVisible(true);
        CheckboxGroup<AgencyType> types = new CheckboxGroup<>(getTranslation("sharing.consent.types"),
                EnumSet.complementOf(EnumSet.of(AgencyType.SOCIAL_SERVICES)));
        types.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        DatePicker signedOn = date("sharing.consent.signedOn", LocalDate.now(clock));
        signedOn.setMax(LocalDate.now(clock));
        DatePicker validUntil = date("sharing.consent.validUntil", LocalDate.now(clock).plusYears(1));
        FormLayout form = new FormLayout(member, types, signedOn, validUntil);
        form.setColspan(types, 2);
        dialog.add(form);
        footer(dialog, () -> sharing.recordConsent(caseId, member.getValue(), types.getValue(), signedOn.getValue(), validUntil.getValue()),
                getTranslation("sharing.consent.saved"),
                Map.of("member", member, "agencyTypes", types, "signedOn", signedOn, "validUntil", validUntil));
    }

    private void openWithdrawDialog(SharingView.Consent k) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("sharing.consent.withdraw"));
        DatePicker on = date("sharing.consent.withdrawnOn", LocalDate.now(clock));
        on.setMax(LocalDate.now(clock));
        dialog.add(new Paragraph(k.memberName()), on);
        footer(dialog, () -> sharing.withdrawConsent(caseId, k.id(), k.version(), on.getValue()),
                getTranslation("sharing.consent.withdrawn"), Map.of("withdrawnOn", on));
    }

    private void openOverrideDialog(SharingView.Participant p) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("sharing.override") + ": " + p.agencyName());
        TextArea reason = new TextArea(getTranslation("sharing.override.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(EmergencyOverride.REASON_MAX);
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        dialog.setWidth("min(40rem, 100%)");
        dialog.add(new Paragraph(getTranslation("sharing.override.help")), reason);
        footer(dialog, () -> sharing.emergencyOverride(caseId, p.agencyId(), reason.getValue()),
                getTranslation("sharing.override.granted", p.agencyName()), Map.of("reason", reason));
    }

    private DatePicker date(String labelKey, LocalDate value) {
        DatePicker d = new DatePicker(getTranslation(labelKey));
        d.setLocale(getLocale());
        d.setValue(value);
        d.setRequiredIndicatorVisible(true);
        d.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(getTranslation("validation.badDate"))
                .setMaxErrorMessage(getTranslation("sharing.consent.signedInFuture")));
        return d;
    }

    /** Cancel and save; a refusal is shown at the field it names, the dialog stays open. */
    private void footer(Dialog dialog, Runnable action, String done, Map<String, HasValidation> fields) {
        DialogFooter.add(dialog, getTranslation("action.save"), () -> true, action, () -> done, fields,
                this::refresh, ex -> Notifications.error(Notifications.text(this, ex)));
    }
}
