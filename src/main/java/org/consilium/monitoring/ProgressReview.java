package org.consilium.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.UserText;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A progress review of the plan in force (seeds 000, 001): the family's own view first, each goal's
 * rating, whether each agency's service was received and met the need, new strengths and risks, and the
 * decision. Kept as written, tied to the plan version it reviewed.
 */
@Entity
@Table(name = "progress_review")
public class ProgressReview extends AbstractEntity implements FamilyRecord {

    public static final int TEXT_MAX = 4000;
    public static final int NOTE_MAX = 1000;

    /**
     * A goal as reviewed: its statement then, the rating given (none if not rated) and the family's own
     * rating of it on the same scale (its self-evaluation, none if it gave none).
     */
    @Embeddable
    public record Goal(@Column(name = "goal_key", nullable = false, length = 36) String goalKey,
                       @Column(nullable = false, length = 500) String statement,
                       @Column(name = "rating") Integer rating,
                       @Column(name = "family_rating") Integer familyRating) {
    }

    /** An agency's service as reviewed: received, adequate (none if not received), and why not. */
    @Embeddable
    public record Service(@Column(name = "task_key", nullable = false, length = 36) String taskKey,
                          @Column(nullable = false, length = 1000) String description,
                          @Column(name = "agency_id", nullable = false) long agencyId,
                          @Column(name = "agency_name", nullable = false, length = 200) String agencyName,
                          @Column(nullable = false) boolean received,
                          @Column(name = "adequate") Boolean adequate,
                          @Column(length = NOTE_MAX) String note) {

        public boolean notAdequate() {
            return received && Boolean.FALSE.equals(adequate);
        }
    }

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "plan_number", nullable = false)
    private int planNumber;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "family_view", nullable = false, columnDefinition = "TEXT")
    private String familyView;

    @Column(columnDefinition = "TEXT")
    private String strengths;

    @Column(columnDefinition = "TEXT")
    private String risks;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewDecision decision;

    @Column(columnDefinition = "TEXT")
    private String comment;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    // Goals and services are each read for all the reviews of a query in one statement, not review by review.
    @ElementCollection
    @CollectionTable(name = "progress_review_goal", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<Goal> goals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "progress_review_service", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<Service> services = new ArrayList<>();

    protected ProgressReview() {
    }

    /**
     * A review as written; refused at the field if the family's view or the decision is missing, the date
     * is in the future, or a service that did not meet the need is not explained.
     */
    public ProgressReview(long caseId, long familyId, long planId, int planNumber, ReviewDetails d, LocalDate today,
                          Instant now, String by) {
        if (d.getHeldOn() == null) {
            throw BusinessException.atField(ReviewDetails.HELD_ON, "validation.required");
        }
        if (d.getHeldOn().isAfter(today)) {
            throw BusinessException.atField(ReviewDetails.HELD_ON, "review.heldOn.future");
        }
        this.familyView = UserText.check(ReviewDetails.FAMILY_VIEW, d.getFamilyView(), TEXT_MAX, true);
        if (d.getDecision() == null) {
            throw BusinessException.atField(ReviewDetails.DECISION, "validation.required");
        }
        this.strengths = UserText.check("strengths", d.getStrengths(), TEXT_MAX, false);
        this.risks = UserText.check("risks", d.getRisks(), TEXT_MAX, false);
        this.comment = UserText.check("comment", d.getComment(), TEXT_MAX, false);
        for (ReviewDetails.GoalLine g : d.getGoals()) {
            for (Integer r : new Integer[] {g.getRating(), g.getFamilyRating()}) {
                if (r != null && (r < 1 || r > 5)) {
                    throw BusinessException.atField("rating." + g.goalKey(), "plan.rating.range", 1, 5);
                }
            }
            goals.add(new Goal(g.goalKey(), g.statement(), g.getRating(), g.getFamilyRating()));
        }
        for (int i = 0; i < d.getServices().size(); i++) {
            ReviewDetails.ServiceLine s = d.getServices().get(i);
            boolean notAdequate = s.isReceived() && !s.isAdequate();
            String note = UserText.check(ReviewDetails.serviceNoteField(i), s.getNote(), NOTE_MAX, notAdequate);
            if (notAdequate && note == null) {
                throw BusinessException.atField(ReviewDetails.serviceNoteField(i), "review.service.explain");
            }
            services.add(new Service(s.taskKey(), s.description(), s.agencyId(), s.agencyName(), s.isReceived(),
                    s.isReceived() ? s.isAdequate() : null, note));
        }
        this.caseId = caseId;
        this.familyId = familyId;
        this.planId = planId;
        this.planNumber = planNumber;
        this.heldOn = d.getHeldOn();
        this.decision = d.getDecision();
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public long getCaseId() { return caseId; }
    public long getPlanId() { return planId; }
    public int getPlanNumber() { return planNumber; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getFamilyView() { return familyView; }
    public String getStrengths() { return strengths; }
    public String getRisks() { return risks; }
    public ReviewDecision getDecision() { return decision; }
    public String getComment() { return comment; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public List<Goal> getGoals() { return List.copyOf(goals); }
    public List<Service> getServices() { return List.copyOf(services); }

    @Override
    public Long auditFamilyId() {
        return familyId;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }
}
