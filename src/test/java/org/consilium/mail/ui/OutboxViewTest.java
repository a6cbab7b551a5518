package org.consilium.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import java.util.List;
import java.util.Locale;
import org.consilium.base.ui.AccessDeniedView;
import org.consilium.mail.IcsFiles;
import org.consilium.mail.Outbox;
import org.consilium.mail.Outbox.MailAttachment;
import org.consilium.mail.Outbox.OutgoingMail;
import org.consilium.mail.OutboxRow;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutboxViewTest extends KaribuTest {

    @Autowired
    Outbox outbox;

    @Test
    void the_admin_sees_a_kept_message_first_and_opens_its_text_and_files() {
        String subject = SignedIn.unique("Запрошення ");
        outbox.send(new OutgoingMail(List.of("school@example.org"), subject, "Нарада у вівторок.",
                List.of(new MailAttachment("invite.ics", IcsFiles.INVITATION_TYPE, new byte[] {1}))));
        signIn("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("admin/outbox");
        OutboxView view = _get(OutboxView.class);

        assertThat(view.explanation.getText()).contains("not sent");
        OutboxRow first = GridKt._get(view.grid, 0);
        assertThat(first.subject()).isEqualTo(subject);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("school@example.org", subject);

        view.open(first.id());
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.getHeaderTitle()).contains(subject);
        assertThat(view.dialog.getChildren().filter(Pre.class::isInstance).map(c -> ((Pre) c).getText()))
                .containsExactly("Нарада у вівторок.");
        assertThat(view.dialog.getChildren().flatMap(c -> c.getChildren()).filter(ListItem.class::isInstance)
                .map(c -> ((ListItem) c).getText())).containsExactly("invite.ics");
    }

    @Test
    void a_curator_cannot_open_the_outbox() {
        signIn("curator");
        navigate("admin/outbox");
        _get(AccessDeniedView.class);
    }
}
