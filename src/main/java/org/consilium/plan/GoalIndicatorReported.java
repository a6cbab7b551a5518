package org.consilium.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure for a goal's indicator over one period, reported from outside the plan: for example the
 * days a child missed school in a month, from the school's answer to a recurring information request.
 * Published as an application event inside the reporter's transaction; the plan records it as a
 * {@link GoalReading} before the publisher goes on, and a refusal (a {@code BusinessException}) rolls
 * the publisher's transaction back. The same {@code sourceType} and {@code sourceId} reported again
 * replace the earlier figure instead of adding one.
 *
 * @param caseId      the case whose plan has the goal
 * @param goalKey     the goal's key ({@link PlanGoal#getKey()}), the same in every version of the plan
 * @param indicator   a message key naming what is measured, e.g. {@code request.indicator.daysMissed}
 * @param periodStart the first day the figure covers
 * @param periodEnd   the last day it covers, not before {@code periodStart}
 * @param value       the figure, not negative
 * @param sourceType  what kind of record reported it, e.g. {@code request-answer}
 * @param sourceId    that record's id
 */
public record GoalIndicatorReported(long caseId, String goalKey, String indicator, LocalDate periodStart,
                                    LocalDate periodEnd, BigDecimal value, String sourceType, long sourceId) {
}
