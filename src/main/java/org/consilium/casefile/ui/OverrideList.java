package org.consilium.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.ReasonDialog;
import org.consilium.casefile.CaseSharing;
import org.consilium.casefile.EmergencyOverride;
import org.consilium.casefile.SharingService;

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

    void show(CaseSharing view) {
        removeAll();
        for (CaseSharing.Override o : view.overrides()) {
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
                    item.add(small(new Button(getTranslation("sharing.override.review"), e -> review(o))));
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
                for (CaseSharing.Renewal r : o.renewals()) {
                    renewals.add(new ListItem(getTranslation("sharing.override.renewalEntry", r.renewedBy(),
                            dateTime(r.renewedAt()), dateTime(r.expiresAt()), r.reason())));
                }
                item.add(renewals);
            }
            add(item);
        }
    }

    /** In force until its end, ended at its end, or withdrawn by whom and when. */
    private String end(CaseSharing.Override o) {
        if (o.withdrawnAt() != null) {
            return getTranslation("sharing.override.withdrawnBy", o.withdrawnBy(), dateTime(o.withdrawnAt()));
        }
        return getTranslation(o.inForce() ? "sharing.override.inForceUntil" : "sharing.override.endedAt",
                dateTime(o.expiresAt()));
    }

    void openRenewDialog(CaseSharing.Override o, CaseSharing view) {
        ReasonDialog form = new ReasonDialog("sharing.override.renew", "sharing.override.renewalReason",
                EmergencyOverride.REASON_MAX, true)
                .explaining(getTranslation("sharing.override.renewHelp", dateTime(clock.instant().plus(view.overrideDuration()))));
        form.setHeaderTitle(getTranslation("sharing.override.renewTitle", o.agencyName()));
        AtomicReference<EmergencyOverride> renewed = new AtomicReference<>();
        form.addSaveListener(e -> {
            if (form.submit(() -> renewed.set(sharing.renewOverride(o.id(), o.version(), form.reason())))) {
                changed.run();
                Notifications.success(getTranslation("sharing.override.renewed", dateTime(renewed.get().getExpiresAt())));
            }
        });
        open(form);
    }

    void openWithdrawDialog(CaseSharing.Override o) {
        ConfirmDialog form = new ConfirmDialog("sharing.override.withdraw",
                getTranslation("sharing.override.withdrawConfirm", o.agencyName()), "sharing.override.withdraw").dangerous();
        form.setHeaderTitle(getTranslation("sharing.override.withdrawTitle", o.agencyName()));
        form.addSaveListener(e -> {
            if (form.submit(() -> sharing.withdrawOverride(o.id(), o.version()))) {
                changed.run();
                Notifications.success(getTranslation("sharing.override.withdrawn", o.agencyName()));
            }
        });
        open(form);
    }

    private void open(EditDialog<?> form) {
        form.onReload(changed);
        form.open();
    }

    /** Marks an override as reviewed at once (nothing to fill in); a refusal says why, or who changed it first. */
    private void review(CaseSharing.Override o) {
        Notifications.act(this, () -> sharing.reviewOverride(o.id()), "sharing.override.reviewedDone", changed);
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
