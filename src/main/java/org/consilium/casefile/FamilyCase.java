package org.consilium.casefile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consilium.account.UserAccount;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyType;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.MessageKey;
import org.consilium.base.UserText;
import org.consilium.family.Family;
import org.consilium.referral.Urgency;
import org.consilium.security.AppRoles;
import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;

/**
 * A family's case: opened by the supervisor's decision on a verified referral (support level, model,
 * curator, criteria met), then moved through the stages of {@link CaseStage} by its curator. Every
 * move is kept as the case timeline. A family has at most one open case.
 */
@Entity
@Table(name = "family_case")
public class FamilyCase extends AbstractEntity implements FamilyRecord {

    public static final int CLOSURE_REASON_MAX = 1000;
    public static final int CLOSURE_OUTCOME_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id")
    private Family family;

    /** The family's name, kept with the case for the case list's order; a family's name does not change. */
    @Column(name = "family_name", nullable = false, length = Family.NAME_MAX)
    private String familyName;

    /** The family's district, kept with the case for the list's filter; it does not change either (V38). */
    @Column(name = "family_district", nullable = false, length = 100)
    private String familyDistrict;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "curator_id")
    private UserAccount curator;

    /** The curator's full name, kept with the case for the case list's order (decision 0034). */
    @Column(name = "curator_name", nullable = false, length = UserAccount.FULL_NAME_MAX)
    private String curatorName;

    /** The social-services agency (the territorial team) the case belongs to. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseStage stage;

    /** Kept with the stage so that the database can count open cases. */
    @Column(name = "is_open", nullable = false)
    private boolean open;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_level", nullable = false, length = 20)
    private SupportLevel supportLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseModel model;

    @ElementCollection
    @CollectionTable(name = "family_case_criterion", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "criterion", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 50)
    private Set<DecisionCriterion> criteria = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "family_case_referral", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "referral_id", nullable = false)
    @BatchSize(size = 50)
    private Set<Long> referralIds = new HashSet<>();

    /** The urgency of the case's most urgent referral. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Urgency urgency;

    /** Kept with the urgency so that the case list can sort the most urgent first. */
    @Column(name = "urgency_rank", nullable = false)
    private int urgencyRank;

    /** The date by which the work of the current stage is due; none if nobody has set one. */
    @Column(name = "stage_due_on")
    private LocalDate stageDueOn;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason_code", length = 30)
    private ClosureReason closureReason;

    /** The reason in words: required for "other", a comment otherwise (the free text of cases closed before the list). */
    @Column(name = "closure_reason", length = CLOSURE_REASON_MAX)
    private String closureNote;

    @Column(name = "closure_outcome", length = CLOSURE_OUTCOME_MAX)
    private String closureOutcome;

    @OneToMany(mappedBy = "familyCase", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<CaseTransition> timeline = new ArrayList<>();

    @OneToMany(mappedBy = "familyCase", cascade = CascadeType.ALL)
    @OrderBy("addedAt, id")
    private List<CaseParticipant> participants = new ArrayList<>();

    @OneToMany(mappedBy = "familyCase", cascade = CascadeType.ALL)
    @OrderBy("dueOn, id")
    private List<FollowUp> followUps = new ArrayList<>();

    protected FamilyCase() {
    }

    /**
     * Opens a case by the supervisor's decision. The curator must be a curator of the same
     * social-services agency. The referral's own history becomes the start of the timeline.
     */
    public static FamilyCase open(Family family, long referralId, Instant referralReceivedAt, Urgency urgency,
                                  CaseDecision decision, UserAccount curator, Instant now, String supervisor,
                                  LocalDate dueOn) {
        if (family == null) {
            throw BusinessException.atField("family", "referral.family.required");
        }
        decision.check();
        if (curator == null || !curator.getRoles().contains(AppRoles.CURATOR) || !curator.isEnabled()) {
            throw BusinessException.atField(CaseDecision.CURATOR, "case.curator.notCurator");
        }
        FamilyCase c = new FamilyCase();
        c.family = family;
        c.familyName = family.getName();
        c.familyDistrict = family.getDistrict() == null ? "" : family.getDistrict();
        c.curator = curator;
        c.curatorName = curator.getFullName();
        c.agency = curator.getAgency();
        c.supportLevel = decision.level();
        c.model = decision.model();
        c.criteria.addAll(decision.criteria());
        c.referralIds.add(referralId);
        c.setUrgency(urgency == null ? Urgency.ROUTINE : urgency);
        c.openedAt = now;
        c.timeline.add(new CaseTransition(c, null, CaseStage.REFERRAL, referralReceivedAt, supervisor, null));
        c.timeline.add(new CaseTransition(c, CaseStage.REFERRAL, CaseStage.VERIFICATION, now, supervisor, null));
        c.timeline.add(new CaseTransition(c, CaseStage.VERIFICATION, CaseStage.INITIAL_ASSESSMENT, now, supervisor,
                decision.comment(), dueOn));
        c.stage = CaseStage.INITIAL_ASSESSMENT;
        c.stageDueOn = dueOn;
        c.open = true;
        return c;
    }

    /**
     * Moves the case to another stage, if the methodology allows it, with the date by which the new
     * stage's work is due (none, or today or later); closure has its own method.
     */
    public void moveTo(CaseStage target, Instant now, String by, String comment, LocalDate dueOn, LocalDate today) {
        if (target == CaseStage.CLOSURE) {
            throw new BusinessException("case.stage.closeWithReason");
        }
        boolean reopening = CaseStage.isReopening(stage, target);
        if (reopening && (comment == null || comment.isBlank())) {
            throw BusinessException.atField(StageMoveDetails.COMMENT, "case.reopen.reasonRequired");
        }
        // Follow-up is due by the schedule made at closure while a planned contact is left, even if late.
        Optional<LocalDate> scheduled = target == CaseStage.FOLLOW_UP ? nextFollowUp().map(FollowUp::getDueOn) : Optional.empty();
        transition(target, now, by, comment, scheduled.isPresent() ? notPast(scheduled.get(), today) : dueOn, today);
        scheduled.ifPresent(d -> this.stageDueOn = d);
        if (reopening) {
            // The closure stays in the timeline; the case itself is open again, and nobody follows it up.
            this.closedAt = null;
            followUps.forEach(FollowUp::cancel);
        }
    }

    /**
     * Closes the case with a reason from the list (explained in words for "other"), the outcome
     * ("before" and "after"), and plans the follow-up contacts {@code followUpMonths} after today; the
     * closure stage is due by the first of them.
     */
    public void close(ClosureReason reason, String note, String outcome, Instant now, String by,
                      List<Integer> followUpMonths, LocalDate today) {
        if (reason == null) {
            throw BusinessException.atField(ClosureDetails.CLOSURE_REASON, "validation.required");
        }
        String n = text(ClosureDetails.CLOSURE_NOTE, note, CLOSURE_REASON_MAX, reason.needsNote());
        String o = text(ClosureDetails.CLOSURE_OUTCOME, outcome, CLOSURE_OUTCOME_MAX, true);
        List<FollowUp> planned = new ArrayList<>();
        for (int i = 0; i < followUpMonths.size(); i++) {
            planned.add(new FollowUp(this, i + 1, today.plusMonths(followUpMonths.get(i))));
        }
        transition(CaseStage.CLOSURE, now, by, n, planned.isEmpty() ? null : planned.getFirst().getDueOn(), today);
        this.closureReason = reason;
        this.closureNote = n;
        this.closureOutcome = o;
        this.closedAt = now;
        followUps.addAll(planned);
    }

    /**
     * Records a planned follow-up contact after closure. The case is in follow-up from then on, due by
     * the next planned contact; if the results did not hold the curator may reopen it with the reason,
     * which cancels the contacts still planned; the reopened case's assessment is due by {@code reopenedDueOn}.
     */
    public void recordFollowUp(FollowUp f, FollowUpDetails d, Instant now, String by, LocalDate today, ZoneId zone,
                               LocalDate reopenedDueOn) {
        if (stage != CaseStage.CLOSURE && stage != CaseStage.FOLLOW_UP) {
            throw new BusinessException("followUp.notClosed");
        }
        if (!followUps.contains(f)) {
            throw new BusinessException("followUp.notPlanned");
        }
        if (d.isReopen() && (d.getReopenReason() == null || d.getReopenReason().isBlank())) {
            throw BusinessException.atField(FollowUpDetails.REOPEN_REASON, "case.reopen.reasonRequired");
        }
        f.record(d, closedAt == null ? null : LocalDate.ofInstant(closedAt, zone), today, now, by);
        LocalDate next = nextFollowUp().map(FollowUp::getDueOn).orElse(null);
        if (stage == CaseStage.CLOSURE) {
            transition(CaseStage.FOLLOW_UP, now, by, null, next == null ? null : notPast(next, today), today);
        }
        // The next contact may already be late: the case is then overdue by it.
        this.stageDueOn = next;
        if (d.isReopen()) {
            moveTo(CaseStage.IN_DEPTH_ASSESSMENT, now, by, d.getReopenReason(), reopenedDueOn, today);
        }
    }

    /** A scheduled date for the timeline's entry, which records no date already past. */
    private static LocalDate notPast(LocalDate d, LocalDate today) {
        return d.isBefore(today) ? null : d;
    }

    /** The earliest follow-up contact still planned. */
    public Optional<FollowUp> nextFollowUp() {
        return followUps.stream().filter(FollowUp::isPlanned).min(Comparator.comparing(FollowUp::getDueOn));
    }

    /**
     * The supervisor's decision at the DECISION stage: confirms or changes level, model and criteria
     * and moves the case on to in-depth assessment.
     */
    public void decide(CaseDecision decision, Instant now, String by, LocalDate dueOn, LocalDate today) {
        if (stage != CaseStage.DECISION) {
            throw new BusinessException("case.decision.notNow");
        }
        decision.check();
        transition(CaseStage.IN_DEPTH_ASSESSMENT, now, by, decision.comment(), dueOn, today);
        this.supportLevel = decision.level();
        this.model = decision.model();
        this.criteria.clear();
        this.criteria.addAll(decision.criteria());
    }

    /** Hands the case to another curator of the same agency. */
    public void assignCurator(UserAccount newCurator) {
        if (newCurator == null || !newCurator.getRoles().contains(AppRoles.CURATOR) || !newCurator.isEnabled()
                || newCurator.getAgency() == null || !newCurator.getAgency().equals(agency)) {
            throw BusinessException.atField(CaseDecision.CURATOR, "case.curator.notCurator");
        }
        this.curator = newCurator;
        this.curatorName = newCurator.getFullName();
    }

    /**
     * Another referral about the same family joins its open case; a more urgent one makes the case
     * as urgent.
     */
    public void takeReferral(long referralId, Urgency referralUrgency) {
        if (!open) {
            throw new BusinessException("case.closed");
        }
        referralIds.add(referralId);
        if (referralUrgency != null && referralUrgency.rank() < urgencyRank) {
            setUrgency(referralUrgency);
        }
    }

    /**
     * Sets another date by which the current stage's work is due (for follow-up: the next planned
     * contact), with the reason, which the timeline keeps.
     */
    public void changeDueDate(LocalDate dueOn, String reason, Instant now, String by, LocalDate today) {
        if (dueOn == null) {
            throw BusinessException.atField(DueDateDetails.DUE_ON, "validation.required");
        }
        StageTimeLimit.checkDueDate(DueDateDetails.DUE_ON, dueOn, today);
        String r = text(DueDateDetails.REASON, reason, CaseTransition.COMMENT_MAX, true);
        timeline.add(new CaseTransition(this, stage, stage, now, by, r, dueOn));
        this.stageDueOn = dueOn;
    }

    /**
     * A partner agency takes part in the case from now on (social services are the case's own team,
     * not a participant). Taking part alone shares nothing: that needs consent or an override.
     */
    public void addParticipant(Agency partner, CaseParticipant.Reason reason, Instant now, String by) {
        if (partner == null || partner.getType() == AgencyType.SOCIAL_SERVICES) {
            throw BusinessException.atField(CaseParticipant.AGENCY, "sharing.participant.partnersOnly");
        }
        CaseParticipant existing = participants.stream().filter(p -> p.getAgency().equals(partner)).findFirst().orElse(null);
        if (existing != null && !existing.getReason().opensCase() && reason.opensCase()) {
            existing.widen(reason, now, by);
            return;
        }
        if (existing != null) {
            throw BusinessException.atField(CaseParticipant.AGENCY, "sharing.participant.already", partner.getName());
        }
        participants.add(new CaseParticipant(this, partner, reason, now, by));
    }

    /** Whether the current stage's work is past its due date. */
    public boolean isOverdue(LocalDate today) {
        return stageDueOn != null && stageDueOn.isBefore(today);
    }

    private void transition(CaseStage target, Instant now, String by, String comment, LocalDate dueOn, LocalDate today) {
        if (!stage.canMoveTo(target)) {
            throw new BusinessException("case.stage.illegalMove", new MessageKey(stage.messageKey()),
                    new MessageKey(target == null ? "case.stage.none" : target.messageKey()));
        }
        String c = text(StageMoveDetails.COMMENT, comment, CaseTransition.COMMENT_MAX, false);
        if (dueOn != null) {
            StageTimeLimit.checkDueDate(StageMoveDetails.DUE_ON, dueOn, today);
        }
        timeline.add(new CaseTransition(this, stage, target, now, by, c, dueOn));
        this.stage = target;
        this.open = target.isOpen();
        this.stageDueOn = dueOn;
    }

    private void setUrgency(Urgency u) {
        this.urgency = u;
        this.urgencyRank = u.rank();
    }

    private static String text(String field, String value, int max, boolean required) {
        return UserText.check(field, value, max, required);
    }

    public Family getFamily() { return family; }
    public UserAccount getCurator() { return curator; }
    public Agency getAgency() { return agency; }
    public CaseStage getStage() { return stage; }
    public boolean isOpen() { return open; }
    public SupportLevel getSupportLevel() { return supportLevel; }
    public CaseModel getModel() { return model; }
    public Set<DecisionCriterion> getCriteria() { return criteria.isEmpty() ? EnumSet.noneOf(DecisionCriterion.class) : EnumSet.copyOf(criteria); }
    public Set<Long> getReferralIds() { return Set.copyOf(referralIds); }
    public Urgency getUrgency() { return urgency; }
    public LocalDate getStageDueOn() { return stageDueOn; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
    public ClosureReason getClosureReason() { return closureReason; }
    public String getClosureNote() { return closureNote; }
    public String getClosureOutcome() { return closureOutcome; }
    public List<CaseTransition> getTimeline() { return List.copyOf(timeline); }
    public List<CaseParticipant> getParticipants() { return List.copyOf(participants); }
    public List<FollowUp> getFollowUps() { return List.copyOf(followUps); }

    @Override public Long auditFamilyId() { return family == null ? null : family.getId(); }
    @Override public String auditFamilyLabel() { return family != null && Hibernate.isInitialized(family) ? family.getName() : null; }
    @Override public Long auditCaseId() { return getId(); }
    @Override public Long auditTeamId() { return agency == null ? null : agency.getId(); }
}
