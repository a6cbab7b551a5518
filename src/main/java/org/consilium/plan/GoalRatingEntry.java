package org.consilium.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One rating of a goal, kept with its date so that progress shows as a series: each rating adds one,
 * the goal itself holding the latest. Kept by the goal's key, so the series runs through every version
 * of the plan; a rating given at a progress review names the review. Never changed once written.
 */
@Entity
@Table(name = "goal_rating")
public class GoalRatingEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "goal_key", nullable = false, length = 36)
    private String goalKey;

    @Column(name = "plan_number", nullable = false)
    private int planNumber;

    @Column(nullable = false)
    private int rating;

    @Column(name = "rated_on", nullable = false)
    private LocalDate ratedOn;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    @Column(name = "rated_by", nullable = false, length = 50)
    private String ratedBy;

    /** The progress review the rating was given at, if any. */
    @Column(name = "review_id")
    private Long reviewId;

    protected GoalRatingEntry() {
    }

    GoalRatingEntry(PlanGoal goal, int rating, LocalDate ratedOn, Instant ratedAt, String ratedBy, Long reviewId) {
        this.caseId = goal.getPlan().getCaseId();
        this.goalKey = goal.getKey();
        this.planNumber = goal.getPlan().getNumber();
        this.rating = rating;
        this.ratedOn = ratedOn;
        this.ratedAt = ratedAt;
        this.ratedBy = ratedBy;
        this.reviewId = reviewId;
    }

    public String getGoalKey() { return goalKey; }
    public int getRating() { return rating; }
    public LocalDate getRatedOn() { return ratedOn; }
    public String getRatedBy() { return ratedBy; }
    public Long getReviewId() { return reviewId; }
}
