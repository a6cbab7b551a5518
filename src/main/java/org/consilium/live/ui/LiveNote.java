package org.consilium.live.ui;

import com.vaadin.flow.component.html.Span;
import org.consilium.base.ui.Formats;
import org.consilium.live.PageChange;

/**
 * A short line that says who changed what a moment ago, after a page has shown a change without being
 * reloaded. Screen readers announce it politely.
 */
public class LiveNote extends Span {

    public LiveNote() {
        addClassName("live-note");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        setVisible(false);
    }

    /** Says who made the change and when, in the reader's language. */
    public void show(PageChange change) {
        setText(getTranslation("live.note", getTranslation(change.whatKey(), change.actorName()),
                Formats.time(change.at(), getLocale())));
        setVisible(true);
    }
}
