package org.consilium.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;

/**
 * One figure of a goal's indicator for one period (the days a child missed school in March), reported
 * from outside the plan by {@link GoalIndicatorReported}. Kept by the goal's key, so it stays with the
 * goal in every version of the plan. Its source names it: the same source reported again changes this
 * reading rather than adding another.
 */
@Entity
@Table(name = "goal_reading")
public class GoalReading extends AbstractEntity implements FamilyRecord {

    public static final int INDICATOR_MAX = 80;
    public static final int SOURCE_TYPE_MAX = 40;
    /** As the column holds it: up to eight digits before the decimal point and two after. */
    static final int SCALE = 2;
    static final BigDecimal VALUE_LIMIT = new BigDecimal("100000000");

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "goal_key", nullable = false, length = 36)
    private String goalKey;

    @Column(nullable = false, length = INDICATOR_MAX)
    private String indicator;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    // H2 reserves the word "value": the name is quoted for every database.
    @Column(name = "`value`", nullable = false, precision = 10, scale = SCALE)
    private BigDecimal value;

    @Column(name = "source_type", nullable = false, length = SOURCE_TYPE_MAX)
    private String sourceType;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected GoalReading() {
    }

    /** The first reading of a source, for a goal of the case's plan; checked as {@link #take} checks. */
    GoalReading(long caseId, long familyId, String sourceType, long sourceId, GoalIndicatorReported e, Instant now) {
        if (sourceType == null || sourceType.isBlank() || sourceType.length() > SOURCE_TYPE_MAX) {
            throw new BusinessException("plan.readings.incomplete");
        }
        this.caseId = caseId;
        this.familyId = familyId;
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        take(e, now);
    }

    /**
     * Takes what the source reports now: refused without an indicator, a period and a value, with a
     * period that ends before it starts, or with a negative value or one too large to keep.
     */
    void take(GoalIndicatorReported e, Instant now) {
        if (e.caseId() != caseId) {
            throw new BusinessException("plan.readings.otherCase");
        }
        if (e.goalKey() == null || e.indicator() == null || e.indicator().isBlank()
                || e.indicator().length() > INDICATOR_MAX || e.periodStart() == null || e.periodEnd() == null
                || e.value() == null) {
            throw new BusinessException("plan.readings.incomplete");
        }
        if (e.periodEnd().isBefore(e.periodStart())) {
            throw new BusinessException("plan.readings.periodReversed");
        }
        if (e.value().signum() < 0) {
            throw new BusinessException("plan.readings.negative");
        }
        BigDecimal kept = e.value().setScale(SCALE, RoundingMode.HALF_UP);
        if (kept.compareTo(VALUE_LIMIT) >= 0) {
            throw new BusinessException("plan.readings.tooLarge");
        }
        // The same figure reported again is no change (3 and 3.00 are the same figure).
        boolean same = e.goalKey().equals(goalKey) && e.indicator().equals(indicator)
                && e.periodStart().equals(periodStart) && e.periodEnd().equals(periodEnd)
                && value != null && value.compareTo(kept) == 0;
        if (same) {
            return;
        }
        this.goalKey = e.goalKey();
        this.indicator = e.indicator();
        this.periodStart = e.periodStart();
        this.periodEnd = e.periodEnd();
        this.value = kept;
        this.recordedAt = now;
    }

    public long getCaseId() { return caseId; }
    public long getFamilyId() { return familyId; }
    public String getGoalKey() { return goalKey; }
    public String getIndicator() { return indicator; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public BigDecimal getValue() { return value; }
    public String getSourceType() { return sourceType; }
    public long getSourceId() { return sourceId; }
    public Instant getRecordedAt() { return recordedAt; }

    @Override
    public Long auditFamilyId() {
        return familyId;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }
}
