package org.consilium.plan;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consilium.account.UserAccount;
import org.consilium.base.AuditEvent;
import org.consilium.base.RecordNotFoundException;
import org.consilium.base.StaffNames;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.plan.PlanPermissions.Audience;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan as its readers see it: a case's versions and proposals, one version as a sheet (or a PDF)
 * with what the reader may do with it, and what changed between two versions. What each reader sees
 * and may do is {@link PlanPermissions}; every opening is kept in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class PlanReader {

    /** The versions the family has agreed to and that have not ended: being approved, approved, in force. */
    private static final Set<PlanStatus> AGREED_NOT_ENDED = EnumSet.of(PlanStatus.AGREED, PlanStatus.APPROVED,
            PlanStatus.ACTIVE);

    private final PlanRepository plans;
    private final ReadingRepository readings;
    private final RatingRepository ratings;
    private final PlanAccess access;
    private final CaseService cases;
    private final StaffNames names;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlanPdf pdf;

    PlanReader(PlanRepository plans, ReadingRepository readings, RatingRepository ratings, PlanAccess access, CaseService cases, StaffNames names,
               ApplicationEventPublisher events, Clock clock, PlanPdf pdf) {
        this.plans = plans;
        this.readings = readings;
        this.ratings = ratings;
        this.access = access;
        this.cases = cases;
        this.names = names;
        this.events = events;
        this.clock = clock;
        this.pdf = pdf;
    }

    /**
     * A case's plan versions the signed-in user may see, the proposals they may read, and whether a
     * plan can be started; refused if there is no such case or they may not read its plan.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH, AppRoles.FAMILY})
    public PlanOverview overview(long caseId) {
        UserAccount me = access.me();
        CaseContext ctx = access.readable(caseId, me);
        return overview(ctx, PlanAccess.reader(ctx, me));
    }

    private PlanOverview overview(CaseContext ctx, PlanPermissions.Reader reader) {
        List<FamilyPlan> all = plans.ofCase(ctx.caseId());
        List<PlanOverview.Version> versions = all.stream().filter(p -> reader.mayRead(p.getStatus(), p.isOffered()))
                .map(p -> new PlanOverview.Version(p.getId(), p.getNumber(), p.getStatus(), p.isOffered(), p.getCreatedAt()))
                .toList();
        List<PlanOverview.Proposal> proposed = List.of();
        if (reader.audience() != Audience.FAMILY) {
            Map<String, String> goalTexts = new HashMap<>();
            all.forEach(p -> p.getGoals().forEach(g -> goalTexts.putIfAbsent(g.getKey(), g.getStatement())));
            proposed = plans.proposalsOfCase(ctx.caseId()).stream()
                    .filter(p -> reader.mayReadProposalOf(p.getAgency().getId()))
                    .map(p -> new PlanOverview.Proposal(p.getId(), p.getVersion(), p.getAgency().getName(),
                            p.getProposedByName(), p.getProposedAt(), goalTexts.get(p.getGoalKey()), p.getDescription(),
                            p.getDueOn(), p.getStatus(), p.getDecisionReason(),
                            p.getStatus() == TaskProposal.Status.PROPOSED && reader.mayDecideProposals()))
                    .toList();
        }
        boolean mayStart = ctx.may(CaseOperation.EDIT_CASE) && ctx.stage().allowsPlanWork()
                && all.stream().noneMatch(p -> p.getStatus().isCurrent());
        return new PlanOverview(ctx, reader.audience(), versions, proposed, mayStart);
    }

    /** One version as the signed-in user may see it; empty if they may not see this version. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH, AppRoles.FAMILY})
    public Optional<PlanSheet> sheet(long planId) {
        UserAccount me = access.me();
        FamilyPlan p = access.plan(planId);
        CaseContext ctx = access.readable(p.getCaseId(), me);
        PlanPermissions.Reader reader = PlanAccess.reader(ctx, me);
        if (!reader.mayRead(p.getStatus(), p.isOffered())) {
            events.publishEvent(AuditEvent.deniedOn("plan", planId, ctx.familyId(), ctx.familyName(), ctx.caseId(), "draft"));
            return Optional.empty();
        }
        events.publishEvent(AuditEvent.viewed("plan", planId, ctx.familyId(), ctx.familyName(), ctx.caseId()));
        return Optional.of(toSheet(p, ctx, reader));
    }

    /**
     * One version as a printable PDF in the given language, with what the reader may see of it; the
     * download is kept in the audit log.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH, AppRoles.FAMILY})
    public byte[] pdf(long planId, Locale locale) {
        PlanSheet sheet = sheet(planId).orElseThrow(() -> new AccessDeniedException("Not this user's plan version"));
        events.publishEvent(AuditEvent.exported("plan-pdf", "plan " + planId));
        return pdf.render(sheet, locale);
    }

    /**
     * The case's plan in force (the active version) as the signed-in curator or supervisor reads it, with
     * what they may do with each task; empty if none is in force.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<PlanSheet> inForce(long caseId) {
        return overview(caseId).versions().stream().filter(v -> v.status() == PlanStatus.ACTIVE).findFirst()
                .flatMap(v -> sheet(v.planId()));
    }

    /**
     * The case's plan as the family agreed to it, for a form that links something to one of its goals
     * (an information request whose answers feed a goal's indicator): the latest version agreed and not
     * ended, or, if none is, the latest version. Empty if the case has no plan; refused unless the user
     * may read the case (its team's curators and supervisors).
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<CurrentPlan> current(long caseId) {
        cases.context(caseId, CaseOperation.READ_CASE);
        List<FamilyPlan> all = plans.ofCase(caseId);
        return all.stream().filter(p -> AGREED_NOT_ENDED.contains(p.getStatus())).findFirst()
                .or(() -> all.stream().findFirst())
                .map(p -> new CurrentPlan(p.getId(), p.getEndsOn(), p.getGoals().stream()
                        .map(g -> new GoalRef(g.getKey(), g.getStatement(), g.getDeadline())).toList()));
    }

    /**
     * The cases of the supervisor's team whose plan the family has agreed to and which wait for
     * approval, for a meeting's agenda.
     */
    @RolesAllowed(AppRoles.SUPERVISOR)
    public List<Long> casesAwaitingApproval() {
        return List.copyOf(cases.contextsIfAllowed(plans.casesWithPlanAwaitingApproval(), CaseOperation.DECIDE).keySet());
    }

    /**
     * Whether the signed-in user may still read the case's plan, asked quietly (nothing is recorded),
     * for a page that is told the plan changed.
     */
    @PermitAll
    public boolean mayRead(long caseId) {
        UserAccount me = access.me();
        return !cases.contextsIfAllowed(List.of(caseId), PlanAccess.neededToRead(me)).isEmpty();
    }

    /** What changed between two versions of the same case's plan that the user may both see. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<PlanComparison.Change> compare(long olderId, long newerId) {
        FamilyPlan older = access.plan(olderId);
        FamilyPlan newer = access.plan(newerId);
        if (older.getCaseId() != newer.getCaseId()) {
            throw new RecordNotFoundException();
        }
        cases.context(older.getCaseId(), CaseOperation.READ_INTERNAL);
        return PlanComparison.between(older, newer);
    }

    private PlanSheet toSheet(FamilyPlan p, CaseContext ctx, PlanPermissions.Reader reader) {
        LocalDate today = LocalDate.now(clock);
        PlanPermissions permissions = access.permissions();
        boolean latest = plans.ofCase(p.getCaseId()).getFirst().equals(p);
        PlanPermissions.Version version = PlanAccess.version(p, ctx, latest);
        Map<String, List<TaskNote>> notesByTask = new HashMap<>();
        for (TaskNote n : plans.notesOfCase(p.getCaseId())) {
            notesByTask.computeIfAbsent(n.getTaskKey(), k -> new ArrayList<>()).add(n);
        }
        Map<String, List<PlanSheet.Reading>> readingsByGoal = new HashMap<>();
        for (GoalReading r : readings.ofCase(p.getCaseId())) {
            readingsByGoal.computeIfAbsent(r.getGoalKey(), k -> new ArrayList<>())
                    .add(new PlanSheet.Reading(r.getIndicator(), r.getPeriodStart(), r.getPeriodEnd(), r.getValue()));
        }
        Map<String, List<PlanSheet.Rated>> ratingsByGoal = new HashMap<>();
        Map<String, String> raters = new HashMap<>();
        for (GoalRatingEntry r : ratings.ofCase(p.getCaseId())) {
            ratingsByGoal.computeIfAbsent(r.getGoalKey(), k -> new ArrayList<>())
                    .add(new PlanSheet.Rated(r.getRatedOn(), r.getRating(),
                            raters.computeIfAbsent(r.getRatedBy(), names::fullName), r.getReviewId() != null));
        }
        List<PlanSheet.Goal> goals = new ArrayList<>();
        for (PlanGoal g : p.getGoals()) {
            List<PlanSheet.Task> tasks = new ArrayList<>();
            for (PlanTask t : g.getTasks()) {
                Set<TaskStatus> choices = permissions.statusChoices(reader, version, PlanAccess.task(t));
                List<PlanSheet.Note> notes = notesByTask.getOrDefault(t.getKey(), List.of()).stream()
                        .filter(n -> reader.mayReadNote(t.getSide(), n.isInternal(), n.getAuthorAgencyId()))
                        .map(n -> new PlanSheet.Note(n.getWrittenAt(), n.getAuthorName(), n.isByFamily(), n.isInternal(),
                                n.getText()))
                        .toList();
                tasks.add(new PlanSheet.Task(t.getId(), t.getVersion(), t.getKey(), t.getSide(), t.getDescription(),
                        t.getMember() == null ? null : t.getMember().getId(),
                        t.getMember() == null ? null : t.getMember().getFullName(),
                        t.getAgency() == null ? null : t.getAgency().getId(),
                        t.getAgency() == null ? null : t.getAgency().getName(),
                        t.getUser() == null ? null : t.getUser().getId(),
                        t.getUser() == null ? null : t.getUser().getFullName(),
                        t.getUser() == null ? null : t.getUser().getEmail(),
                        t.getDueOn(), t.getStatus(), t.isOverdue(today), choices, notes,
                        t.getOriginLabel(), t.getOriginRoute()));
            }
            goals.add(new PlanSheet.Goal(g.getId(), g.getVersion(), g.getKey(), g.getProblemArea(), g.getStatement(),
                    g.getCriterion(), g.getBaseline(), g.getTarget(), g.getDeadline(), g.getWhyItMatters(), g.getRating(),
                    tasks, readingsByGoal.getOrDefault(g.getKey(), List.of()),
                    // The assessment is for social services only: partners and the family do not see what a goal cites.
                    reader.audience() == Audience.STAFF && g.getFindingRef() != null
                            ? new PlanSheet.Finding(g.getFindingRef(), g.getFindingText()) : null,
                    ratingsByGoal.getOrDefault(g.getKey(), List.of())));
        }
        PlanAgreement agreed = p.getAgreed();
        return new PlanSheet(reader.audience(), p.getId(), p.getVersion(), p.getCaseId(), ctx.familyName(), p.getNumber(),
                p.getStatus(), p.getStartsOn(), p.getEndsOn(), p.isOffered(), p.getAgreement(),
                agreed == null ? null : agreed.getAgreedByName(), p.getSignedOn(), agreed == null ? null : agreed.getAgreedAt(),
                p.getApprovedBy() == null ? null : names.fullName(p.getApprovedBy()), p.getApprovedAt(), p.getActivatedAt(),
                p.getEndedAt(), reader.audience() == Audience.STAFF ? p.getReturnedReason() : null, ctx.curatorName(),
                ctx.curatorEmail(), ctx.teamAgencyName(), goals, p.familyOverload(), permissions.actions(reader, version));
    }
}
