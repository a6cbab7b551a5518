package org.consilium.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator fills in for an agency; the form binds to it, the service checks it again. */
public class AgencyDetails {

    /** Field names, as the form binds them and as refusals name them. */
    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String DISTRICT = "district";

    @NotBlank(message = "{validation.required}")
    @Size(max = Agency.CODE_MAX, message = "{validation.tooLong}")
    @Pattern(regexp = Agency.CODE_INPUT_PATTERN, message = "{agency.code.invalid}")
    private String code = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = Agency.NAME_MAX, message = "{validation.tooLong}")
    private String name = "";

    @NotNull(message = "{validation.required}")
    private AgencyType type;

    @Size(max = Agency.DISTRICT_MAX, message = "{validation.tooLong}")
    private String district = "";

    public AgencyDetails() {
    }

    public AgencyDetails(String code, String name, AgencyType type, String district) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.district = district;
    }

    public static AgencyDetails of(Agency agency) {
        return new AgencyDetails(agency.getCode(), agency.getName(), agency.getType(), agency.getDistrict());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AgencyType getType() {
        return type;
    }

    public void setType(AgencyType type) {
        this.type = type;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }
}
