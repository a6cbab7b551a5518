package org.consilium.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.UserText;

/**
 * How two members of the family on the social map get on: close, distant, in conflict, or with
 * violence, with a note. A member has no relation with themselves.
 */
@Entity
@Table(name = "social_map_relation")
public class SocialMapRelation extends AbstractEntity implements FamilyRecord {

    public static final int NOTE_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_member_id")
    private SocialMapMember first;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "second_member_id")
    private SocialMapMember second;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SocialMapRelationKind kind;

    @Column(length = NOTE_MAX)
    private String note;

    protected SocialMapRelation() {
    }

    private SocialMapRelation(Assessment assessment) {
        this.assessment = assessment;
    }

    /**
     * A new relation on the map of an assessment in progress, between two of its members ({@code null}
     * where the form named none or a member not on this map).
     */
    static SocialMapRelation of(Assessment assessment, SocialMapMember first, SocialMapMember second,
                                SocialMapRelationDetails d) {
        SocialMapMember.requireInProgress(assessment);
        SocialMapRelation r = new SocialMapRelation(assessment);
        r.take(first, second, d);
        return r;
    }

    /** Takes what was written about the relation, while the assessment is in progress. */
    void apply(SocialMapMember newFirst, SocialMapMember newSecond, SocialMapRelationDetails d) {
        SocialMapMember.requireInProgress(assessment);
        take(newFirst, newSecond, d);
    }

    private void take(SocialMapMember a, SocialMapMember b, SocialMapRelationDetails d) {
        if (a == null) {
            throw BusinessException.atField(SocialMapRelationDetails.FIRST, "validation.required");
        }
        if (b == null) {
            throw BusinessException.atField(SocialMapRelationDetails.SECOND, "validation.required");
        }
        if (a.equals(b)) {
            throw BusinessException.atField(SocialMapRelationDetails.SECOND, "socialMap.relation.self");
        }
        if (d.getKind() == null) {
            throw BusinessException.atField(SocialMapRelationDetails.KIND, "validation.required");
        }
        String n = UserText.check(SocialMapRelationDetails.NOTE, d.getNote(), NOTE_MAX, false);
        this.first = a;
        this.second = b;
        this.kind = d.getKind();
        this.note = n;
    }

    /** Whether this relation is between the same two members, in either order. */
    boolean joins(long a, long b) {
        return first.getId() == a && second.getId() == b || first.getId() == b && second.getId() == a;
    }

    /** Whether the member is one of the two. */
    boolean involves(SocialMapMember member) {
        return first.equals(member) || second.equals(member);
    }

    /** The same relation on the map of the next version, between the copies of its members. */
    SocialMapRelation copyInto(Assessment next, SocialMapMember firstCopy, SocialMapMember secondCopy) {
        SocialMapRelation copy = new SocialMapRelation(next);
        copy.first = firstCopy;
        copy.second = secondCopy;
        copy.kind = kind;
        copy.note = note;
        return copy;
    }

    public Assessment getAssessment() { return assessment; }
    public SocialMapMember getFirst() { return first; }
    public SocialMapMember getSecond() { return second; }
    public SocialMapRelationKind getKind() { return kind; }
    public String getNote() { return note; }

    @Override
    public Long auditFamilyId() {
        return assessment.auditFamilyId();
    }

    @Override
    public Long auditCaseId() {
        return assessment.auditCaseId();
    }
}
