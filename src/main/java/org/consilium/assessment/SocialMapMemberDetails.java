package org.consilium.assessment;

/**
 * A member of the family as the social map shows them; the form binds to it and {@link SocialMapMember}
 * checks it when saved.
 */
public class SocialMapMemberDetails {

    /** Field names, shared by the form's bindings and the refusals. */
    public static final String NAME = "name";
    public static final String ROLE = "role";
    public static final String AGE = "age";

    private String name;
    private SocialMapRole role;
    private Integer age;
    private boolean livesApart;

    public SocialMapMemberDetails() {
    }

    public SocialMapMemberDetails(String name, SocialMapRole role, Integer age, boolean livesApart) {
        this.name = name;
        this.role = role;
        this.age = age;
        this.livesApart = livesApart;
    }

    public static SocialMapMemberDetails of(SocialMapSheet.Member m) {
        return new SocialMapMemberDetails(m.name(), m.role(), m.age(), m.livesApart());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public SocialMapRole getRole() { return role; }
    public void setRole(SocialMapRole role) { this.role = role; }
    public Integer getAge() { return age; }
    public void setAge(Integer age) { this.age = age; }
    public boolean isLivesApart() { return livesApart; }
    public void setLivesApart(boolean livesApart) { this.livesApart = livesApart; }
}
