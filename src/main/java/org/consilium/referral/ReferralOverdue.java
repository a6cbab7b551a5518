package org.consilium.referral;

import java.time.Instant;

/**
 * A referral still waits for a response after its response time (decision 0030). Published by the
 * regular check inside its transaction and delivered after the commit (decision 0029).
 *
 * @param referralId the referral
 * @param urgency    its urgency
 * @param dueAt      when the response was due
 */
public record ReferralOverdue(long referralId, Urgency urgency, Instant dueAt) {
}
