package org.consilium.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A member of the family who took part in the first meeting: the member's id, and the name as it was
 * then, so the record stays readable whatever happens to the family's list later.
 */
@Embeddable
public class FirstMeetingMember {

    public static final int NAME_MAX = 250;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    protected FirstMeetingMember() {
    }

    FirstMeetingMember(long memberId, String fullName) {
        this.memberId = memberId;
        this.fullName = fullName;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getFullName() {
        return fullName;
    }
}
