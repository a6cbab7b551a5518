package org.consilium.casefile;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.audit.AuditLog;
import org.consilium.audit.AuditRow;
import org.consilium.base.RecordNotFoundException;
import org.consilium.referral.ProblemArea;
import org.consilium.referral.ReferralService;
import org.consilium.referral.VerificationRecord;
import org.consilium.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's page as its team reads it: the case with its family, timeline and what the reader may do
 * now ({@link CaseSheet}), and who has opened the file. Every read asks the access policy and is kept
 * in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class CaseSheets {

    private final CaseRepository cases;
    private final StageTimeLimitRepository limits;
    private final UserAccountService accounts;
    private final AuditLog audit;
    private final CaseAccess access;
    private final Clock clock;
    private final ReferralService referrals;

    CaseSheets(CaseRepository cases, StageTimeLimitRepository limits, UserAccountService accounts, AuditLog audit,
               CaseAccess access, Clock clock, ReferralService referrals) {
        this.referrals = referrals;
        this.cases = cases;
        this.limits = limits;
        this.accounts = accounts;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /**
     * What the family was referred for at first: when, the reasons and the description; and what intake
     * found when it verified the referral ({@code null} if nothing was recorded).
     */
    public record InitialRequest(Instant receivedAt, Set<ProblemArea> reasons, String reasonText, String description,
                                 VerificationRecord verification) {
    }

    /** The first referral the case was opened from, if the reader may read the case. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<InitialRequest> initialRequest(long caseId) {
        FamilyCase c = cases.findById(caseId).orElseThrow(RecordNotFoundException::new);
        access.require(me(), c, CaseOperation.READ_CASE);
        return c.getReferralIds().stream().min(Long::compare).flatMap(referrals::ofCase)
                .map(r -> new InitialRequest(r.getReceivedAt(), r.getReasons(), r.getReasonText(), r.getDescription(),
                        VerificationRecord.of(r, u -> accounts.fullNamesOf(Set.of(u)).getOrDefault(u, u)).orElse(null)));
    }

    /** A case's page for a curator or supervisor of its team; the opening is kept in the audit log. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<CaseSheet> sheet(long caseId) {
        UserAccount me = me();
        return cases.findWithPartiesById(caseId).map(c -> {
            Set<CaseOperation> allowed = access.require(me, c, CaseOperation.READ_CASE);
            access.recordOpening(c);
            boolean mayEdit = allowed.contains(CaseOperation.EDIT_CASE);
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            Map<String, String> names = accounts.fullNamesOf(
                    c.getTimeline().stream().map(CaseTransition::getBy).collect(Collectors.toSet()));
            return new CaseSheet(c.getId(), c.getVersion(), c.getFamily().getId(), c.getFamily().getName(),
                    c.getFamily().getAddress(),
                    c.getFamily().getMembers().stream().map(m -> new CaseSheet.Member(m.getFullName(), m.getRelation(),
                            m.getBirthDate(), m.ageOn(today))).toList(),
                    c.getCurator().getFullName(), c.getStage(), c.isOpen(), c.getSupportLevel(), c.getModel(),
                    c.getCriteria(), c.getUrgency(), c.getStageDueOn(), c.isOverdue(today),
                    c.isOverdue(today) ? ChronoUnit.DAYS.between(c.getStageDueOn(), today) : 0, c.getOpenedAt(),
                    Duration.between(c.getOpenedAt(), c.getClosedAt() == null ? now : c.getClosedAt()).toDays(),
                    c.getClosureReason(), c.getClosureNote(), c.getClosureOutcome(),
                    c.getTimeline().stream().map(t -> new CaseSheet.Move(t.getFrom(), t.getTo(), t.getAt(),
                            names.getOrDefault(t.getBy(), t.getBy()), t.getComment(), t.getDueOn(),
                            t.isDueDateChange())).toList(),
                    mayEdit ? movesFor(c) : EnumSet.noneOf(CaseStage.class), mayEdit,
                    c.getStage() == CaseStage.DECISION && allowed.contains(CaseOperation.DECIDE),
                    mayEdit ? limits.dueDatesFrom(today) : Map.of(), followUpLines(c, today));
        });
    }

    /** The moves the user may make now: the decision is the supervisor's, the rest the curator's too. */
    private static Set<CaseStage> movesFor(FamilyCase c) {
        Set<CaseStage> moves = c.getStage().allowedMoves();
        if (c.getStage() == CaseStage.DECISION) {
            // Leaving DECISION for in-depth assessment is the supervisor's decision, made with its own form.
            moves.remove(CaseStage.IN_DEPTH_ASSESSMENT);
        }
        return moves;
    }

    private List<CaseSheet.FollowUpLine> followUpLines(FamilyCase c, LocalDate today) {
        List<FollowUp> all = c.getFollowUps();
        Map<String, String> names = accounts.fullNamesOf(all.stream().map(FollowUp::getRecordedBy)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return all.stream().map(f -> new CaseSheet.FollowUpLine(f.getId(), f.getVersion(), f.getStep(), f.getDueOn(),
                f.getStatus(), f.isPlanned() && f.getDueOn().isBefore(today), f.getContactedOn(), f.getContactKind(),
                f.getResult(), f.getNotes(), f.getRecordedBy() == null ? null : names.getOrDefault(f.getRecordedBy(),
                        f.getRecordedBy()))).toList();
    }

    /** Who opened the case's file and when, newest first, for those who may read the case. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<CaseOpening> whoOpened(long caseId, int max) {
        UserAccount me = me();
        FamilyCase c = cases.findWithPartiesById(caseId).orElseThrow(() -> new RecordNotFoundException());
        access.require(me, c, CaseOperation.READ_CASE);
        List<AuditRow> rows = audit.viewsOfCase(caseId, max);
        Map<String, String> names = accounts.fullNamesOf(
                rows.stream().map(AuditRow::username).collect(Collectors.toSet()));
        return rows.stream().map(r -> new CaseOpening(names.getOrDefault(r.username(), r.username()), r.at())).toList();
    }

    private UserAccount me() {
        return accounts.signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
