package org.consilium.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.consilium.agency.Agency;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.family.FamilyRow;
import org.consilium.family.FamilyService;
import org.consilium.referral.Referral;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ReferralStatus;
import org.springframework.data.domain.PageRequest;

/**
 * One referral: what it says, and what intake can do with it now — start verification, link the
 * family it is about, decline it with a reason; the supervisor decides on a verified one.
 */
class ReferralDialog extends Dialog {

    final Button startVerification = new Button();
    final ComboBox<FamilyRow> family = new ComboBox<>();
    final Button linkFamily = new Button();
    final TextArea declineReason = new TextArea();
    final TextField redirectTo = new TextField();
    final Button decline = new Button();
    final Button decide = new Button();
    final Button newFamily = new Button();
    NewFamilyDialog newFamilyDialog;
    private Referral referral;
    private final ReferralService referrals;
    private final Runnable onChange;
    private final LongConsumer reopen;

    /**
     * {@code onChange} refreshes what lists referrals; {@code reopen} shows the referral again after a
     * step that leaves more to do (verification started: the family is linked next).
     */
    ReferralDialog(Referral referral, boolean supervisor, ReferralService referrals, FamilyService families,
                   List<Agency> schools, Runnable onChange,
                   LongConsumer reopen) {
        this.referral = referral;
        this.referrals = referrals;
        this.onChange = onChange;
        this.reopen = reopen;
        setHeaderTitle(getTranslation("referral.title", Formats.dateTime(referral.getReceivedAt(), getLocale())));
        setWidth("min(52rem, 100%)");

        Div facts = new Div();
        facts.addClassName("case-header");
        facts.add(fact("referral.status", getTranslation(referral.getStatus().messageKey())),
                fact("referral.urgency", getTranslation(referral.getUrgency().messageKey())),
                fact("referral.dueAt", Formats.dateTime(referral.getDueAt(), getLocale())),
                fact("referral.source", getTranslation(referral.getSourceType().messageKey())
                        + (referral.getSourceAgency() != null ? ": " + referral.getSourceAgency().getName()
                        : referral.getSourcePerson() != null ? ": " + referral.getSourcePerson() : "")),
                fact("referral.channel", getTranslation(referral.getChannel().messageKey())),
                fact("referral.family", referral.getFamily() == null ? "—" : referral.getFamily().getName()));
        add(facts, new H3(getTranslation("referral.peopleConcerned")), new Paragraph(referral.getPeopleConcerned()),
                new H3(getTranslation("referral.description")), new Paragraph(referral.getDescription()));
        if (!referral.getReasons().isEmpty() || referral.getReasonText() != null) {
            add(new Paragraph(referral.getReasons().stream().map(p -> getTranslation(p.messageKey()))
                    .collect(Collectors.joining(", ")) + (referral.getReasonText() == null ? "" : " — " + referral.getReasonText())));
        }
        if (referral.getStatus() == ReferralStatus.DECLINED) {
            add(new Paragraph(getTranslation("referral.declinedBecause", referral.getDeclineReason())));
        }

        if (referral.getStatus().isPending()) {
            startVerification.setText(getTranslation("referral.startVerification"));
            startVerification.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            startVerification.setVisible(referral.getStatus() == ReferralStatus.NEW);
            startVerification.addClickListener(e -> {
                act(() -> referrals.startVerification(this.referral.getId(), this.referral.getVersion()),
                        "referral.verificationStarted");
                if (!isOpened()) {
                    reopen.accept(this.referral.getId());
                }
            });

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
                act(() -> referrals.linkFamily(this.referral.getId(), this.referral.getVersion(),
                        families.get(family.getValue().id()).orElseThrow()), "referral.familyLinked");
            });
            newFamily.setText(getTranslation("family.new"));
            newFamily.addClickListener(e -> {
                newFamilyDialog = new NewFamilyDialog(families, schools, f -> act(() -> referrals.linkFamily(
                        this.referral.getId(), this.referral.getVersion(), f), "referral.familyLinked"));
                newFamilyDialog.open();
            });
            HorizontalLayout link = new HorizontalLayout(family, linkFamily, newFamily);
            link.setWidthFull();
            link.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

            declineReason.setLabel(getTranslation("referral.declineReason"));
            declineReason.setMaxLength(Referral.DECLINE_REASON_MAX);
            declineReason.setWidthFull();
            redirectTo.setLabel(getTranslation("referral.redirectTo"));
            redirectTo.setMaxLength(Referral.REDIRECT_MAX);
            redirectTo.setWidthFull();
            decline.setText(getTranslation("referral.decline"));
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            decline.addClickListener(e -> act(() -> referrals.decline(this.referral.getId(), this.referral.getVersion(),
                    declineReason.getValue(), redirectTo.getValue()), "referral.declined"));
            FormLayout declineForm = new FormLayout(declineReason, redirectTo);

            decide.setText(getTranslation("referral.decide"));
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            decide.setVisible(supervisor && referral.getStatus() == ReferralStatus.VERIFYING);
            decide.addClickListener(e -> {
                close();
                getUI().ifPresent(ui -> ui.navigate("open-case/" + this.referral.getId()));
            });
            add(new H3(getTranslation("referral.actions")), startVerification, link, declineForm);
            getFooter().add(decline, decide);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private Div fact(String labelKey, String value) {
        Div f = new Div();
        f.addClassName("case-fact");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("case-fact-label");
        f.add(label, new Span(value));
        return f;
    }

    private void act(Supplier<Referral> action, String doneKey) {
        try {
            referral = action.get();
            Notifications.success(getTranslation(doneKey));
            onChange.run();
            close();
        } catch (BusinessException e) {
            if (e.getField().map(f -> f.equals("declineReason")).orElse(false)) {
                declineReason.setErrorMessage(Notifications.text(this, e));
                declineReason.setInvalid(true);
            } else {
                Notifications.error(Notifications.text(this, e));
            }
        }
    }
}
