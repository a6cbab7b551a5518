package org.consilium.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.consilium.base.BusinessException;
import org.junit.jupiter.api.Test;

class AgencyTest {

    @Test
    void codes_are_upper_cased_and_names_trimmed() {
        Agency a = new Agency(new AgencyDetails(" sch-12 ", "  School 12 ", AgencyType.SCHOOL, " North "));
        assertThat(a.getCode()).isEqualTo("SCH-12");
        assertThat(a.getName()).isEqualTo("School 12");
        assertThat(a.getDistrict()).isEqualTo("North");
    }

    @Test
    void a_code_with_spaces_or_symbols_is_refused_at_the_code_field() {
        assertThatThrownBy(() -> new Agency(new AgencyDetails("SCH 12", "School", AgencyType.SCHOOL, "")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("agency.code.invalid");
                    assertThat(e.getField()).contains("code");
                });
    }

    @Test
    void a_wrong_change_leaves_the_agency_as_it_was() {
        Agency a = new Agency(new AgencyDetails("SCH-12", "School 12", AgencyType.SCHOOL, "North"));
        assertThatThrownBy(() -> a.apply(new AgencyDetails("SCH-13", "", AgencyType.SCHOOL, "South")))
                .isInstanceOf(BusinessException.class);
        assertThat(a.getCode()).isEqualTo("SCH-12");
        assertThat(a.getDistrict()).isEqualTo("North");
    }

    @Test
    void name_and_type_are_required_and_long_names_refused() {
        assertThatThrownBy(() -> new Agency(new AgencyDetails("X", "School", null, "")))
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
        assertThatThrownBy(() -> new Agency(new AgencyDetails("X", "S".repeat(Agency.NAME_MAX + 1), AgencyType.SCHOOL, "")))
                .hasFieldOrPropertyWithValue("messageKey", "validation.maxLength");
    }
}
