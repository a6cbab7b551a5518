package org.consilium.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.consilium.base.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;

/** Shown when a signed-in user opens a page their role may not open. Says nothing about why. */
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private final transient ApplicationEventPublisher events;

    public AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Refuses the page and has the attempt kept in the audit log, with the address that was tried. */
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        events.publishEvent(AuditEvent.denied("page", null, "/" + event.getLocation().getPathWithQueryParameters()));
        show("error.accessDenied.title", "error.accessDenied.text");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
