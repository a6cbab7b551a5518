package org.consilium.assessment;

/**
 * A person or service in the family's surroundings: who, what kind, how strong or stressful the
 * connection is, to which member of the map it runs (none: to the whole family) and a note. The form
 * binds to it and {@link SocialMapContact} checks it when saved.
 */
public class SocialMapContactDetails {

    /** Field names, shared by the form's bindings and the refusals. */
    public static final String NAME = "name";
    public static final String KIND = "kind";
    public static final String STRENGTH = "strength";
    public static final String MEMBER = "member";
    public static final String NOTE = "note";

    private String name;
    private SocialMapContactKind kind;
    private SocialMapStrength strength;
    private Long member;
    private String note;

    public SocialMapContactDetails() {
    }

    public SocialMapContactDetails(String name, SocialMapContactKind kind, SocialMapStrength strength, Long member,
                                   String note) {
        this.name = name;
        this.kind = kind;
        this.strength = strength;
        this.member = member;
        this.note = note;
    }

    public static SocialMapContactDetails of(SocialMapSheet.Contact c) {
        return new SocialMapContactDetails(c.name(), c.kind(), c.strength(), c.memberId(), c.note());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public SocialMapContactKind getKind() { return kind; }
    public void setKind(SocialMapContactKind kind) { this.kind = kind; }
    public SocialMapStrength getStrength() { return strength; }
    public void setStrength(SocialMapStrength strength) { this.strength = strength; }
    public Long getMember() { return member; }
    public void setMember(Long member) { this.member = member; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
