package org.consilium.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consilium.account.UserAccount;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseContext;
import org.consilium.security.AppRoles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's assessments (decision 0024): started, written domain by domain, answered about the child's
 * safety, completed, and started again as a new version. Read by social-services staff of the case and
 * written by its curator and the team's supervisors ({@link AssessmentAccess}).
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    private final AssessmentAccess access;
    private final AssessmentRepository assessments;
    private final EditGuard guard;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AnswerSources> answerSources;
    private final Clock clock;

    AssessmentService(AssessmentAccess access, AssessmentRepository assessments, EditGuard guard,
                      ApplicationEventPublisher events, ObjectProvider<AnswerSources> answerSources, Clock clock) {
        this.access = access;
        this.assessments = assessments;
        this.guard = guard;
        this.events = events;
        this.answerSources = answerSources;
        this.clock = clock;
    }

    /** Every version of the case's assessment and what the reader may start. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public AssessmentOverview overview(long caseId) {
        CaseContext ctx = access.toRead(caseId);
        List<Assessment> all = assessments.findByCaseIdOrderByNumberAsc(caseId);
        boolean writable = AssessmentAccess.writable(ctx);
        return new AssessmentOverview(caseId, ctx.familyName(), all.stream()
                .map(a -> new AssessmentOverview.Version(a.getId(), a.getNumber(), a.getKind(), a.getStatus(),
                        a.getStartedAt(), a.getCompletedAt())).toList(),
                writable, writable ? startable(all) : Set.of());
    }

    static Set<AssessmentKind> startable(List<Assessment> all) {
        if (all.isEmpty()) {
            return EnumSet.of(AssessmentKind.INITIAL);
        }
        Assessment latest = all.get(all.size() - 1);
        if (latest.getStatus() != AssessmentStatus.COMPLETED) {
            return Set.of();
        }
        return all.stream().anyMatch(a -> a.getKind() == AssessmentKind.IN_DEPTH)
                ? EnumSet.of(AssessmentKind.RE_ASSESSMENT)
                : EnumSet.of(AssessmentKind.IN_DEPTH, AssessmentKind.RE_ASSESSMENT);
    }

    /** One version of the case's assessment; the reading is recorded in the audit log. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public AssessmentSheet sheet(long caseId, long assessmentId) {
        CaseContext ctx = access.toRead(caseId);
        Assessment a = ofCase(assessmentId, caseId);
        access.recordViewed(ctx, "assessment", a.getId());
        return AssessmentSheet.of(a, ctx.familyName(), AssessmentAccess.writable(ctx));
    }

    /**
     * Starts the case's next assessment: the initial one first; then, once the latest is completed, the
     * in-depth assessment or a re-assessment as a copy of it.
     */
    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public AssessmentSheet start(long caseId, AssessmentKind kind) {
        CaseContext ctx = writable(caseId);
        UserAccount me = access.me();
        List<Assessment> all = assessments.findByCaseIdOrderByNumberAsc(caseId);
        if (!startable(all).contains(kind)) {
            throw new BusinessException(all.isEmpty() ? "assessment.start.initialFirst"
                    : all.get(all.size() - 1).getStatus() == AssessmentStatus.IN_PROGRESS
                    ? "assessment.start.inProgress" : "assessment.start.notAllowed");
        }
        Instant now = now();
        Assessment started = all.isEmpty() ? Assessment.initial(caseId, ctx.familyId(), now, me.getFullName())
                : all.get(all.size() - 1).next(kind, now, me.getFullName());
        Assessment saved = assessments.saveAndFlush(started);
        events.publishEvent(new AssessmentStarted(caseId, all.isEmpty() ? null : all.get(all.size() - 1).getId(),
                saved.getId()));
        return AssessmentSheet.of(saved, ctx.familyName(), true);
    }

    /** Writes one domain of an assessment in progress, at the version the writer read. */
    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public AssessmentSheet writeDomain(long assessmentId, long version, Domain domain, DomainDetails details) {
        Map<Long, String> answers = new LinkedHashMap<>();
        return onAssessment(assessmentId, version, (a, by) -> {
            if (!details.getCitedAnswers().isEmpty()) {
                answerOptions(a.getCaseId()).forEach(o -> answers.put(o.id(), o.label()));
            }
            a.writeDomain(domain, details, today(), by, answers);
        });
    }

    /** Answers whether the child is safe now, with the safety plan when not. */
    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public AssessmentSheet answerSafety(long assessmentId, long version, SafetyDetails details) {
        return onAssessment(assessmentId, version, (a, by) -> a.answerSafety(details, today(), by));
    }

    /** Writes the social prognosis and the recommendations. */
    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public AssessmentSheet writeConclusions(long assessmentId, long version, String prognosis, String recommendations) {
        return onAssessment(assessmentId, version, (a, by) -> a.writeConclusions(prognosis, recommendations));
    }

    /** Completes an assessment; it is read only from then on. */
    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public AssessmentSheet complete(long assessmentId, long version) {
        return onAssessment(assessmentId, version, (a, by) -> a.complete(now(), by));
    }

    /** Writes the summary the family may read, and shares it with them; an empty text withdraws it. */
    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public AssessmentSheet shareSummary(long assessmentId, long version, String text) {
        Assessment a = assessment(assessmentId);
        CaseContext ctx = writable(a.getCaseId());
        guard.atVersion(a, version);
        a.shareSummary(text, now(), access.me().getFullName());
        return AssessmentSheet.of(guard.flush(a), ctx.familyName(), true);
    }

    /** Two versions of the case's assessment side by side, the earlier first. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public AssessmentComparison compare(long caseId, long firstId, long secondId) {
        CaseContext ctx = access.toRead(caseId);
        Assessment a = ofCase(firstId, caseId);
        Assessment b = ofCase(secondId, caseId);
        if (a.getNumber() > b.getNumber()) {
            Assessment t = a;
            a = b;
            b = t;
        }
        access.recordViewed(ctx, "assessment", a.getId());
        access.recordViewed(ctx, "assessment", b.getId());
        return AssessmentComparison.of(AssessmentSheet.of(a, ctx.familyName(), false),
                AssessmentSheet.of(b, ctx.familyName(), false));
    }

    /** The case's answered information requests a finding may cite. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<AnswerSources.Answer> answerOptions(long caseId) {
        access.toRead(caseId);
        return answerSources.orderedStream().flatMap(s -> s.answeredOf(caseId).stream()).toList();
    }

    private AssessmentSheet onAssessment(long assessmentId, long version, java.util.function.BiConsumer<Assessment, String> change) {
        Assessment a = assessment(assessmentId);
        CaseContext ctx = writable(a.getCaseId());
        guard.atVersion(a, version);
        change.accept(a, access.me().getFullName());
        return AssessmentSheet.of(guard.flush(a), ctx.familyName(), true);
    }

    private CaseContext writable(long caseId) {
        return access.toWriteWhileOpen(caseId, "assessment.caseClosed");
    }

    private Assessment assessment(long id) {
        return assessments.withFindings(id).orElseThrow(RecordNotFoundException::new);
    }

    private Assessment ofCase(long assessmentId, long caseId) {
        Assessment a = assessment(assessmentId);
        if (a.getCaseId() != caseId) {
            throw new RecordNotFoundException();
        }
        return a;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
