package org.consilium.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.consilium.base.ui.EditDialog;
import org.consilium.live.Presence;
import org.consilium.live.Presence.Present;
import org.consilium.live.ui.PresenceBar;

/**
 * Who edits what on the plan page. While a form for a goal or a task is open, the others on the plan
 * see it "being edited by" this user; the form of a second user says who is at it already. Advice only:
 * the save still checks the version (decision 0015), and the one who saves second is told who saved.
 */
final class LiveEditing {

    private final Presence presence;
    private String topic;
    private String me;
    private final java.util.Map<EditDialog<?>, String> open = new java.util.LinkedHashMap<>();

    LiveEditing(Presence presence) {
        this.presence = presence;
    }

    /** The plan page now shows the case of {@code topic}, to the user {@code me}. */
    void showing(String topic, String me) {
        this.topic = topic;
        this.me = me;
    }

    /** Marks {@code item} being edited while {@code form} is open, and tells the form who else edits it. */
    void mark(EditDialog<?> form, String item) {
        if (topic == null) {
            return;
        }
        Paragraph note = new Paragraph();
        note.addClassName("being-edited-note");
        form.addComponentAsFirst(note);
        showEditors(form, item, note);
        Registration mark = presence.editing(topic, item);
        open.put(form, item);
        Runnable closed = () -> {
            mark.remove();
            open.remove(form);
        };
        form.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                closed.run();
            }
        });
        form.addDetachListener((DetachEvent e) -> closed.run());
    }

    /** Someone came, went, or started or stopped editing: the open forms say who else edits their record now. */
    void presenceChanged() {
        open.forEach((form, item) -> form.getChildren().filter(c -> c.hasClassName("being-edited-note")).findFirst()
                .ifPresent(note -> showEditors(form, item, (Paragraph) note)));
    }

    private void showEditors(EditDialog<?> form, String item, Paragraph note) {
        String others = editedBy(form, item);
        note.setText(others == null ? "" : others);
        note.setVisible(others != null);
    }

    /** "Being edited by …" for {@code item}, or {@code null} when nobody else edits it. */
    String editedBy(Component context, String item) {
        if (topic == null) {
            return null;
        }
        List<Present> editors = presence.editorsOf(topic, item, me);
        return PresenceBar.editedBy(context, editors);
    }

    static String task(long id) {
        return "task:" + id;
    }

    static String goal(long id) {
        return "goal:" + id;
    }
}
