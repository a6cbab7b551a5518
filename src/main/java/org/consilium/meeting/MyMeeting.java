package org.consilium.meeting;

import java.time.Instant;

/**
 * A meeting in someone's own list and calendar: what, when, where, and the answer they (or their
 * agency, or their family) gave to the invitation; {@code answerable} when they have an invitation to
 * answer.
 */
public record MyMeeting(long id, MeetingKind kind, String title, Instant startsAt, Instant endsAt, String place,
                        String onlineLink, String chairName, MeetingStatus status, Response response,
                        boolean answerable) {
}
