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
 * A member of the family on the social map of one assessment version: a name as the specialist wrote
 * it (picked from the family's record or typed), the role, the age if known, and whether they live
 * apart from the family. Kept with the version; the next version starts with a copy.
 */
@Entity
@Table(name = "social_map_member")
public class SocialMapMember extends AbstractEntity implements FamilyRecord {

    public static final int NAME_MAX = 120;
    public static final int AGE_MAX = 120;
    /** Who is drawn as a child: a child's role and, when the age is known, under this age. */
    public static final int ADULT_AGE = 18;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SocialMapRole role;

    private Integer age;

    @Column(name = "lives_apart", nullable = false)
    private boolean livesApart;

    protected SocialMapMember() {
    }

    private SocialMapMember(Assessment assessment) {
        this.assessment = assessment;
    }

    /** A new member on the map of an assessment in progress. */
    static SocialMapMember of(Assessment assessment, SocialMapMemberDetails d) {
        requireInProgress(assessment);
        SocialMapMember m = new SocialMapMember(assessment);
        m.take(d);
        return m;
    }

    /** Takes what was written about the member, while the assessment is in progress. */
    void apply(SocialMapMemberDetails d) {
        requireInProgress(assessment);
        take(d);
    }

    private void take(SocialMapMemberDetails d) {
        String n = UserText.check(SocialMapMemberDetails.NAME, d.getName(), NAME_MAX, true);
        if (d.getRole() == null) {
            throw BusinessException.atField(SocialMapMemberDetails.ROLE, "validation.required");
        }
        if (d.getAge() != null && (d.getAge() < 0 || d.getAge() > AGE_MAX)) {
            throw BusinessException.atField(SocialMapMemberDetails.AGE, "socialMap.member.ageRange", 0, AGE_MAX);
        }
        this.name = n;
        this.role = d.getRole();
        this.age = d.getAge();
        this.livesApart = d.isLivesApart();
    }

    /** The same member on the map of the next version. */
    SocialMapMember copyInto(Assessment next) {
        SocialMapMember copy = new SocialMapMember(next);
        copy.name = name;
        copy.role = role;
        copy.age = age;
        copy.livesApart = livesApart;
        return copy;
    }

    /** The social map is written only while its assessment version is in progress. */
    static void requireInProgress(Assessment assessment) {
        if (assessment.getStatus() != AssessmentStatus.IN_PROGRESS) {
            throw new BusinessException("socialMap.readOnly");
        }
    }

    /** Whether the map draws the member as a child. */
    public boolean isChild() {
        return role.isChild() && (age == null || age < ADULT_AGE);
    }

    public Assessment getAssessment() { return assessment; }
    public String getName() { return name; }
    public SocialMapRole getRole() { return role; }
    public Integer getAge() { return age; }
    public boolean isLivesApart() { return livesApart; }

    @Override
    public Long auditFamilyId() {
        return assessment.auditFamilyId();
    }

    @Override
    public Long auditCaseId() {
        return assessment.auditCaseId();
    }
}
