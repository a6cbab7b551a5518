package org.consilium.meeting;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the form to schedule a case's meeting offers: the staff of the organiser's team, the partner
 * agencies, the agencies taking part in the case (invited by default), and the family's members, each
 * by id and name.
 */
public record ScheduleOptions(long caseId, String familyName, Map<Long, String> staff, Map<Long, String> agencies,
                              Set<Long> takingPart, Map<Long, String> members) {
}
