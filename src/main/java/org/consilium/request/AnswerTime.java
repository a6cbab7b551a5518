package org.consilium.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;

/**
 * How many working days an agency has to answer an information request of one kind. The administrator
 * sets it; a request's due date is that many working days after it is sent (decision 0018).
 */
@Entity
@Table(name = "request_answer_time")
public class AnswerTime extends AbstractEntity {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 60;
    /** What the portal ships with, and what a kind without a stored rule gets. */
    public static final int DEFAULT_DAYS = 5;
    /** The field a refused value is named by (the rule is one number, so it has no details bean). */
    public static final String WORKING_DAYS = "workingDays";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true, length = 40)
    private RequestKind kind;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    protected AnswerTime() {
    }

    public RequestKind getKind() {
        return kind;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public void changeWorkingDays(int days) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw BusinessException.atField(WORKING_DAYS, "request.answerDays.range", MIN_DAYS, MAX_DAYS);
        }
        this.workingDays = days;
    }
}
