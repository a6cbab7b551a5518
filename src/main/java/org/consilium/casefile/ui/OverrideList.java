package org.consilium.casefile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.DialogFooter;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.casefile.EmergencyOverride;
import org.consilium.casefile.SharingService;
import org.consilium.casefile.SharingView;

/**
 * A case's emergency overrides: why and by whom each was granted, until when it holds (or when it
 * ended, or who withdrew it), its renewals, and the supervisor's review. Those who may manage the
 * case's sharing renew or withdraw an override in force; the service checks again.
 */
class OverrideList extends UnorderedList {

    private final SharingService sharing;
    private final Clock clock;
    private final Runnable changed;

    /** @param changed what the page does after a renewal, withdrawal or review (show the new state) */
    OverrideList(SharingService sharing, Clock clock, Runnable changed) {
        this.sharing = sharing;
        this.clock = clock;
        this.changed = changed;
        addClassName("override-list");
    }

    void show(SharingView view) {
        removeAll();
        for (SharingView.Override o : view.overrides()) {
            ListItem item = new ListItem(getTranslation("sharing.override.entry", o.agencyName(), o.reason(), o.grantedBy(),
                    dateTime(o.grantedAt())) + " — ");
            Span end = new Span(end(o));
            end.addClassName("override-end");
            item.add(end, new Span("; "));
            if (o.reviewedAt() != null) {
                item.add(new Span(getTranslation("sharing.override.reviewed", o.reviewedBy(), dateTime(o.reviewedAt()))));
            } else {
                item.add(new Span(getTranslation("sharing.override.pending")));
                if (view.mayReview()) {
                    item.add(small(new Button(getTranslation("sharing.override.review"), e -> act(
                            () -> sharing.reviewOverride(o.id()), getTranslation("sharing.override.reviewedDone")))));
                }
            }
            if (view.mayManage() && o.inForce()) {
                Button renew = small(new Button(getTranslation("sharing.override.renew"), e -> openRenewDialog(o, view)));
                renew.getElement().setAttribute("data-override", String.valueOf(o.id()));
                Button withdraw = small(new Button(getTranslation("sharing.override.withdraw"), e -> openWithdrawDialog(o)));
                withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
                withdraw.getElement().setAttribute("data-override", String.valueOf(o.id()));
                item.add(renew, withdraw);
            }
            if (!o.renewals().isEmpty()) {
                UnorderedList renewals = new UnorderedList();
                renewals.addClassName("override-renewals");
                for (SharingView.Renewal r : o.renewals()) {
                    renewals.add(new ListItem(getTranslation("sharing.override.renewalEntry", r.renewedBy(),
                            dateTime(r.renewedAt()), dateTime(r.expiresAt()), r.reason())));
                }
                item.add(renewals);
            }
            add(item);
        }
    }

    /** In force until its end, ended at its end, or withdrawn by whom and when. */
    private String end(SharingView.Override o) {
        if (o.withdrawnAt() != null) {
            return getTranslation("sharing.override.withdrawnBy", o.withdrawnBy(), dateTime(o.withdrawnAt()));
        }
        return getTranslation(o.inForce() ? "sharing.override.inForceUntil" : "sharing.override.endedAt",
                dateTime(o.expiresAt()));
    }

    void openRenewDialog(SharingView.Override o, SharingView view) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("sharing.override.renewTitle", o.agencyName()));
        TextArea reason = new TextArea(getTranslation("sharing.override.renewalReason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(EmergencyOverride.REASON_MAX);
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        dialog.setWidth("min(40rem, 100%)");
        dialog.add(new Paragraph(getTranslation("sharing.override.renewHelp",
                dateTime(clock.instant().plus(view.overrideDuration())))), reason);
        AtomicReference<EmergencyOverride> renewed = new AtomicReference<>();
        DialogFooter.add(dialog, getTranslation("sharing.override.renew"), () -> true,
                () -> renewed.set(sharing.renewOverride(o.id(), o.version(), reason.getValue())),
                () -> getTranslation("sharing.override.renewed", dateTime(renewed.get().getExpiresAt())),
                Map.of("reason", reason), changed, this::refused);
    }

    void openWithdrawDialog(SharingView.Override o) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("sharing.override.withdrawTitle", o.agencyName()));
        dialog.add(new Paragraph(getTranslation("sharing.override.withdrawConfirm", o.agencyName())));
        Button withdraw = DialogFooter.add(dialog, getTranslation("sharing.override.withdraw"), () -> true,
                () -> sharing.withdrawOverride(o.id(), o.version()),
                () -> getTranslation("sharing.override.withdrawn", o.agencyName()),
                Map.<String, HasValidation>of(), changed, this::refused);
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
    }

    /** A refusal that names no field of the dialog, such as someone else's change or an ended override. */
    private void refused(BusinessException e) {
        Notifications.error(Notifications.text(this, e));
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notifications.success(done);
        } catch (BusinessException e) {
            refused(e);
        }
        changed.run();
    }

    private String dateTime(Instant at) {
        return Formats.dateTime(at, getLocale());
    }

    private static Button small(Button b) {
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }
}
