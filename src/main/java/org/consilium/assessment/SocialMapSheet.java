package org.consilium.assessment;

import java.util.List;

/**
 * The social map of one assessment version as the page shows it: the family's members, the relations
 * between them and the support network around them, with the case's versions to choose from and
 * whether the reader may change this one. {@code assessmentId} is null while the case has no assessment.
 */
public record SocialMapSheet(long caseId, String familyName, List<Version> versions, Long assessmentId, int number,
                             AssessmentKind kind, AssessmentStatus status, List<Member> members, List<Tie> relations,
                             List<Contact> contacts, boolean writable) {

    public SocialMapSheet {
        versions = List.copyOf(versions);
        members = List.copyOf(members);
        relations = List.copyOf(relations);
        contacts = List.copyOf(contacts);
    }

    /** One version of the case's assessment, to choose whose map is shown. */
    public record Version(long assessmentId, int number, AssessmentKind kind, AssessmentStatus status) {
    }

    /** A member of the family on the map; {@code child}: drawn as a child. */
    public record Member(long id, long version, String name, SocialMapRole role, Integer age, boolean livesApart,
                         boolean child) {
    }

    /** A relation between two members. */
    public record Tie(long id, long version, long firstId, String firstName, long secondId, String secondName,
                      SocialMapRelationKind kind, String note) {
    }

    /** An entry of the support network; {@code memberId} null: connected with the whole family. */
    public record Contact(long id, long version, String name, SocialMapContactKind kind, SocialMapStrength strength,
                          Long memberId, String memberName, String note) {
    }

    /** The map of a case with no assessment yet. */
    static SocialMapSheet none(long caseId, String familyName) {
        return new SocialMapSheet(caseId, familyName, List.of(), null, 0, null, null, List.of(), List.of(), List.of(),
                false);
    }

    static SocialMapSheet of(Assessment a, String familyName, List<Version> versions, List<SocialMapMember> members,
                             List<SocialMapRelation> relations, List<SocialMapContact> contacts, boolean mayWrite) {
        return new SocialMapSheet(a.getCaseId(), familyName, versions, a.getId(), a.getNumber(), a.getKind(),
                a.getStatus(),
                members.stream().map(m -> new Member(m.getId(), m.getVersion(), m.getName(), m.getRole(), m.getAge(),
                        m.isLivesApart(), m.isChild())).toList(),
                relations.stream().map(r -> new Tie(r.getId(), r.getVersion(), r.getFirst().getId(),
                        r.getFirst().getName(), r.getSecond().getId(), r.getSecond().getName(), r.getKind(),
                        r.getNote())).toList(),
                contacts.stream().map(c -> new Contact(c.getId(), c.getVersion(), c.getName(), c.getKind(),
                        c.getStrength(), c.getMember() == null ? null : c.getMember().getId(),
                        c.getMember() == null ? null : c.getMember().getName(), c.getNote())).toList(),
                mayWrite && a.getStatus() == AssessmentStatus.IN_PROGRESS);
    }

    /** Whether nothing has been put on the map yet. */
    public boolean isEmpty() {
        return members.isEmpty() && contacts.isEmpty();
    }

    /** The version shown, among {@link #versions}. */
    public Version shown() {
        return versions.stream().filter(v -> assessmentId != null && v.assessmentId() == assessmentId).findFirst()
                .orElse(null);
    }
}
