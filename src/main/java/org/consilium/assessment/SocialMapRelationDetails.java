package org.consilium.assessment;

/**
 * How two members of the family get on: the two members (ids of the map's members), the kind of the
 * relation and a note. The form binds to it and {@link SocialMapRelation} checks it when saved.
 */
public class SocialMapRelationDetails {

    /** Field names, shared by the form's bindings and the refusals. */
    public static final String FIRST = "first";
    public static final String SECOND = "second";
    public static final String KIND = "kind";
    public static final String NOTE = "note";

    private Long first;
    private Long second;
    private SocialMapRelationKind kind;
    private String note;

    public SocialMapRelationDetails() {
    }

    public SocialMapRelationDetails(Long first, Long second, SocialMapRelationKind kind, String note) {
        this.first = first;
        this.second = second;
        this.kind = kind;
        this.note = note;
    }

    public static SocialMapRelationDetails of(SocialMapSheet.Tie t) {
        return new SocialMapRelationDetails(t.firstId(), t.secondId(), t.kind(), t.note());
    }

    public Long getFirst() { return first; }
    public void setFirst(Long first) { this.first = first; }
    public Long getSecond() { return second; }
    public void setSecond(Long second) { this.second = second; }
    public SocialMapRelationKind getKind() { return kind; }
    public void setKind(SocialMapRelationKind kind) { this.kind = kind; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
