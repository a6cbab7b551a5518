package org.consilium.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.consilium.account.UserAccount;
import org.consilium.base.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Asks the access policy about real records: who the user is, and the case's team, curator, family,
 * participating agencies and what may be shared with them today. A refusal is kept in the audit log.
 */
@Component
class CaseAccess {

    private final CaseAccessPolicy policy = CaseAccessPolicy.standard();
    private final FamilyConsentRepository consents;
    private final EmergencyOverrideRepository overrides;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseAccess(FamilyConsentRepository consents, EmergencyOverrideRepository overrides, ApplicationEventPublisher events,
               Clock clock) {
        this.consents = consents;
        this.overrides = overrides;
        this.events = events;
        this.clock = clock;
    }

    static CaseReader reader(UserAccount me) {
        return new CaseReader(me.getId(), me.getRoles(), me.getAgency() == null ? null : me.getAgency().getId(),
                me.getFamily() == null ? null : me.getFamily().getId());
    }

    CaseFacts facts(FamilyCase c) {
        LocalDate today = LocalDate.now(clock);
        List<FamilyConsent> familyConsents = consents.ofFamily(c.getFamily().getId());
        Set<Long> overridden = overrides.ofCase(c.getId()).stream().map(o -> o.getAgency().getId()).collect(Collectors.toSet());
        Set<Long> participating = new HashSet<>();
        Set<Long> sharingAllowed = new HashSet<>();
        for (CaseParticipant p : c.getParticipants()) {
            participating.add(p.getAgency().getId());
            boolean consented = familyConsents.stream().anyMatch(k -> k.covers(p.getAgency().getType(), today));
            if (consented || overridden.contains(p.getAgency().getId())) {
                sharingAllowed.add(p.getAgency().getId());
            }
        }
        return new CaseFacts(c.getId(), c.getAgency().getId(), c.getCurator().getId(), c.getFamily().getId(),
                participating, sharingAllowed);
    }

    Set<CaseOperation> allowed(UserAccount me, FamilyCase c) {
        return policy.allowed(reader(me), facts(c));
    }

    /** Keeps the opening of a case's data in the audit log. */
    void recordOpening(FamilyCase c) {
        events.publishEvent(AuditEvent.viewed("case", c.getId(), c.getFamily().getId(), c.getFamily().getName(), c.getId()));
    }

    /** Lets the call go on if the policy allows it; otherwise records the refusal and refuses. */
    void require(UserAccount me, FamilyCase c, CaseOperation operation) {
        if (!policy.allows(reader(me), facts(c), operation)) {
            events.publishEvent(AuditEvent.denied("case", c.getId(), operation.name()));
            throw new AccessDeniedException("Not allowed to " + operation + " this case");
        }
    }
}
