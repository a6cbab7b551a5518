package org.consilium.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import org.consilium.agency.Agency;

/**
 * An adult or child of a family. Part of the family: created, changed and removed only through
 * {@link Family}, which checks the members together.
 */
@Entity
@Table(name = "family_member")
public class FamilyMember {

    public static final int NAME_MAX = 80;
    public static final int CLASS_MAX = 20;
    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id")
    private Family family;

    @Column(nullable = false)
    private int position;

    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @Column(name = "middle_name", length = NAME_MAX)
    private String middleName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Relation relation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_agency_id")
    private Agency school;

    @Column(name = "school_class", length = CLASS_MAX)
    private String schoolClass;

    @Column(length = PHONE_MAX)
    private String phone;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(name = "last_name_key", nullable = false, length = 120)
    private String lastNameKey;

    @Column(name = "first_name_key", nullable = false, length = 120)
    private String firstNameKey;

    @Column(name = "full_name_key", nullable = false, length = 250)
    private String fullNameKey;

    protected FamilyMember() {
    }

    /** Takes over checked details; {@link Family} checks them before calling this. */
    FamilyMember(Family family, int position, MemberDetails d) {
        this.family = family;
        this.position = position;
        this.lastName = d.getLastName().strip();
        this.firstName = d.getFirstName().strip();
        this.middleName = blankToNull(d.getMiddleName());
        this.birthDate = d.getBirthDate();
        this.sex = d.getSex();
        this.relation = d.getRelation();
        boolean child = relation.isChild();
        this.school = child ? d.getSchool() : null;
        this.schoolClass = child ? blankToNull(d.getSchoolClass()) : null;
        this.phone = child ? null : blankToNull(d.getPhone());
        this.email = child ? null : blankToNull(d.getEmail());
        this.lastNameKey = NameKeys.name(lastName);
        this.firstNameKey = NameKeys.name(firstName);
        this.fullNameKey = fullNameKey(lastName, firstName);
    }

    static String fullNameKey(String lastName, String firstName) {
        return NameKeys.name(lastName) + " " + NameKeys.name(firstName);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    /** The family the member belongs to. */
    public Family getFamily() {
        return family;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public String getFullName() {
        return lastName + " " + firstName + (middleName == null ? "" : " " + middleName);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    /** Age in whole years on {@code day}, or {@code null} if the birth date is not known. */
    public Integer ageOn(LocalDate day) {
        return birthDate == null ? null : Period.between(birthDate, day).getYears();
    }

    public Sex getSex() {
        return sex;
    }

    public Relation getRelation() {
        return relation;
    }

    public boolean isChild() {
        return relation.isChild();
    }

    public Agency getSchool() {
        return school;
    }

    public String getSchoolClass() {
        return schoolClass;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    String getLastNameKey() {
        return lastNameKey;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof FamilyMember other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return FamilyMember.class.hashCode();
    }
}
