package org.consilium.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;

/**
 * The first stop of the keyboard on every page: a link that skips the header and the menu and puts the
 * focus on the page's main part. It stays out of sight until it has the focus.
 */
public final class SkipLink {

    /** The id of the page's main part. */
    public static final String MAIN = "main-content";

    private SkipLink() {
    }

    public static Anchor create() {
        Anchor link = new Anchor("#" + MAIN, "");
        link.setText(link.getTranslation("layout.skipToContent"));
        link.setRouterIgnore(true);
        link.addClassName("skip-link");
        // The focus moves to the main part itself, so that the next Tab goes on from there. The main part
        // is focusable only for that moment: a page's layout is a web component, and a tabindex of -1 on
        // it would take everything inside out of the order of Tab.
        link.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const main = document.getElementById($0); if (main) { main.setAttribute('tabindex', '-1'); main.focus();"
                + " main.addEventListener('blur', () => main.removeAttribute('tabindex'), {once: true}); } })", MAIN);
        return link;
    }

    /** Marks {@code page} as the document's main part, which the skip link focuses. */
    public static void markMain(Element page) {
        page.setAttribute("role", "main");
        page.setAttribute("id", MAIN);
    }
}
