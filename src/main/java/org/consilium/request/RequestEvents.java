package org.consilium.request;

import java.time.Clock;
import org.consilium.account.UserAccount;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes what happened to an information request, inside the change's transaction. */
@Component
class RequestEvents {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestEvents(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void publish(RequestActivity.Kind kind, InformationRequest r, UserAccount by) {
        publish(kind, r, by.getUsername(), by.getFullName());
    }

    void publish(RequestActivity.Kind kind, InformationRequest r, String actor, String actorName) {
        events.publishEvent(new RequestActivity(kind, r.getId(), r.getCaseId(), r.getFamilyName(), r.getAgency().getId(),
                addresseeRole(r), r.getAssignee(), r.getSender().getUsername(), actor, actorName, clock.instant()));
    }

    /** The role of those who answer for the agency: the one of its kind ({@code null} for any partner role). */
    static String addresseeRole(InformationRequest r) {
        return switch (r.getAgency().getType()) {
            case SCHOOL -> AppRoles.SCHOOL;
            case POLICE -> AppRoles.POLICE;
            case HEALTH -> AppRoles.HEALTH;
            default -> null;
        };
    }
}
