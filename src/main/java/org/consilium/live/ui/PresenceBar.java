package org.consilium.live.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.consilium.live.Presence;
import org.consilium.live.Presence.Present;

/**
 * "Also here": who else has this case, plan or meeting room open now, by name and agency, and what
 * they are editing. Hidden when nobody else is here. Parts of the page that mark records being edited
 * listen to it.
 */
public class PresenceBar extends Div {

    private final Span label = new Span();
    private final Div people = new Div();
    private final List<Consumer<List<Present>>> listeners = new ArrayList<>();
    private List<Present> others = List.of();

    public PresenceBar(Presence presence, String topic, BooleanSupplier mayStillSee) {
        addClassName("presence-bar");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        label.addClassName("presence-label");
        people.addClassName("presence-people");
        add(label, people);
        setVisible(false);
        presence.join(this, topic, mayStillSee, this::show);
    }

    /** Runs {@code listener} with everyone else here now and at every change. */
    public void onChange(Consumer<List<Present>> listener) {
        listeners.add(listener);
        listener.accept(others);
    }

    /** Everyone else here now. */
    public List<Present> others() {
        return others;
    }

    void show(List<Present> now) {
        others = now;
        people.removeAll();
        label.setText(getTranslation("presence.alsoHere"));
        for (Present p : now) {
            Avatar avatar = new Avatar(p.fullName());
            avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
            Span who = new Span(describe(p));
            Span person = new Span(avatar, who);
            person.addClassName("presence-person");
            if (p.editing() != null) {
                person.addClassName("editing");
            }
            people.add(person);
        }
        setVisible(!now.isEmpty());
        listeners.forEach(l -> l.accept(now));
    }

    private String describe(Present p) {
        String where = p.family() ? getTranslation("presence.family") : p.agencyName();
        String who = where == null ? p.fullName() : getTranslation("presence.person", p.fullName(), where);
        return p.editing() == null ? who : getTranslation("presence.personEditing", who);
    }

    /** The words for "being edited by …" for a record, if someone else is editing it now. */
    public static String editedBy(com.vaadin.flow.component.Component context, List<Present> editors) {
        if (editors.isEmpty()) {
            return null;
        }
        return context.getTranslation("presence.beingEditedBy",
                String.join(", ", editors.stream().map(p -> p.agencyName() == null || p.family() ? p.fullName()
                        : context.getTranslation("presence.person", p.fullName(), p.agencyName())).toList()));
    }
}
