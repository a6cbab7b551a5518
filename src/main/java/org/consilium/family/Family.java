package org.consilium.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;

/**
 * A family known to social services. For now it carries only what a family member's account links
 * to; members, address and categories come with the referral and case work.
 */
@Entity
@Table(name = "family")
public class Family extends AbstractEntity {

    public static final int NAME_MAX = 120;
    public static final int DISTRICT_MAX = 100;

    /** How staff refer to the family, usually its surname ("Коваленко"). */
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DISTRICT_MAX)
    private String district;

    protected Family() {
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
}
