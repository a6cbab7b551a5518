package org.consilium.family;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.hibernate.annotations.BatchSize;

/**
 * A family known to social services: where it lives, its categories, and its members, adults and
 * children. The members are checked together (a birth date in the future, a child older than its
 * parent) and replaced as a whole, so a family is never saved half-checked.
 */
@Entity
@Table(name = "family")
public class Family extends AbstractEntity implements FamilyRecord {

    public static final int NAME_MAX = 120;
    public static final int DISTRICT_MAX = 100;
    public static final int ADDRESS_MAX = 300;
    public static final int NOTES_MAX = 2000;

    /** How staff refer to the family, usually its surname ("Коваленко"). */
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DISTRICT_MAX)
    private String district;

    @Column(length = ADDRESS_MAX)
    private String address;

    @Column(name = "address_key", length = ADDRESS_MAX)
    private String addressKey;

    @Column(length = NOTES_MAX)
    private String notes;

    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<FamilyMember> members = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "family_category_link", joinColumns = @JoinColumn(name = "family_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<FamilyCategory> categories = new HashSet<>();

    protected Family() {
    }

    /**
     * A family registered from intake's details; the name is the first member's surname. Refused
     * as a whole if any detail is wrong.
     */
    public static Family register(FamilyDetails details, LocalDate today) {
        checkMembers(details.getMembers(), today);
        Family family = new Family(details.getMembers().getFirst().getLastName(), details.getDistrict());
        family.describe(details, today);
        return family;
    }

    /** Replaces address, notes, categories and members after checking them all. */
    public void describe(FamilyDetails details, LocalDate today) {
        checkMembers(details.getMembers(), today);
        String newAddress = details.getAddress() == null ? "" : details.getAddress().strip();
        if (newAddress.length() > ADDRESS_MAX) {
            throw BusinessException.atField(FamilyDetails.ADDRESS, "validation.maxLength", ADDRESS_MAX);
        }
        String newNotes = details.getNotes() == null ? "" : details.getNotes().strip();
        if (newNotes.length() > NOTES_MAX) {
            throw BusinessException.atField(FamilyDetails.NOTES, "validation.maxLength", NOTES_MAX);
        }
        this.address = newAddress;
        this.addressKey = NameKeys.address(newAddress);
        this.notes = newNotes;
        this.district = details.getDistrict() == null ? "" : details.getDistrict().strip();
        this.categories.clear();
        this.categories.addAll(details.getCategories());
        this.members.clear();
        int position = 0;
        for (MemberDetails m : details.getMembers()) {
            this.members.add(new FamilyMember(this, position++, m));
        }
    }

    /**
     * The rules for a family's members: at least one; names, sex and relation given; no birth date
     * in the future; no child born before one of its parents.
     */
    static void checkMembers(List<MemberDetails> members, LocalDate today) {
        if (members == null || members.isEmpty()) {
            throw BusinessException.atField(FamilyDetails.MEMBERS, "family.members.required");
        }
        for (int i = 0; i < members.size(); i++) {
            MemberDetails m = members.get(i);
            if (m.getLastName() == null || m.getLastName().isBlank()) {
                throw BusinessException.atField(FamilyDetails.member(i, MemberDetails.LAST_NAME), "validation.required");
            }
            if (m.getFirstName() == null || m.getFirstName().isBlank()) {
                throw BusinessException.atField(FamilyDetails.member(i, MemberDetails.FIRST_NAME), "validation.required");
            }
            for (String name : new String[] {m.getLastName(), m.getFirstName(), m.getMiddleName()}) {
                if (name != null && name.strip().length() > FamilyMember.NAME_MAX) {
                    throw BusinessException.atField(FamilyDetails.member(i, MemberDetails.LAST_NAME), "validation.maxLength", FamilyMember.NAME_MAX);
                }
            }
            if (m.getSex() == null) {
                throw BusinessException.atField(FamilyDetails.member(i, MemberDetails.SEX), "validation.required");
            }
            if (m.getRelation() == null) {
                throw BusinessException.atField(FamilyDetails.member(i, MemberDetails.RELATION), "validation.required");
            }
            if (m.getBirthDate() != null && m.getBirthDate().isAfter(today)) {
                throw BusinessException.atField(FamilyDetails.member(i, MemberDetails.BIRTH_DATE), "family.member.birthDateFuture");
            }
        }
        for (int i = 0; i < members.size(); i++) {
            MemberDetails child = members.get(i);
            if (!child.getRelation().isChild() || child.getBirthDate() == null) {
                continue;
            }
            for (MemberDetails parent : members) {
                if (parent.getRelation().isBirthParent() && parent.getBirthDate() != null
                        && !parent.getBirthDate().isBefore(child.getBirthDate())) {
                    throw BusinessException.atField(FamilyDetails.member(i, MemberDetails.BIRTH_DATE), "family.member.childOlderThanParent",
                            child.fullName(), parent.fullName());
                }
            }
        }
    }

    public Family(String name, String district) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw BusinessException.atField("name", "validation.required");
        }
        if (n.length() > NAME_MAX) {
            throw BusinessException.atField("name", "validation.maxLength", NAME_MAX);
        }
        this.name = n;
        this.district = district == null ? "" : district.strip();
    }

    public String getName() {
        return name;
    }

    public String getDistrict() {
        return district;
    }

    public String getAddress() {
        return address == null ? "" : address;
    }

    String getAddressKey() {
        return addressKey == null ? "" : addressKey;
    }

    public String getNotes() {
        return notes == null ? "" : notes;
    }

    public List<FamilyMember> getMembers() {
        return List.copyOf(members);
    }

    public Set<FamilyCategory> getCategories() {
        return Set.copyOf(categories);
    }

    @Override
    public Long auditFamilyId() {
        return getId();
    }

    @Override
    public String auditFamilyLabel() {
        return name;
    }
}
