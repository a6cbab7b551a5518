package org.consilium.querycount;

import static org.assertj.core.api.Assertions.assertThat;

import org.consilium.casefile.CaseFilter;
import org.consilium.casefile.CaseLists;
import org.consilium.casefile.CaseRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The case list reads a page of 50 (and one row more, to know whether another follows), whether 10 or 1 000 cases are behind it. */
class CaseListQueryCountTest extends CountedPages {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50, Sort.by("openedAt").descending());

    @Autowired
    CaseLists cases;

    @Test
    void the_team_case_list_sends_as_many_statements_for_a_thousand_cases_as_for_ten() {
        assertConstant("case list, all cases (CaseLists.page)",
                w -> read(w.supervisor().username(), () -> cases.page(CaseFilter.all(), FIRST_PAGE)), CaseListQueryCountTest::allCases);
    }

    @Test
    void the_case_list_filtered_by_a_member_name_sends_as_many_statements_for_a_thousand_families_as_for_ten() {
        assertConstant("case list, by a member's name (CaseLists.page)",
                w -> read(w.supervisor().username(),
                        () -> cases.page(new CaseFilter(null, null, null, w.surname(), false), FIRST_PAGE)),
                CaseListQueryCountTest::allCases);
    }

    @Test
    void the_case_list_page_sends_as_many_statements_for_a_thousand_cases_as_for_ten() {
        assertConstant("case list page (cases)", w -> open(w.supervisor().username(), "cases"), (w, route) -> { });
    }

    /** The page is the first of all the world's cases, and knows whether more follow without counting them. */
    private static void allCases(World w, Slice<CaseRow> page) {
        assertThat(page.getContent()).hasSize(Math.min(w.size(), FIRST_PAGE.getPageSize()));
        assertThat(page.hasNext()).isEqualTo(w.size() > FIRST_PAGE.getPageSize());
    }
}
