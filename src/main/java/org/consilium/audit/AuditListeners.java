package org.consilium.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInvocation;
import org.consilium.account.UserAccount;
import org.consilium.base.AuditEvent;
import org.consilium.security.SignInPauseStarted;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Writes what the rest of the portal reports: records read, exported or refused (as
 * {@link AuditEvent}s), sign-ins, failed sign-ins and sign-outs, and calls that method security
 * refused.
 */
@Component
class AuditListeners {

    private final AuditLog log;

    AuditListeners(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AuditEvent event) {
        log.writeSeparately(event, null);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        log.writeSeparately(new AuditEvent(AuditEvent.Action.SIGN_IN, "account", null, null, null, null, null),
                event.getAuthentication().getName());
    }

    /**
     * A failed sign-in keeps the name that was typed, which anybody can choose: it is cut to the length
     * an account's name can have (and the CSV export makes it harmless for spreadsheets).
     */
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        log.writeSeparately(new AuditEvent(AuditEvent.Action.SIGN_IN_FAILED, "account", null, null, null, null,
                event.getException().getClass().getSimpleName()), typedName(event.getAuthentication().getName()));
    }

    /** Wrong passwords paused signing in: for the administrators, under the name that was typed. */
    @EventListener
    void on(SignInPauseStarted event) {
        log.writeSeparately(new AuditEvent(AuditEvent.Action.SIGN_IN_PAUSED, "account", null, null, null, null,
                event.scope() + (event.address() == null ? "" : " " + event.address()) + " until "
                        + event.until().truncatedTo(ChronoUnit.SECONDS)),
                typedName(event.typedName()));
    }

    static String typedName(String name) {
        String typed = name == null ? "" : name;
        return typed.length() <= UserAccount.USERNAME_MAX ? typed : typed.substring(0, UserAccount.USERNAME_MAX) + "…";
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        log.writeSeparately(new AuditEvent(AuditEvent.Action.SIGN_OUT, "account", null, null, null, null, null),
                event.getAuthentication().getName());
    }

    /** A service call refused by its role check (which method, with which record numbers), or a refused address. */
    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who == null || who instanceof AnonymousAuthenticationToken) {
            // Not signed in: the sign-in page takes over, there is nobody to record.
            return;
        }
        if (event.getSource() instanceof HttpServletRequest request) {
            // A web address refused by the filter chain: the method and the path, not the query.
            log.writeSeparately(AuditEvent.denied("address", null, request.getMethod() + " " + request.getRequestURI()), who.getName());
            return;
        }
        String what = event.getSource() instanceof MethodInvocation call
                ? call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName() + "("
                  + Arrays.stream(call.getArguments()).map(AuditListeners::argument).collect(Collectors.joining(", ")) + ")"
                : event.getSource().getClass().getSimpleName();
        log.writeSeparately(AuditEvent.denied("call", null, what), who.getName());
    }

    /** Numbers and named values only: other arguments may carry personal data that the log must not copy. */
    private static String argument(Object a) {
        return a instanceof Number || a instanceof Enum<?> || a instanceof Boolean ? String.valueOf(a) : "…";
    }
}
