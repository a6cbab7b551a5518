package org.consilium.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A page driven by the keyboard alone, as someone who cannot use a mouse works: Tab and Shift+Tab
 * between controls, Enter and Space to act, arrows within a list, Escape to close, and typing. Nothing
 * is clicked and no element is sent keys directly; every key goes to whatever has the focus, and after
 * each key the journey waits for Vaadin's round trip.
 */
final class Keyboard {

    /** More Tab presses than any page of the portal has stops; a target not reached by then is not reachable. */
    private static final int MOST_STOPS = 90;

    /**
     * Where the focus is, looked for through shadow roots: the element itself, the Vaadin component it
     * belongs to, the labels of that component and of the group around it, its text, whether a focus
     * indicator is drawn, and whether it lies inside an open dialog.
     */
    private static final String FOCUS = """
            let e = document.activeElement;
            while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
            if (!e || e === document.body) return null;
            const up = (n) => n.assignedSlot || n.parentElement || (n.getRootNode() && n.getRootNode().host) || null;
            // The component the focused element belongs to: itself, the field whose input it is, or the
            // host of the shadow root it is in; layouts around it are not its owner.
            const component = (n) => n && n.localName.startsWith('vaadin-')
                && !/layout|form-item|cell-content|scroller|details|dialog|drawer|card/.test(n.localName);
            const root = e.getRootNode();
            const owner = component(e) ? e : component(e.parentElement) ? e.parentElement
                : root && root.host && component(root.host) ? root.host : null;
            const labels = [];
            let inDialog = false;
            for (let p = e; p; p = up(p)) {
              if (typeof p.label === 'string' && p.label && labels.length < 2) labels.push(p.label);
              if (p.localName === 'vaadin-dialog' || p.localName === 'vaadin-dialog-overlay'
                  || p.localName === 'vaadin-confirm-dialog' || p.getAttribute('role') === 'dialog') inDialog = true;
            }
            const shown = owner || e;
            const style = getComputedStyle(e);
            const outlined = (s) => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
            // A dialog with the focus on itself draws the ring around its overlay part.
            const partIn = (root, depth) => {
              if (!root || depth > 2) return null;
              const hit = root.querySelector('[part~="overlay"]');
              if (hit) return hit;
              for (const c of root.querySelectorAll('*')) {
                const found = c.shadowRoot && partIn(c.shadowRoot, depth + 1);
                if (found) return found;
              }
              return null;
            };
            const overlay = partIn(e.shadowRoot, 0);
            const drawn = outlined(style) || style.boxShadow !== 'none' || (overlay && outlined(getComputedStyle(overlay)));
            const ring = (owner && (owner.hasAttribute('focus-ring') || owner.hasAttribute('navigating')))
                || (e.matches(':focus-visible') && drawn);
            const text = (shown.innerText || shown.textContent || '').trim().replace(/\\s+/g, ' ');
            return {
              tag: shown.localName,
              element: e.localName + (e.getAttribute('part') ? '[part=' + e.getAttribute('part') + ']' : ''),
              id: e.id || '',
              label: labels[0] || e.getAttribute('aria-label') || '',
              group: labels[1] || '',
              text: text.length > 80 ? text.substring(0, 80) : text,
              ring: !!ring,
              inDialog: inDialog
            };
            """;

    /** Where the focus is. {@code tag} is the Vaadin component's (or the element's own) tag. */
    record Focus(String tag, String element, String id, String label, String group, String text, boolean ring, boolean inDialog) {

        @Override
        public String toString() {
            return tag + (element.equals(tag) ? "" : " (" + element + ")") + (id.isEmpty() ? "" : "#" + id) + (label.isEmpty() ? "" : " label «" + label + "»")
                    + (group.isEmpty() ? "" : " in «" + group + "»") + (text.isEmpty() ? "" : " «" + text + "»")
                    + (ring ? "" : " (no focus ring)") + (inDialog ? " [dialog]" : "");
        }

        boolean isButton(String caption) {
            return (tag.equals("vaadin-button") || tag.equals("button")) && text.equals(caption);
        }
    }

    private final ChromeDriver driver;

    Keyboard(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Where the focus is now, once Vaadin is idle; {@code null} when nothing has it. */
    @SuppressWarnings("unchecked")
    Focus focus() {
        Chromium.waitForVaadin(driver);
        Map<String, Object> f = (Map<String, Object>) driver.executeScript(FOCUS);
        if (f == null) {
            return null;
        }
        return new Focus((String) f.get("tag"), (String) f.get("element"), (String) f.get("id"), (String) f.get("label"), (String) f.get("group"),
                (String) f.get("text"), Boolean.TRUE.equals(f.get("ring")), Boolean.TRUE.equals(f.get("inDialog")));
    }

    /** Presses the keys, in order, on whatever has the focus, and waits for the round trip. */
    Keyboard press(CharSequence... keys) {
        Chromium.waitForVaadin(driver);
        new Actions(driver).sendKeys(keys).perform();
        Chromium.waitForVaadin(driver);
        return this;
    }

    /** Types the text into whatever has the focus. */
    Keyboard type(String text) {
        return press(text);
    }

    /**
     * Presses Tab until the focus is on what {@code target} accepts, and answers it; fails, naming every
     * stop on the way, when it is not reached. Every stop must show that it has the focus.
     */
    Focus tabTo(String what, Predicate<Focus> target) {
        return move(what, target, () -> press(Keys.TAB));
    }

    /** As {@link #tabTo}, going backwards with Shift+Tab. */
    Focus tabBackTo(String what, Predicate<Focus> target) {
        return move(what, target, () -> {
            Chromium.waitForVaadin(driver);
            new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        });
    }

    Focus tabToButton(String caption) {
        return tabTo("the button «" + caption + "»", f -> f.isButton(caption));
    }

    /** The field (text field, area, combo box, select, date picker, group) with this label. */
    Focus tabToField(String label) {
        return tabTo("the field «" + label + "»", f -> f.label().equals(label) || f.group().equals(label));
    }

    Focus tabToLink(String text) {
        return tabTo("the link «" + text + "»", f -> f.tag().equals("a") && f.text().equals(text));
    }

    private Focus move(String what, Predicate<Focus> target, Runnable step) {
        List<Focus> stops = new ArrayList<>();
        for (int i = 0; i < MOST_STOPS; i++) {
            step.run();
            Focus now = focus();
            stops.add(now);
            if (now != null && !now.ring()) {
                throw new AssertionError("The focus is not shown on " + now + " on the way to " + what);
            }
            if (now != null && target.test(now)) {
                return now;
            }
        }
        try {
            Chromium.screenshot(driver, "keyboard-not-reached");
        } catch (java.io.IOException e) {
            // the message says enough
        }
        throw new AssertionError(what + " is not reached by the keyboard (see keyboard-not-reached.png); main holds "
                + driver.executeScript("""
                        const main = document.getElementById('main-content');
                        if (!main) return 'no main part';
                        const inert = [];
                        const walk = (r) => { for (const e of r.querySelectorAll('*')) { if (e.inert || e.hasAttribute('inert')) inert.push(e.localName + (e.id ? '#' + e.id : '') + '.' + e.className); if (e.shadowRoot) walk(e.shadowRoot); } };
                        walk(document);
                        const a = main.querySelector('a');
                        return 'inert: ' + inert.join(' ') + '; first link tabIndex ' + (a && a.tabIndex) + ' visible ' + (a && a.checkVisibility())
                          + ' opened overlays ' + document.querySelectorAll('[opened]').length + ' ' + [...document.querySelectorAll('[opened]')].map(e => e.localName).join(' ') + '; '
                          + [...main.querySelectorAll('input, textarea, a[href], vaadin-button, [tabindex]')].slice(0, 15)
                          .map(e => e.localName + (e.getAttribute('tabindex') ? '[' + e.getAttribute('tabindex') + ']' : '')
                            + (e.closest('[inert]') ? ' (inert)' : '')).join(', ');
                        """) + "; the stops were:\n  "
                + String.join("\n  ", stops.stream().map(String::valueOf).toList()));
    }

    /**
     * Chooses {@code item} in the select with this label: Tab to it, Enter opens its list, the arrow
     * keys move down to the item and Enter takes it.
     */
    Keyboard choose(String label, String item) {
        tabToField(label);
        press(Keys.ENTER);
        Chromium.until(driver, d -> {
            Focus f = focus();
            return f != null && f.tag().equals("vaadin-select-item");
        });
        for (int i = 0; i < 30 && !focus().text().equals(item); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertFocus(f -> f.tag().equals("vaadin-select-item") && f.text().equals(item), "the item «" + item + "» of «" + label + "»");
        press(Keys.ENTER);
        Chromium.until(driver, d -> Boolean.TRUE.equals(driver.executeScript("return !document.querySelector('vaadin-select[opened]')")));
        return this;
    }

    private void assertFocus(Predicate<Focus> expected, String what) {
        Focus now = focus();
        if (now == null || !expected.test(now)) {
            throw new AssertionError("The focus should be on " + what + " but is on " + now);
        }
    }

    /** Fills the field with this label: Tab to it, select what it holds, type (a date picker then wants Enter). */
    Keyboard fill(String label, String text) {
        tabToField(label);
        Chromium.waitForVaadin(driver);
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).perform();
        return type(text);
    }
}
