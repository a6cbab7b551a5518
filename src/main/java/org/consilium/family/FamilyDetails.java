package org.consilium.family;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What intake fills in for a family: where it lives, its categories and its members. */
public class FamilyDetails {

    /** Field names, as the form binds them and as refusals name them. */
    public static final String ADDRESS = "address";
    public static final String DISTRICT = "district";
    public static final String NOTES = "notes";
    public static final String CATEGORIES = "categories";
    public static final String MEMBERS = "members";

    /** The name a refusal gives to a field of the {@code index}th member, e.g. {@code members[1].birthDate}. */
    public static String member(int index, String field) {
        return MEMBERS + "[" + index + "]." + field;
    }

    @Size(max = Family.ADDRESS_MAX, message = "{validation.tooLong}")
    private String address = "";

    @Size(max = Family.DISTRICT_MAX, message = "{validation.tooLong}")
    private String district = "";

    @Size(max = Family.NOTES_MAX, message = "{validation.tooLong}")
    private String notes = "";

    private Set<FamilyCategory> categories = new HashSet<>();
    private List<MemberDetails> members = new ArrayList<>();

    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Set<FamilyCategory> getCategories() { return categories; }
    public void setCategories(Set<FamilyCategory> categories) { this.categories = categories == null ? new HashSet<>() : new HashSet<>(categories); }
    public List<MemberDetails> getMembers() { return members; }
    public void setMembers(List<MemberDetails> members) { this.members = members == null ? new ArrayList<>() : new ArrayList<>(members); }
}
