package org.consilium.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import java.util.function.Consumer;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.request.RequestNote;
import org.consilium.request.RequestSheet;

/**
 * What was written on the request after it was sent, oldest first: the agency's clarifying questions,
 * the curator's replies, and addenda to a submitted answer. Below it, the one thing the reader may
 * write now: a question (the agency, while the request is open), a reply (the curator), or an addendum
 * (the agency, once it has answered).
 */
class ThreadPart extends Div {

    final TextArea text = new TextArea();
    final Button write = new Button();

    ThreadPart(RequestServices services, RequestSheet r, Runnable reload) {
        addClassName("request-thread");
        add(new H3(getTranslation("request.thread.title")));
        if (r.notes().isEmpty()) {
            add(new Paragraph(getTranslation("request.thread.empty")));
        }
        for (RequestSheet.Note n : r.notes()) {
            Div note = new Div(new Span(getTranslation(n.kind().messageKey())),
                    new Span(n.by() + ", " + Formats.dateTime(n.at(), getLocale())), new Paragraph(n.text()));
            note.addClassNames("request-note", "request-note-" + n.kind().name().toLowerCase(Locale.ROOT));
            add(note);
        }
        Consumer<String> action = null;
        String label = null;
        if (r.allowed().ask()) {
            action = t -> services.answers().ask(r.id(), t);
            label = "request.thread.ask";
        } else if (r.allowed().addAddendum()) {
            action = t -> services.answers().addendum(r.id(), t);
            label = "request.thread.addendum";
        } else if (r.allowed().reply()) {
            action = t -> services.requests().reply(r.id(), t);
            label = "request.thread.reply";
        }
        if (action != null) {
            Consumer<String> chosen = action;
            String key = label;
            text.setLabel(getTranslation(key + ".label"));
            text.setMaxLength(RequestNote.TEXT_MAX);
            text.setWidthFull();
            write.setText(getTranslation(key));
            write.addClickListener(e -> {
                try {
                    chosen.accept(text.getValue());
                } catch (BusinessException ex) {
                    if (ex.getField().isPresent()) {
                        text.setErrorMessage(Notifications.text(this, ex));
                        text.setInvalid(true);
                    } else {
                        Notifications.refused(this, ex, reload);
                    }
                    return;
                }
                Notifications.success(getTranslation(key + ".done"));
                reload.run();
            });
            add(text, write);
        }
    }
}
