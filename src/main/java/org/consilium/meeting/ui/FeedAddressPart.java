package org.consilium.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.meeting.CalendarFeedService;

/**
 * The user's private subscription address for calendar programs: made on request and shown once in
 * full, to copy; afterwards only that there is one and since when. Making a new one and revoking it
 * ask first, since calendar programs using the old address stop getting updates.
 */
class FeedAddressPart extends Div {

    final Paragraph state = new Paragraph();
    final TextField address = new TextField();
    final Button copy = new Button();
    final Button create = new Button();
    final Button renew = new Button();
    final Button revoke = new Button();
    private final Paragraph shownOnce = new Paragraph();
    private final CalendarFeedService feeds;

    FeedAddressPart(CalendarFeedService feeds) {
        this.feeds = feeds;
        addClassName("calendar-feed");
        address.setLabel(getTranslation("meeting.feed.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.addFocusListener(e -> address.getElement().executeJs("this.inputElement.select()"));
        shownOnce.addClassName("calendar-feed-once");
        shownOnce.setText(getTranslation("meeting.feed.shownOnce"));
        copy.setText(getTranslation("meeting.feed.copy"));
        copy.addClickListener(e -> copyAddress());
        create.setText(getTranslation("meeting.feed.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> make());
        renew.setText(getTranslation("meeting.feed.renew"));
        renew.addClickListener(e -> confirmRenew());
        revoke.setText(getTranslation("meeting.feed.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(e -> confirmRevoke());
        Div buttons = new Div(create, renew, revoke);
        buttons.addClassName("calendar-feed-actions");
        add(new H3(getTranslation("meeting.feed.title")), new Paragraph(getTranslation("meeting.feed.help")), state,
                address, copy, shownOnce, buttons);
        show(null);
    }

    /** The part as it stands; {@code secret} is the address just made, shown this once. */
    private void show(String secret) {
        Optional<Instant> madeAt = feeds.myAddressMadeAt();
        boolean fresh = secret != null;
        state.setText(madeAt.isEmpty() ? getTranslation("meeting.feed.none")
                : fresh ? "" : getTranslation("meeting.feed.madeAt", Formats.dateTime(madeAt.get(), getLocale())));
        state.setVisible(!fresh);
        address.setValue(fresh ? addressOf(secret) : "");
        address.setVisible(fresh);
        copy.setVisible(fresh);
        shownOnce.setVisible(fresh);
        create.setVisible(madeAt.isEmpty());
        renew.setVisible(madeAt.isPresent());
        revoke.setVisible(madeAt.isPresent());
    }

    private void make() {
        String secret = feeds.newAddress();
        Notifications.success(getTranslation("meeting.feed.created"));
        show(secret);
    }

    private void confirmRenew() {
        ConfirmDialog confirm = new ConfirmDialog("meeting.feed.renew", getTranslation("meeting.feed.renew.confirm"),
                "meeting.feed.renew");
        confirm.addSaveListener(e -> {
            String[] secret = new String[1];
            if (confirm.submit(() -> secret[0] = feeds.newAddress())) {
                Notifications.success(getTranslation("meeting.feed.created"));
                show(secret[0]);
            }
        });
        confirm.open();
    }

    private void confirmRevoke() {
        ConfirmDialog confirm = new ConfirmDialog("meeting.feed.revoke.title", getTranslation("meeting.feed.revoke.confirm"),
                "meeting.feed.revoke").dangerous();
        confirm.addSaveListener(e -> {
            if (confirm.submit(feeds::revokeMyAddress)) {
                Notifications.success(getTranslation("meeting.feed.revoked"));
                show(null);
            }
        });
        confirm.open();
    }

    private void copyAddress() {
        getElement().executeJs("return navigator.clipboard.writeText($0)", address.getValue()).then(
                ok -> Notifications.success(getTranslation("meeting.feed.copied")),
                error -> Notifications.error(getTranslation("meeting.feed.copyByHand")));
    }

    /**
     * The full address as the user's browser reaches the portal (behind a proxy, with its forwarded
     * headers applied, as for the portal's other absolute addresses).
     */
    static String addressOf(String secret) {
        String path = CalendarFeedService.PATH + secret + CalendarFeedService.SUFFIX;
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest servlet)) {
            return path;
        }
        HttpServletRequest request = servlet.getHttpServletRequest();
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        String host = request.getServerName();
        return scheme + "://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                + (defaultPort ? "" : ":" + port) + request.getContextPath() + path;
    }
}
