package org.consilium.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.base.ui.Formats;
import org.consilium.live.LivePages;
import org.consilium.live.Topics;
import org.consilium.notice.MailChoice;
import org.consilium.notice.NoticeRow;
import org.consilium.notice.Notices;

/**
 * The bell in the frame of every page: how many notices are unread, and on a click the latest of them,
 * each saying what happened, to which family (if the reader may see it) and linking to it. Opening
 * one marks it read; "Mark all read" marks the rest. The user chooses here how they are mailed. The
 * count changes while the page is open, as notices arrive.
 */
public class NoticeBell extends Div {

    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span count = new Span();
    final Popover popover = new Popover();
    final Div items = new Div();
    final Button markAll = new Button();
    final Select<MailChoice> mail = new Select<>();
    private final Notices notices;
    /** While the list fills the choice of mail in, it is not the user choosing. */
    private boolean filling;

    public NoticeBell(Notices notices, LivePages pages, UserAccountService accounts) {
        this.notices = notices;
        addClassName("notice-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClassName("notice-bell-button");
        count.addClassName("notice-count");
        count.getElement().getThemeList().add("badge error pill small primary");
        add(bell, count);

        H2 heading = new H2(getTranslation("notice.title"));
        heading.addClassName("notice-heading");
        markAll.setText(getTranslation("notice.markAllRead"));
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.addClickListener(e -> {
            notices.markAllRead();
            refresh();
        });
        Div head = new Div(heading, markAll);
        head.addClassName("notice-head");
        items.addClassName("notice-items");
        mail.setLabel(getTranslation("notice.mail.label"));
        mail.setItems(MailChoice.values());
        mail.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        mail.addClassName("notice-mail");
        mail.addValueChangeListener(e -> {
            if (!filling && e.getValue() != null) {
                notices.chooseMail(e.getValue());
            }
        });
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addClassName("notice-popover");
        popover.setAriaLabel(getTranslation("notice.title"));
        // The list is built when the bell is opened and let go when it closes: a closed bell holds nothing.
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                popover.add(head, items, mail);
                showItems();
            } else {
                popover.removeAll();
                items.removeAll();
            }
        });
        add(popover);
        refresh();
        accounts.signedIn().map(SignedInUser::id)
                .ifPresent(me -> pages.watch(this, Topics.ofUser(me), c -> true, c -> refresh()));
    }

    /** Shows the unread count again, and the list if it is open. */
    void refresh() {
        long unread = notices.myUnreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notice.bell", unread));
        bell.setTooltipText(getTranslation("notice.bell", unread));
        if (popover.isOpened()) {
            showItems();
        }
    }

    private void showItems() {
        items.removeAll();
        List<NoticeRow> latest = notices.myLatest();
        if (latest.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("notice.empty"));
            empty.addClassName("notice-empty");
            items.add(empty);
        }
        for (NoticeRow n : latest) {
            items.add(item(n));
        }
        markAll.setEnabled(latest.stream().anyMatch(n -> !n.read()));
        filling = true;
        mail.setValue(notices.myMailChoice());
        filling = false;
        mail.setHelperText(notices.iHaveAnAddress() ? null : getTranslation("notice.mail.noAddress"));
    }

    private Div item(NoticeRow n) {
        String family = n.familyName() == null ? getTranslation("notice.aFamily")
                : getTranslation("notice.theFamily", n.familyName());
        Span what = new Span(getTranslation(n.messageKey(), n.actorName() == null ? "" : n.actorName(), family));
        what.addClassName("notice-what");
        Div item = new Div(what);
        if (n.subject() != null) {
            Span subject = new Span(n.subject());
            subject.addClassName("notice-subject");
            item.add(subject);
        }
        Span when = new Span(Formats.dateTime(n.at(), getLocale()));
        when.addClassName("notice-when");
        item.add(when);
        item.addClassName("notice-item");
        item.addClassName(n.read() ? "read" : "unread");
        item.getElement().setAttribute("role", "link");
        item.getElement().setAttribute("tabindex", "0");
        item.getElement().setAttribute("data-notice", String.valueOf(n.id()));
        item.addClickListener(e -> open(n));
        item.getElement().addEventListener("keydown", e -> open(n)).setFilter("event.key === 'Enter'");
        return item;
    }

    private void open(NoticeRow n) {
        notices.markRead(n.id());
        popover.close();
        refresh();
        getUI().ifPresent(ui -> ui.navigate(n.link() == null ? "" : n.link()));
    }
}
