package org.consilium.referral;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consilium.account.UserAccountService;
import org.consilium.agency.Agency;
import org.consilium.base.AuditEvent;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.family.Family;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals: intake registers them and triages them in a queue ordered by urgency and due time;
 * schools, police and health services report families from their own home and follow the status of
 * their own referrals (never the case behind them).
 */
@Service
@Transactional(readOnly = true)
public class ReferralService {

    private final ReferralRepository referrals;
    private final ResponseTargetRepository targets;
    private final UserAccountService accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final EditGuard guard;

    ReferralService(ReferralRepository referrals, ResponseTargetRepository targets, UserAccountService accounts, Clock clock,
                    ApplicationEventPublisher events, EditGuard guard) {
        this.events = events;
        this.guard = guard;
        this.referrals = referrals;
        this.targets = targets;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What the triage queue shows; empty sets mean "all". */
    public record QueueFilter(Set<ReferralStatus> statuses, Set<Urgency> urgencies, Set<SourceType> sources) {
    }

    @RolesAllowed({AppRoles.INTAKE, AppRoles.SUPERVISOR})
    public Page<ReferralRow> queue(QueueFilter filter, Pageable pageable) {
        Instant now = clock.instant();
        return referrals.queue(
                        filter.statuses().isEmpty() ? EnumSet.allOf(ReferralStatus.class) : filter.statuses(),
                        filter.urgencies().isEmpty() ? EnumSet.allOf(Urgency.class) : filter.urgencies(),
                        filter.sources().isEmpty() ? EnumSet.allOf(SourceType.class) : filter.sources(),
                        pageable)
                .map(r -> ReferralRow.of(r, now));
    }

    @RolesAllowed({AppRoles.INTAKE, AppRoles.SUPERVISOR})
    public long countPending() {
        return referrals.countByStatusIn(ReferralStatus.pending());
    }

    @RolesAllowed({AppRoles.INTAKE, AppRoles.SUPERVISOR})
    public Optional<Referral> get(long id) {
        return referrals.findWithDetailsById(id);
    }

    /**
     * A referral a case was opened from, for the case's team to read beside the case (the closing
     * meeting shows the initial request beside the results); the case module checks the reader may
     * read the case before it asks.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<Referral> ofCase(long id) {
        return referrals.findWithDetailsById(id);
    }

    /** A referral opened to be read and worked on; the opening is kept in the audit log. */
    @RolesAllowed({AppRoles.INTAKE, AppRoles.SUPERVISOR})
    public Optional<Referral> open(long id) {
        Optional<Referral> found = referrals.findWithDetailsById(id);
        found.ifPresent(r -> events.publishEvent(AuditEvent.viewed("referral", r.getId(),
                r.getFamily() == null ? null : r.getFamily().getId(),
                r.getFamily() == null ? null : r.getFamily().getName(), null)));
        return found;
    }

    /** Intake writes down a referral that arrived by phone, letter, e-mail or in person. */
    @RolesAllowed({AppRoles.INTAKE, AppRoles.SUPERVISOR})
    @Transactional
    public Referral register(ReferralDetails details) {
        return referrals.save(new Referral(details, target(details.getUrgency()), clock.instant(), currentUsername()));
    }

    /**
     * A school, police or health user reports a family in need from their home. The referral comes
     * from their own agency through the portal, received now, and lands in the intake queue.
     */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    @Transactional
    public Referral submitFromMyAgency(ReferralDetails details) {
        Agency own = accounts.signedInAgency()
                .orElseThrow(() -> new BusinessException("referral.noAgency"));
        details.setSourceType(SourceType.AGENCY);
        details.setSourceAgency(own);
        details.setChannel(Channel.PORTAL);
        details.setReceivedAt(null);
        return referrals.save(new Referral(details, target(details.getUrgency()), clock.instant(), currentUsername()));
    }

    /** The referrals the signed-in user's agency submitted, newest first, with their status only. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public Page<ReferralRow> ofMyAgency(Pageable pageable) {
        Optional<Agency> own = accounts.signedInAgency();
        if (own.isEmpty()) {
            return Page.empty(pageable);
        }
        Instant now = clock.instant();
        return referrals.ofAgency(own.get().getId(), pageable).map(r -> ReferralRow.of(r, now));
    }

    /** How many of the signed-in user's agency's referrals are in each status (a status with none is left out). */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public Map<ReferralStatus, Long> countOfMyAgencyByStatus() {
        Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
        accounts.signedInAgency().ifPresent(a -> {
            for (Object[] row : referrals.countByStatusOfAgency(a.getId())) {
                counts.put((ReferralStatus) row[0], (Long) row[1]);
            }
        });
        return counts;
    }

    @RolesAllowed({AppRoles.INTAKE, AppRoles.SUPERVISOR})
    @Transactional
    public Referral startVerification(long id, long version) {
        Referral r = atVersion(id, version);
        r.startVerification();
        return guard.flush(r);
    }

    /**
     * Intake (or a supervisor, who may act on referrals too) records what it checked while verifying the
     * referral; {@link VerificationDetails#isMarkVerified()} finishes the verification, after which the
     * referral can be decided on. Refused if someone saved the referral since it was read at {@code version}.
     */
    @RolesAllowed({AppRoles.INTAKE, AppRoles.SUPERVISOR})
    @Transactional
    public Referral recordVerification(long id, long version, VerificationDetails details) {
        Referral r = atVersion(id, version);
        r.recordVerification(details, LocalDate.now(clock), clock.instant(), currentUsername());
        return guard.flush(r);
    }

    @RolesAllowed({AppRoles.INTAKE, AppRoles.SUPERVISOR})
    @Transactional
    public Referral decline(long id, long version, DeclineDetails details) {
        Referral r = atVersion(id, version);
        r.decline(details.getDeclineReason(), details.getRedirectedTo());
        return guard.flush(r);
    }

    @RolesAllowed({AppRoles.INTAKE, AppRoles.SUPERVISOR})
    @Transactional
    public Referral linkFamily(long id, long version, Family family) {
        Referral r = atVersion(id, version);
        r.linkFamily(family);
        return guard.flush(r);
    }

    /** Marks the referral accepted for the family whose case now takes it up (called when a case opens or takes it). */
    @RolesAllowed({AppRoles.SUPERVISOR})
    @Transactional
    public Referral accept(long id, long version, Family family) {
        Referral r = atVersion(id, version);
        r.accept(family);
        return guard.flush(r);
    }

    /** The referral, unless someone saved it since the user read it at {@code version}. */
    private Referral atVersion(long id, long version) {
        return guard.atVersion(referrals.findWithDetailsById(id).orElseThrow(() -> new RecordNotFoundException()),
                version);
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.SUPERVISOR})
    public List<ResponseTarget> responseTargets() {
        return targets.findAllByOrderByHoursAsc();
    }

    /**
     * The administrator sets how many hours referrals of an urgency may wait for an answer; refused if
     * someone changed it since it was read at {@code version}.
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public ResponseTarget changeResponseTarget(Urgency urgency, long version, int hours) {
        ResponseTarget t = guard.atVersion(targets.findByUrgency(urgency)
                .orElseThrow(() -> new RecordNotFoundException()), version);
        t.changeHours(hours);
        return guard.flush(t);
    }

    private Duration target(Urgency urgency) {
        if (urgency == null) {
            throw BusinessException.atField(ReferralDetails.URGENCY, "validation.required");
        }
        return targets.findByUrgency(urgency).map(ResponseTarget::getTarget).orElse(urgency.defaultTarget());
    }

    private static String currentUsername() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
