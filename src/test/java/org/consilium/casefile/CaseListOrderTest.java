package org.consilium.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.consilium.account.UserAccountService;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/** The case list's query built from the filters set: its orders, its pages, and the names it keeps. */
@MariaDbTest
class CaseListOrderTest {

    @Autowired
    CaseLists lists;

    @Autowired
    CaseService cases;

    @Autowired
    UserAccountService accounts;

    @Autowired
    TestCases testCases;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SignedIn signedIn;

    @Autowired
    CaseListQuery query;

    private List<CaseRow> rows(CaseFilter filter, Sort sort) {
        return signedIn.as("supervisor", () -> lists.page(filter, PageRequest.of(0, 500, sort)).getContent());
    }

    @Test
    void a_renamed_curator_and_a_new_curator_show_in_the_list_and_its_order_by_curator() {
        String colleague = staff.createBeside("curator", "cur.", "Яковенко Ольга", AppRoles.CURATOR, "password-1234");
        long curatorId = staff.idOf(colleague);
        long caseId = testCases.openCaseFor(curatorId);
        CaseFilter hers = new CaseFilter(null, null, curatorId, "", false);
        assertThat(rows(hers, Sort.by("openedAt"))).extracting(CaseRow::curatorName).containsOnly("Яковенко Ольга");

        UserAccountService.Editable editable = signedIn.as("admin", () -> accounts.edit(curatorId).orElseThrow());
        editable.details().setFullName("Яковенко-Шевчук Ольга");
        signedIn.as("admin", () -> accounts.update(editable.id(), editable.version(), editable.details()));

        assertThat(rows(hers, Sort.by("u.fullName"))).extracting(CaseRow::curatorName).containsOnly("Яковенко-Шевчук Ольга");
        List<CaseRow> byCurator = rows(CaseFilter.all(), Sort.by("u.fullName"));
        assertThat(byCurator).extracting(CaseRow::id).contains(caseId);

        long demoCurator = staff.idOf("curator");
        String demoName = signedIn.as("supervisor", () -> lists.teamCurators()).stream()
                .filter(c -> c.curatorId() == demoCurator).findFirst().orElseThrow().fullName();
        signedIn.as("supervisor", () -> cases.changeCurator(caseId, testCases.version(caseId), demoCurator, true));
        assertThat(rows(new CaseFilter(null, null, demoCurator, "", false), Sort.by("openedAt")))
                .filteredOn(r -> r.id() == caseId).extracting(CaseRow::curatorName).containsExactly(demoName);
    }

    @Test
    void every_column_the_list_offers_sorts_it_both_ways_and_a_page_knows_whether_another_follows() {
        testCases.openCaseForDemoCurator();
        testCases.openCaseForDemoCurator();
        for (String key : List.of("openedAt", "stage", "supportLevel", "urgencyRank", "stageDueOn", "f.name", "u.fullName")) {
            List<CaseRow> up = rows(CaseFilter.all(), Sort.by(key));
            List<CaseRow> down = rows(CaseFilter.all(), Sort.by(key).descending());
            assertThat(up).as(key).hasSameSizeAs(down).hasSizeGreaterThan(1);
        }
        List<String> byFamily = rows(CaseFilter.all(), Sort.by("f.name")).stream().map(CaseRow::familyName).toList();
        List<String> byFamilyDown = rows(CaseFilter.all(), Sort.by("f.name").descending()).stream().map(CaseRow::familyName).toList();
        assertThat(byFamily.indexOf("Бондаренко")).isLessThan(byFamily.indexOf("Шевчук"));
        assertThat(byFamilyDown.indexOf("Бондаренко")).isGreaterThan(byFamilyDown.indexOf("Шевчук"));

        Slice<CaseRow> first = signedIn.as("supervisor", () -> lists.page(CaseFilter.all(), PageRequest.of(0, 1, Sort.by("openedAt"))));
        assertThat(first.getContent()).hasSize(1);
        assertThat(first.hasNext()).isTrue();
        Slice<CaseRow> second = signedIn.as("supervisor", () -> lists.page(CaseFilter.all(), PageRequest.of(1, 1, Sort.by("openedAt"))));
        assertThat(second.getContent()).doesNotContainAnyElementsOf(first.getContent());
    }

    @Test
    void a_page_far_down_the_list_read_through_the_ids_has_the_same_rows_as_one_read_directly() {
        testCases.openCaseForDemoCurator();
        testCases.openCaseForDemoCurator();
        List<List<Long>> direct = new java.util.ArrayList<>();
        List<List<Long>> deep = new java.util.ArrayList<>();
        for (String key : List.of("openedAt", "f.name", "u.fullName", "stageDueOn")) {
            for (int page = 0; page < 3; page++) {
                PageRequest request = PageRequest.of(page, 2, Sort.by(key).descending());
                direct.add(signedIn.as("supervisor", () -> lists.page(CaseFilter.all(), request)).map(CaseRow::id).toList());
                try {
                    query.readDeepFrom(0);
                    deep.add(signedIn.as("supervisor", () -> lists.page(CaseFilter.all(), request)).map(CaseRow::id).toList());
                } finally {
                    query.readDeepFrom(CaseListQuery.DEEP);
                }
            }
        }
        assertThat(deep).isEqualTo(direct);
        assertThat(direct).allSatisfy(ids -> assertThat(ids).hasSize(2));
    }
}
