package org.consilium.casefile;

import java.time.Clock;
import org.consilium.account.UserAccount;
import org.consilium.security.SystemAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes what happened to a case, inside the change's transaction. */
@Component
class CaseEvents {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseEvents(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void publish(CaseActivity.Kind kind, FamilyCase c, UserAccount by) {
        publish(kind, c, by, null, null);
    }

    /** The morning check found the work of the case's stage due: no one did anything. */
    void due(FamilyCase c) {
        events.publishEvent(new CaseActivity(CaseActivity.Kind.STAGE_DUE, c.getId(), c.getFamily().getName(),
                c.getCurator().getId(), c.getAgency().getId(), null, null, c.getStage(), c.getStageDueOn(),
                SystemAccess.SYSTEM_USER, null, clock.instant()));
    }

    void publish(CaseActivity.Kind kind, FamilyCase c, UserAccount by, Long formerCurator, Long agencyId) {
        events.publishEvent(new CaseActivity(kind, c.getId(), c.getFamily().getName(), c.getCurator().getId(),
                c.getAgency().getId(), formerCurator, agencyId, c.getStage(), c.getStageDueOn(), by.getUsername(),
                by.getFullName(), clock.instant()));
    }
}
