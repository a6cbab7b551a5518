package org.consilium.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;

/** An organisation whose staff use Consilium: social services, a school, police, a clinic. */
@Entity
@Table(name = "agency")
public class Agency extends AbstractEntity {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;
    public static final int DISTRICT_MAX = 100;
    /** Upper-case letters (Latin or Cyrillic), digits and dashes. */
    public static final String CODE_PATTERN = "^[\\p{Lu}0-9][\\p{Lu}0-9-]*$";
    /** What a form accepts while typing: any case (it is upper-cased on save); empty is "required"'s job. */
    public static final String CODE_INPUT_PATTERN = "^$|^[\\p{L}0-9][\\p{L}0-9-]*$";

    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgencyType type;

    @Column(length = DISTRICT_MAX)
    private String district;

    protected Agency() {
    }

    public Agency(AgencyDetails details) {
        apply(details);
    }

    /** Takes over the administrator's input after checking it; nothing changes if it is wrong. */
    public void apply(AgencyDetails details) {
        String newCode = required(AgencyDetails.CODE, details.getCode(), CODE_MAX).toUpperCase(Locale.ROOT);
        if (!newCode.matches(CODE_PATTERN)) {
            throw BusinessException.atField(AgencyDetails.CODE, "agency.code.invalid");
        }
        String newName = required(AgencyDetails.NAME, details.getName(), NAME_MAX);
        if (details.getType() == null) {
            throw BusinessException.atField(AgencyDetails.TYPE, "validation.required");
        }
        String newDistrict = details.getDistrict() == null ? "" : details.getDistrict().strip();
        if (newDistrict.length() > DISTRICT_MAX) {
            throw BusinessException.atField(AgencyDetails.DISTRICT, "validation.maxLength", DISTRICT_MAX);
        }
        this.code = newCode;
        this.name = newName;
        this.type = details.getType();
        this.district = newDistrict;
    }

    private static String required(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw BusinessException.atField(field, "validation.required");
        }
        if (v.length() > max) {
            throw BusinessException.atField(field, "validation.maxLength", max);
        }
        return v;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AgencyType getType() {
        return type;
    }

    public String getDistrict() {
        return district;
    }
}
