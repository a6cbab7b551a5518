package org.consilium.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;

/** A category of family in difficulty (seed 004), kept as data that administrators maintain. */
@Entity
@Table(name = "family_category")
public class FamilyCategory extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_uk", nullable = false, length = 200)
    private String nameUk;

    @Column(name = "name_ru", nullable = false, length = 200)
    private String nameRu;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false)
    private boolean active = true;

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 200;

    protected FamilyCategory() {
    }

    public FamilyCategory(CategoryDetails d) {
        apply(d);
    }

    /** Takes over the administrator's input after checking all of it. */
    public void apply(CategoryDetails d) {
        String c = d.getCode() == null ? "" : d.getCode().strip().toUpperCase(Locale.ROOT);
        if (c.isEmpty()) {
            throw BusinessException.atField(CategoryDetails.CODE, "validation.required");
        }
        if (c.length() > CODE_MAX || !c.matches("^[A-Z0-9_]+$")) {
            throw BusinessException.atField(CategoryDetails.CODE, "family.category.code.invalid");
        }
        String uk = name(CategoryDetails.NAME_UK, d.getNameUk());
        String ru = name(CategoryDetails.NAME_RU, d.getNameRu());
        String en = name(CategoryDetails.NAME_EN, d.getNameEn());
        this.code = c;
        this.nameUk = uk;
        this.nameRu = ru;
        this.nameEn = en;
        this.active = d.isActive();
    }

    private static String name(String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw BusinessException.atField(field, "validation.required");
        }
        if (v.length() > NAME_MAX) {
            throw BusinessException.atField(field, "validation.maxLength", NAME_MAX);
        }
        return v;
    }

    public String getNameUk() {
        return nameUk;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getCode() {
        return code;
    }

    /** The category's name in the given language (Ukrainian unless Russian or English is asked for). */
    public String name(Locale locale) {
        return switch (locale == null ? "uk" : locale.getLanguage()) {
            case "ru" -> nameRu;
            case "en" -> nameEn;
            default -> nameUk;
        };
    }

    public boolean isActive() {
        return active;
    }
}
