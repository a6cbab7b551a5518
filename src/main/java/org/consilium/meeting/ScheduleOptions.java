package org.consilium.meeting;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the form to schedule a meeting offers: the staff of the organiser's team, the partner agencies,
 * the agencies taking part in the case (invited by default), and the family's members, each by id and
 * name. A territorial-group meeting has no case ({@code caseId} and {@code familyName} are
 * {@code null}, no members).
 */
public record ScheduleOptions(Long caseId, String familyName, Map<Long, String> staff, Map<Long, String> agencies,
                              Set<Long> takingPart, Map<Long, String> members) {
}
