package org.consilium.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import org.consilium.base.AbstractEntity;

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

    protected FamilyCategory() {
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
