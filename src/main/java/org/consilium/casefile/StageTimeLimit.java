package org.consilium.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;

/**
 * How many days a case may stay in a stage before its work there is due (for follow-up: until the
 * next planned contact). The administrator sets them; a case's due date is computed from them when it
 * enters a stage (decision 0009).
 */
@Entity
@Table(name = "stage_time_limit")
public class StageTimeLimit extends AbstractEntity {

    public static final int MAX_DAYS = 365;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true, length = 30)
    private CaseStage stage;

    @Column(nullable = false)
    private int days;

    protected StageTimeLimit() {
    }

    public CaseStage getStage() {
        return stage;
    }

    public int getDays() {
        return days;
    }

    public void changeDays(int newDays) {
        if (newDays < 1 || newDays > MAX_DAYS) {
            throw BusinessException.atField("days", "case.stageLimit.range", 1, MAX_DAYS);
        }
        this.days = newDays;
    }

    /** Refuses, at {@code field}, a due date before {@code today} or further ahead than any stage may take. */
    static void checkDueDate(String field, LocalDate dueOn, LocalDate today) {
        if (dueOn.isBefore(today)) {
            throw BusinessException.atField(field, "case.due.past");
        }
        if (dueOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw BusinessException.atField(field, "case.due.tooFar", MAX_DAYS);
        }
    }
}
