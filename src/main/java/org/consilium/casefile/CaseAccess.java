package org.consilium.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.consilium.account.UserAccount;
import org.consilium.agency.Agency;
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
        return facts(c, consents.ofFamily(c.getFamily().getId()), overrides.ofCase(c.getId()));
    }

    private CaseFacts facts(FamilyCase c, List<FamilyConsent> familyConsents, List<EmergencyOverride> caseOverrides) {
        Set<Long> participating = new HashSet<>();
        Set<Long> sharingAllowed = new HashSet<>();
        for (CaseParticipant p : c.getParticipants()) {
            if (!p.getReason().opensCase()) {
                // Asked for information only: the agency answers the request and does not see the case.
                continue;
            }
            participating.add(p.getAgency().getId());
            if (sharing(p.getAgency(), familyConsents, caseOverrides, clock) != CaseSharing.Sharing.NOT_SHARED) {
                sharingAllowed.add(p.getAgency().getId());
            }
        }
        return new CaseFacts(c.getId(), c.getAgency().getId(), c.getCurator().getId(), c.getFamily().getId(),
                participating, sharingAllowed);
    }

    /**
     * What the reader may do with each of many cases, with the families' consents and the cases'
     * overrides read once for all of them (for lists such as a partner's tasks).
     */
    Map<Long, Set<CaseOperation>> allowed(UserAccount me, Collection<FamilyCase> many) {
        Map<Long, List<FamilyConsent>> consentsByFamily = many.isEmpty() ? Map.of()
                : consents.ofFamilies(many.stream().map(c -> c.getFamily().getId()).collect(Collectors.toSet()))
                        .stream().collect(Collectors.groupingBy(k -> k.getFamily().getId()));
        Map<Long, List<EmergencyOverride>> overridesByCase = many.isEmpty() ? Map.of()
                : overrides.ofCases(many.stream().map(FamilyCase::getId).toList())
                        .stream().collect(Collectors.groupingBy(o -> o.getFamilyCase().getId()));
        CaseReader reader = reader(me);
        Map<Long, Set<CaseOperation>> out = new HashMap<>();
        for (FamilyCase c : many) {
            out.put(c.getId(), policy.allowed(reader, facts(c, consentsByFamily.getOrDefault(c.getFamily().getId(), List.of()),
                    overridesByCase.getOrDefault(c.getId(), List.of()))));
        }
        return out;
    }

    Set<CaseOperation> allowed(UserAccount me, FamilyCase c) {
        return policy.allowed(reader(me), facts(c));
    }

    /** Keeps the opening of a case's data in the audit log. */
    void recordOpening(FamilyCase c) {
        events.publishEvent(AuditEvent.viewed("case", c.getId(), c.getFamily().getId(), c.getFamily().getName(), c.getId()));
    }

    /**
     * Lets the call go on if the policy allows it, returning everything the reader may do with the
     * case; otherwise records the refusal and refuses.
     */
    Set<CaseOperation> require(UserAccount me, FamilyCase c, CaseOperation operation) {
        Set<CaseOperation> allowed = allowed(me, c);
        if (!allowed.contains(operation)) {
            events.publishEvent(AuditEvent.deniedOn("case", c.getId(), c.getFamily().getId(), c.getFamily().getName(), c.getId(),
                    operation.name()));
            throw new AccessDeniedException("Not allowed to " + operation + " this case");
        }
        return allowed;
    }

    /**
     * How an agency may see a case now, by the application's clock: by a consent of the family that
     * covers its type today, by an emergency override on the case that is in force at this instant
     * (not past its end, not withdrawn), or not at all. The one place that answers it, for the
     * policy's facts and for what pages show.
     */
    static CaseSharing.Sharing sharing(Agency agency, List<FamilyConsent> familyConsents,
                                       List<EmergencyOverride> caseOverrides, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (familyConsents.stream().anyMatch(k -> k.covers(agency.getType(), today))) {
            return CaseSharing.Sharing.CONSENT;
        }
        if (overrideHoldsUntil(agency, caseOverrides, now).isPresent()) {
            return CaseSharing.Sharing.EMERGENCY_OVERRIDE;
        }
        return CaseSharing.Sharing.NOT_SHARED;
    }

    /** The latest end of the case's overrides for the agency that are in force at {@code now}, if any. */
    static Optional<Instant> overrideHoldsUntil(Agency agency,
                                                          List<EmergencyOverride> caseOverrides, Instant now) {
        return caseOverrides.stream().filter(o -> o.getAgency().equals(agency) && o.isInForce(now))
                .map(EmergencyOverride::getExpiresAt).max(Comparator.naturalOrder());
    }
}
