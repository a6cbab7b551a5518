package org.consilium.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator fills in for a family category, in the three languages. */
public class CategoryDetails {

    /** Field names, as the form binds them and as refusals name them. */
    public static final String CODE = "code";
    public static final String NAME_UK = "nameUk";
    public static final String NAME_RU = "nameRu";
    public static final String NAME_EN = "nameEn";

    @NotBlank(message = "{validation.required}")
    @Size(max = FamilyCategory.CODE_MAX, message = "{validation.tooLong}")
    private String code = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = FamilyCategory.NAME_MAX, message = "{validation.tooLong}")
    private String nameUk = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = FamilyCategory.NAME_MAX, message = "{validation.tooLong}")
    private String nameRu = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = FamilyCategory.NAME_MAX, message = "{validation.tooLong}")
    private String nameEn = "";

    private boolean active = true;

    public static CategoryDetails of(FamilyCategory c) {
        CategoryDetails d = new CategoryDetails();
        d.code = c.getCode();
        d.nameUk = c.getNameUk();
        d.nameRu = c.getNameRu();
        d.nameEn = c.getNameEn();
        d.active = c.isActive();
        return d;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameUk() { return nameUk; }
    public void setNameUk(String nameUk) { this.nameUk = nameUk; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
