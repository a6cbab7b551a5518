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
 * A person or service in the family's support network on the social map: a relative, a neighbour, the
 * school, the clinic, … with how strong the connection is (or that it is a stress), to which member it
 * runs or to the whole family, and a note.
 */
@Entity
@Table(name = "social_map_contact")
public class SocialMapContact extends AbstractEntity implements FamilyRecord {

    public static final int NAME_MAX = 120;
    public static final int NOTE_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SocialMapContactKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SocialMapStrength strength;

    /** The member the connection runs to; {@code null}: the whole family. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private SocialMapMember member;

    @Column(length = NOTE_MAX)
    private String note;

    protected SocialMapContact() {
    }

    private SocialMapContact(Assessment assessment) {
        this.assessment = assessment;
    }

    /** A new entry of the network on the map of an assessment in progress; {@code member} null: the whole family. */
    static SocialMapContact of(Assessment assessment, SocialMapMember member, SocialMapContactDetails d) {
        SocialMapMember.requireInProgress(assessment);
        SocialMapContact c = new SocialMapContact(assessment);
        c.take(member, d);
        return c;
    }

    /** Takes what was written about the entry, while the assessment is in progress. */
    void apply(SocialMapMember newMember, SocialMapContactDetails d) {
        SocialMapMember.requireInProgress(assessment);
        take(newMember, d);
    }

    private void take(SocialMapMember m, SocialMapContactDetails d) {
        String n = UserText.check(SocialMapContactDetails.NAME, d.getName(), NAME_MAX, true);
        if (d.getKind() == null) {
            throw BusinessException.atField(SocialMapContactDetails.KIND, "validation.required");
        }
        if (d.getStrength() == null) {
            throw BusinessException.atField(SocialMapContactDetails.STRENGTH, "validation.required");
        }
        String t = UserText.check(SocialMapContactDetails.NOTE, d.getNote(), NOTE_MAX, false);
        this.name = n;
        this.kind = d.getKind();
        this.strength = d.getStrength();
        this.member = m;
        this.note = t;
    }

    /** The member this entry ran to is taken off the map: it runs to the whole family from now on. */
    void detachFrom(SocialMapMember removed) {
        if (removed.equals(member)) {
            this.member = null;
        }
    }

    /** The same entry on the map of the next version, running to the copy of its member. */
    SocialMapContact copyInto(Assessment next, SocialMapMember memberCopy) {
        SocialMapContact copy = new SocialMapContact(next);
        copy.name = name;
        copy.kind = kind;
        copy.strength = strength;
        copy.member = memberCopy;
        copy.note = note;
        return copy;
    }

    public Assessment getAssessment() { return assessment; }
    public String getName() { return name; }
    public SocialMapContactKind getKind() { return kind; }
    public SocialMapStrength getStrength() { return strength; }
    public SocialMapMember getMember() { return member; }
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
