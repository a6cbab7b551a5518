package org.consilium.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.consilium.agency.Agency;

/** What intake fills in for one member of a family. */
public class MemberDetails {

    /** Field names, as the form binds them and as refusals name them (within {@link FamilyDetails#member}). */
    public static final String LAST_NAME = "lastName";
    public static final String FIRST_NAME = "firstName";
    public static final String BIRTH_DATE = "birthDate";
    public static final String SEX = "sex";
    public static final String RELATION = "relation";

    @NotBlank(message = "{validation.required}")
    @Size(max = FamilyMember.NAME_MAX, message = "{validation.tooLong}")
    private String lastName = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = FamilyMember.NAME_MAX, message = "{validation.tooLong}")
    private String firstName = "";

    @Size(max = FamilyMember.NAME_MAX, message = "{validation.tooLong}")
    private String middleName = "";

    @PastOrPresent(message = "{family.member.birthDateFuture}")
    private LocalDate birthDate;

    @NotNull(message = "{validation.required}")
    private Sex sex;

    @NotNull(message = "{validation.required}")
    private Relation relation;

    private Agency school;

    @Size(max = FamilyMember.CLASS_MAX, message = "{validation.tooLong}")
    private String schoolClass = "";

    @Size(max = FamilyMember.PHONE_MAX, message = "{validation.tooLong}")
    private String phone = "";

    @Size(max = FamilyMember.EMAIL_MAX, message = "{validation.tooLong}")
    private String email = "";

    public MemberDetails() {
    }

    public MemberDetails(String lastName, String firstName, LocalDate birthDate, Sex sex, Relation relation) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.birthDate = birthDate;
        this.sex = sex;
        this.relation = relation;
    }

    public static MemberDetails of(FamilyMember m) {
        MemberDetails d = new MemberDetails(m.getLastName(), m.getFirstName(), m.getBirthDate(), m.getSex(), m.getRelation());
        d.middleName = m.getMiddleName() == null ? "" : m.getMiddleName();
        d.school = m.getSchool();
        d.schoolClass = m.getSchoolClass() == null ? "" : m.getSchoolClass();
        d.phone = m.getPhone() == null ? "" : m.getPhone();
        d.email = m.getEmail() == null ? "" : m.getEmail();
        return d;
    }

    public String fullName() {
        return (lastName == null ? "" : lastName.strip()) + " " + (firstName == null ? "" : firstName.strip());
    }

    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getMiddleName() { return middleName; }
    public void setMiddleName(String middleName) { this.middleName = middleName; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public Relation getRelation() { return relation; }
    public void setRelation(Relation relation) { this.relation = relation; }
    public Agency getSchool() { return school; }
    public void setSchool(Agency school) { this.school = school; }
    public String getSchoolClass() { return schoolClass; }
    public void setSchoolClass(String schoolClass) { this.schoolClass = schoolClass; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
