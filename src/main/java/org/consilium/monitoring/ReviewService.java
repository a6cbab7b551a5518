package org.consilium.monitoring;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.base.BusinessException;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseStage;
import org.consilium.plan.PlanReader;
import org.consilium.plan.PlanService;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.TaskSide;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reviews of a case's plan in force, written by those who may edit the case while the plan is
 * worked (implementation or review) and read by the case's team. A review is saved with all it leads to
 * or not at all: the goals' ratings join their series, an agency whose service did not meet the need is
 * told, and the decision moves the case (and, to revise, opens a revision of the plan).
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private final ReviewRepository reviews;
    private final CaseService cases;
    private final PlanReader planReader;
    private final PlanService plans;
    private final UserAccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, CaseService cases, PlanReader planReader, PlanService plans,
                  UserAccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.cases = cases;
        this.planReader = planReader;
        this.plans = plans;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** A review as the case page lists it. */
    public record Row(long id, LocalDate heldOn, int planNumber, String familyView, List<ProgressReview.Goal> goals,
                      List<ProgressReview.Service> services, String strengths, String risks, ReviewDecision decision,
                      String comment, String recordedBy, Instant recordedAt) {
    }

    /** The case's reviews, newest first, and whether the reader may record one now. */
    public record Reviews(long caseId, List<Row> rows, boolean mayRecord) {
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Reviews ofCase(long caseId) {
        CaseContext ctx = cases.context(caseId, CaseOperation.READ_INTERNAL);
        List<ProgressReview> found = reviews.ofCase(caseId);
        Map<String, String> names = accounts.fullNamesOf(found.stream().map(ProgressReview::getRecordedBy).toList());
        List<Row> rows = found.stream().map(r -> new Row(r.getId(), r.getHeldOn(), r.getPlanNumber(), r.getFamilyView(),
                r.getGoals(), r.getServices(), r.getStrengths(), r.getRisks(), r.getDecision(), r.getComment(),
                names.getOrDefault(r.getRecordedBy(), r.getRecordedBy()), r.getRecordedAt())).toList();
        boolean mayRecord = mayReview(ctx) && planReader.inForce(caseId).isPresent();
        return new Reviews(caseId, rows, mayRecord);
    }

    /**
     * A review to fill in for the plan in force: its goals with their ratings so far, its agencies'
     * services, today's date; refused if the case is not where a review is held or has no plan in force.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public ReviewDetails form(long caseId) {
        CaseContext ctx = cases.context(caseId, CaseOperation.EDIT_CASE);
        if (!mayReview(ctx)) {
            throw new BusinessException("review.notNow");
        }
        PlanSheet plan = planReader.inForce(caseId).orElseThrow(() -> new BusinessException("review.noPlan"));
        ReviewDetails d = new ReviewDetails();
        d.setHeldOn(LocalDate.now(clock));
        List<ReviewDetails.GoalLine> goals = new ArrayList<>();
        List<ReviewDetails.ServiceLine> services = new ArrayList<>();
        for (PlanSheet.Goal g : plan.goals()) {
            goals.add(new ReviewDetails.GoalLine(g.id(), g.version(), g.key(), g.statement(), g.rating()));
            for (PlanSheet.Task t : g.tasks()) {
                if (t.side() == TaskSide.SPECIALIST && t.agencyId() != null) {
                    services.add(new ReviewDetails.ServiceLine(t.key(), t.description(), t.agencyId(), t.agencyName()));
                }
            }
        }
        d.setGoals(goals);
        d.setServices(services);
        return d;
    }

    /** The readings and rating series of the plan's goals, for the form to show beside each goal. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<PlanSheet> planInForce(long caseId) {
        return planReader.inForce(caseId);
    }

    /** Records a review, with everything it leads to, in one transaction. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public ProgressReview record(long caseId, ReviewDetails d) {
        CaseContext ctx = cases.context(caseId, CaseOperation.EDIT_CASE);
        if (!mayReview(ctx)) {
            throw new BusinessException("review.notNow");
        }
        PlanSheet plan = planReader.inForce(caseId).orElseThrow(() -> new BusinessException("review.noPlan"));
        SignedInUser me = accounts.signedIn().orElseThrow();
        Instant now = clock.instant();
        ProgressReview review = reviews.saveAndFlush(new ProgressReview(caseId, ctx.familyId(), plan.planId(),
                plan.number(), d, LocalDate.now(clock), now, me.username()));
        for (ReviewDetails.GoalLine g : d.getGoals()) {
            if (g.getRating() != null) {
                plans.rateGoal(g.goalId(), g.goalVersion(), g.getRating(), review.getId());
            }
        }
        for (ProgressReview.Service s : review.getServices()) {
            if (s.notAdequate()) {
                events.publishEvent(new ServiceNotAdequate(caseId, review.getId(), s.agencyId(), ctx.familyName(),
                        s.taskKey(), s.description(), s.note(), me.username(), me.fullName(), now));
            }
        }
        decide(ctx, plan, d.getDecision(), d.getComment());
        events.publishEvent(new CaseMonitored(caseId, "live.review.recorded", me.username(), me.fullName(), now));
        return review;
    }

    /** Moves the case as the decision says: back to implementation, to planning a revision, to assessment. */
    private void decide(CaseContext ctx, PlanSheet plan, ReviewDecision decision, String comment) {
        long caseId = ctx.caseId();
        if (ctx.stage() == CaseStage.IMPLEMENTATION) {
            cases.move(caseId, cases.currentVersion(caseId), CaseStage.REVIEW, null);
        }
        String why = comment == null || comment.isBlank() ? null : comment;
        switch (decision) {
            case CONTINUE, REASSESS -> cases.move(caseId, cases.currentVersion(caseId), decision.leadsTo(), why);
            case REVISE -> {
                // The ratings just given changed the plan's goals: the revision starts from the plan as it is now.
                long version = planReader.inForce(caseId).map(PlanSheet::version).orElse(plan.version());
                plans.revise(plan.planId(), version);
                cases.move(caseId, cases.currentVersion(caseId), CaseStage.PLANNING, why);
            }
            case PROPOSE_CLOSURE -> {
                // The case stays in review: closing is the curator's next step, with its own form.
            }
        }
    }

    private static boolean mayReview(CaseContext ctx) {
        return ctx.may(CaseOperation.EDIT_CASE)
                && (ctx.stage() == CaseStage.IMPLEMENTATION || ctx.stage() == CaseStage.REVIEW);
    }
}
