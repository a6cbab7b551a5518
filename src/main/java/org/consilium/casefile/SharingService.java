package org.consilium.casefile;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyService;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.family.FamilyMember;
import org.consilium.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing a case with partner agencies (decision 0013): which agencies take part, the family's
 * consent per agency type, emergency overrides without consent (granted for a set time, renewed or
 * withdrawn), and what a partner taking part sees.
 * Every call asks the access policy about the case.
 */
@Service
@Transactional(readOnly = true)
public class SharingService {

    private final CaseRepository cases;
    private final FamilyConsentRepository consents;
    private final EmergencyOverrideRepository overrides;
    private final CaseAccess access;
    private final UserAccountService accounts;
    private final AgencyService agencies;
    private final Clock clock;
    private final SharingProperties properties;
    private final EditGuard guard;

    private final CaseEvents caseEvents;

    SharingService(CaseRepository cases, FamilyConsentRepository consents, EmergencyOverrideRepository overrides,
                   CaseAccess access, UserAccountService accounts, AgencyService agencies, Clock clock,
                   SharingProperties properties, EditGuard guard, CaseEvents caseEvents) {
        this.caseEvents = caseEvents;
        this.cases = cases;
        this.consents = consents;
        this.overrides = overrides;
        this.access = access;
        this.accounts = accounts;
        this.agencies = agencies;
        this.clock = clock;
        this.properties = properties;
        this.guard = guard;
    }

    /** The case's sharing for those who may read the case: agencies, consents, overrides. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public CaseSharing caseSharing(long caseId) {
        UserAccount me = me();
        FamilyCase c = theCase(caseId);
        Set<CaseOperation> allowed = access.require(me, c, CaseOperation.READ_CASE);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<FamilyConsent> familyConsents = consents.ofFamily(c.getFamily().getId());
        List<EmergencyOverride> caseOverrides = overrides.ofCase(caseId);
        List<CaseSharing.Participant> participants = c.getParticipants().stream().map(p -> new CaseSharing.Participant(
                p.getAgency().getId(), p.getAgency().getName(), p.getAgency().getType(), p.getReason(), p.getAddedAt(),
                p.getReason().opensCase() ? CaseAccess.sharing(p.getAgency(), familyConsents, caseOverrides, clock)
                        : CaseSharing.Sharing.NOT_SHARED)).toList();
        Map<String, String> names = accounts.fullNamesOf(caseOverrides.stream()
                .flatMap(o -> Stream.concat(
                        Stream.of(o.getGrantedBy(), o.getReviewedBy(), o.getWithdrawnBy()),
                        o.getRenewals().stream().map(OverrideRenewal::getRenewedBy)))
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Function<String, String> name = u -> u == null ? null : names.getOrDefault(u, u);
        return new CaseSharing(caseId, participants,
                familyConsents.stream().map(k -> new CaseSharing.Consent(k.getId(), k.getVersion(), k.getMemberName(),
                        k.getAgencyTypes(), k.getSignedOn(), k.getValidUntil(), k.getWithdrawnOn(),
                        k.getAgencyTypes().stream().anyMatch(t -> k.covers(t, today)))).toList(),
                caseOverrides.stream().map(o -> new CaseSharing.Override(o.getId(), o.getVersion(), o.getAgency().getName(),
                        o.getReason(), o.getGrantedAt(), name.apply(o.getGrantedBy()), o.getReviewedAt(),
                        name.apply(o.getReviewedBy()), o.getExpiresAt(), o.isInForce(now), o.getWithdrawnAt(),
                        name.apply(o.getWithdrawnBy()),
                        o.getRenewals().stream().map(r -> new CaseSharing.Renewal(r.getRenewedAt(), name.apply(r.getRenewedBy()),
                                r.getReason(), r.getExpiresAt())).toList())).toList(),
                c.getFamily().getMembers().stream().filter(m -> !m.getRelation().isChild()).map(FamilyMember::getFullName).toList(),
                allowed.contains(CaseOperation.MANAGE_SHARING), me.getRoles().contains(AppRoles.SUPERVISOR)
                        && allowed.contains(CaseOperation.MANAGE_SHARING), properties.overrideDuration());
    }

    /** The partner agencies that can be asked to take part in a case. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<Agency> partnerAgencies() {
        return agencies.all().stream().filter(a -> a.getType() != AgencyType.SOCIAL_SERVICES).toList();
    }

    /** A partner agency takes part in the case from now on. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyCase addParticipant(long caseId, long agencyId) {
        UserAccount me = me();
        FamilyCase c = theCase(caseId);
        access.require(me, c, CaseOperation.MANAGE_SHARING);
        Agency agency = partnerAgencies().stream().filter(a -> a.getId() == agencyId).findFirst()
                .orElseThrow(() -> BusinessException.atField(CaseParticipant.AGENCY, "sharing.participant.partnersOnly"));
        c.addParticipant(agency, CaseParticipant.Reason.INVITED, clock.instant(), me.getUsername());
        guard.flush(c);
        caseEvents.publish(CaseActivity.Kind.SHARING, c, me, null, agency.getId());
        return c;
    }

    /**
     * A partner agency takes part in the case because the case's own records now involve it (a plan
     * task, an information request); nothing happens if it already takes part for as much. An agency
     * that took part for a request alone takes part fully once it is given a task. For the curator's
     * changes that need it.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public void takePart(long caseId, long agencyId, CaseParticipant.Reason reason) {
        UserAccount me = me();
        FamilyCase c = theCase(caseId);
        access.require(me, c, CaseOperation.EDIT_CASE);
        if (c.getParticipants().stream().anyMatch(p -> p.getAgency().getId() == agencyId
                && (p.getReason() == reason || p.getReason().opensCase() || !reason.opensCase()))) {
            return;
        }
        partnerAgencies().stream().filter(a -> a.getId() == agencyId).findFirst()
                .ifPresent(agency -> c.addParticipant(agency, reason, clock.instant(), me.getUsername()));
    }

    /** Records the family's consent (signed on paper) for the given partner agency types. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyConsent recordConsent(long caseId, String memberName, Set<AgencyType> types, LocalDate signedOn,
                                      LocalDate validUntil) {
        UserAccount me = me();
        FamilyCase c = theCase(caseId);
        access.require(me, c, CaseOperation.MANAGE_SHARING);
        if (memberName != null && c.getFamily().getMembers().stream().noneMatch(m -> m.getFullName().equals(memberName))) {
            throw BusinessException.atField(ConsentDetails.MEMBER, "sharing.consent.notAMember");
        }
        FamilyConsent k = consents.saveAndFlush(FamilyConsent.record(c.getFamily(), memberName, types, signedOn, validUntil,
                LocalDate.now(clock)));
        caseEvents.publish(CaseActivity.Kind.SHARING, c, me);
        return k;
    }

    /** The family withdrew a consent from the given day on. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyConsent withdrawConsent(long caseId, long consentId, long version, LocalDate on) {
        UserAccount me = me();
        FamilyCase c = theCase(caseId);
        access.require(me, c, CaseOperation.MANAGE_SHARING);
        FamilyConsent k = consents.findById(consentId).filter(x -> x.getFamily().getId().equals(c.getFamily().getId()))
                .orElseThrow(() -> new RecordNotFoundException());
        guard.atVersion(k, version).withdraw(on, LocalDate.now(clock));
        guard.flush(k);
        caseEvents.publish(CaseActivity.Kind.SHARING, c, me);
        return k;
    }

    /**
     * Shares the case with a participating agency without the family's consent, because a child's
     * safety requires it, for {@link SharingProperties#overrideDuration()}; the written reason is
     * kept, the audit log records it and the team's supervisors see it until one of them has
     * reviewed it.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public EmergencyOverride emergencyOverride(long caseId, long agencyId, String reason) {
        UserAccount me = me();
        FamilyCase c = theCase(caseId);
        access.require(me, c, CaseOperation.MANAGE_SHARING);
        CaseParticipant participant = c.getParticipants().stream()
                .filter(p -> p.getAgency().getId() == agencyId && p.getReason().opensCase()).findFirst()
                .orElseThrow(() -> BusinessException.atField(CaseParticipant.AGENCY, "sharing.override.notParticipating"));
        EmergencyOverride granted = overrides.saveAndFlush(EmergencyOverride.grant(c, participant.getAgency(), reason,
                clock.instant(), properties.overrideDuration(), me.getUsername()));
        caseEvents.publish(CaseActivity.Kind.OVERRIDE_GRANTED, c, me, null, participant.getAgency().getId());
        return granted;
    }

    /**
     * Keeps an emergency override in force for another {@link SharingProperties#overrideDuration()}
     * from now, because the child's safety still requires it (a written reason, kept with the
     * renewal). Only while it is in force, by those who may manage the case's sharing, on the version
     * they saw.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public EmergencyOverride renewOverride(long overrideId, long version, String reason) {
        UserAccount me = me();
        EmergencyOverride o = overrideToManage(me, overrideId, version);
        o.renew(reason, clock.instant(), properties.overrideDuration(), me.getUsername());
        if (me.getRoles().contains(AppRoles.SUPERVISOR)) {
            // A supervisor's own renewal is their review.
            o.review(clock.instant(), me.getUsername());
        }
        guard.flush(o);
        caseEvents.publish(CaseActivity.Kind.SHARING, o.getFamilyCase(), me, null, o.getAgency().getId());
        return o;
    }

    /**
     * Ends an emergency override at once: its agency no longer sees the case through it. By those who
     * may manage the case's sharing, on the version they saw.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public EmergencyOverride withdrawOverride(long overrideId, long version) {
        UserAccount me = me();
        EmergencyOverride o = overrideToManage(me, overrideId, version);
        o.withdraw(clock.instant(), me.getUsername());
        guard.flush(o);
        caseEvents.publish(CaseActivity.Kind.SHARING, o.getFamilyCase(), me, null, o.getAgency().getId());
        return o;
    }

    /** A supervisor of the team has looked at an emergency override. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    @Transactional
    public EmergencyOverride reviewOverride(long overrideId) {
        UserAccount me = me();
        EmergencyOverride o = overrides.findById(overrideId).orElseThrow(() -> new RecordNotFoundException());
        FamilyCase c = theCase(o.getFamilyCase().getId());
        access.require(me, c, CaseOperation.DECIDE);
        o.review(clock.instant(), me.getUsername());
        return guard.flush(o);
    }

    /** The emergency overrides of the supervisor's team that no supervisor has reviewed yet. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    public List<DueCase> overridesToReview() {
        UserAccount me = me();
        if (me.getAgency() == null) {
            return List.of();
        }
        return overrides.unreviewedOfTeam(me.getAgency().getId()).stream()
                .map(o -> new DueCase(o.getFamilyCase().getId(), o.getFamilyCase().getFamily().getName(),
                        o.getFamilyCase().getStage(), o.getGrantedAt().atZone(clock.getZone()).toLocalDate()))
                .toList();
    }

    /** The cases the signed-in partner agency takes part in and may see. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public List<SharedCase> sharedWithMyAgency() {
        UserAccount me = me();
        if (me.getAgency() == null) {
            return List.of();
        }
        List<FamilyCase> taking = cases.withParticipant(me.getAgency().getId());
        Map<Long, Set<CaseOperation>> allowed = access.allowed(me, taking);
        return taking.stream()
                .filter(c -> allowed.get(c.getId()).contains(CaseOperation.READ_SHARED))
                .map(c -> shared(c, me)).toList();
    }

    /** One case as a partner agency taking part in it sees it; the opening is kept in the audit log. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public Optional<SharedCase> shared(long caseId) {
        UserAccount me = me();
        return cases.findWithPartiesById(caseId).map(c -> {
            access.require(me, c, CaseOperation.READ_SHARED);
            access.recordOpening(c);
            return shared(c, me);
        });
    }

    private SharedCase shared(FamilyCase c, UserAccount me) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<String> children = c.getFamily().getMembers().stream().filter(m -> m.getRelation().isChild())
                .map(m -> m.getFirstName() + (m.ageOn(today) == null ? "" : " (" + m.ageOn(today) + ")")).toList();
        List<EmergencyOverride> caseOverrides = overrides.ofCase(c.getId());
        CaseSharing.Sharing how = CaseAccess.sharing(me.getAgency(), consents.ofFamily(c.getFamily().getId()), caseOverrides, clock);
        Instant overrideUntil = how != CaseSharing.Sharing.EMERGENCY_OVERRIDE ? null
                : CaseAccess.overrideHoldsUntil(me.getAgency(), caseOverrides, now).orElse(null);
        return new SharedCase(c.getId(), c.getFamily().getName(), children, c.getCurator().getFullName(),
                c.getAgency().getName(), c.getStage(), how, overrideUntil);
    }

    /** The override, if the user may manage its case's sharing and saw its current version. */
    private EmergencyOverride overrideToManage(UserAccount me, long overrideId, long version) {
        EmergencyOverride o = overrides.findById(overrideId).orElseThrow(() -> new RecordNotFoundException());
        access.require(me, theCase(o.getFamilyCase().getId()), CaseOperation.MANAGE_SHARING);
        return guard.atVersion(o, version);
    }

    private FamilyCase theCase(long caseId) {
        return cases.findWithPartiesById(caseId).orElseThrow(() -> new RecordNotFoundException());
    }

    private UserAccount me() {
        return accounts.signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
