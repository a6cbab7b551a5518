package org.consilium.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consilium.assessment.HousingActChoices.Dwelling;
import org.consilium.assessment.HousingActChoices.Food;
import org.consilium.assessment.HousingActChoices.Heating;
import org.consilium.assessment.HousingActChoices.Sanitation;
import org.consilium.assessment.HousingActChoices.Sleeping;
import org.consilium.assessment.HousingActChoices.Study;
import org.consilium.assessment.HousingActChoices.Tenure;
import org.consilium.assessment.HousingActChoices.Upkeep;
import org.consilium.assessment.HousingActChoices.Water;
import org.consilium.assessment.HousingActDetails.Inspector;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TaggedPdf;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Housing-conditions acts against the real database: the case's curator and the team's supervisor write
 * them, the team reads them, a stale version is refused, and everyone else — partner agencies taking part
 * with consent, the family itself, staff of another team — is refused every call.
 */
@MariaDbTest
class HousingActServiceTest {

    @Autowired
    HousingActService acts;

    @Autowired
    TestPlans testPlans;

    @Autowired
    TestCases testCases;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SignedIn signedIn;

    @Autowired
    CaseService cases;

    @Autowired
    JdbcTemplate jdbc;

    private PlanningCase c;

    @BeforeEach
    void aCase() {
        c = testPlans.caseInPlanning();
    }

    /** A complete act as the form would send it, from what the form offers. */
    private HousingActDetails act(LocalDate inspectedOn, String conclusion) {
        ActFormOptions o = signedIn.as("curator", () -> acts.options(c.caseId()));
        HousingActDetails d = new HousingActDetails();
        d.setInspectedOn(inspectedOn);
        d.setDrawnUpOn(inspectedOn);
        d.setAddress("вул. Олеся Гончара, 8, кв. 15");
        d.setInspectors(List.of(new Inspector(o.me().name(), "Фахівець із соціальної роботи"),
                new Inspector("Сергій Литвин", "Інспектор ювенальної превенції")));
        d.setPresent(Set.of(c.motherId()));
        d.setDwelling(Dwelling.APARTMENT);
        d.setTenure(Tenure.RENTED);
        d.setRooms(1);
        d.setLivingArea(new BigDecimal("18.5"));
        d.setDwellingNotes("Кімната потребує ремонту.\nВікно не зачиняється щільно.");
        d.setHeating(Heating.CENTRAL);
        d.setWater(Water.INDOOR);
        d.setSanitation(Sanitation.SHARED);
        d.setSanitationNotes("Спільна ванна на поверсі");
        d.setFood(Food.LIMITED);
        d.setUpkeep(Upkeep.SATISFACTORY);
        d.setChildren(o.children().stream().map(ch -> ch.with(Sleeping.SHARED_BED, Study.NO_PLACE, "Спить із мамою")).toList());
        d.setHazards("Ліки в доступному для дитини місці");
        d.setConclusion(conclusion);
        d.setRecommendations("Облаштувати місце для навчання Ігоря");
        return d;
    }

    private long drawUp(LocalDate inspectedOn, String conclusion) {
        HousingActDetails d = act(inspectedOn, conclusion);
        return signedIn.as("curator", () -> acts.drawUp(c.caseId(), d)).getId();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void the_form_offers_the_family_its_children_and_the_team_with_the_writer_first() {
        ActFormOptions o = signedIn.as("curator", () -> acts.options(c.caseId()));
        assertThat(o.me().name()).isEqualTo("Ірина Коваль");
        assertThat(o.me().roleKey()).isEqualTo("role.CURATOR");
        assertThat(o.members()).extracting(ActFormOptions.Member::name).contains("Савченко Олена", "Савченко Ігор");
        assertThat(o.children()).extracting(HousingActDetails.ChildPlace::name).containsExactly("Савченко Ігор");
        assertThat(o.staff()).extracting(ActFormOptions.Staff::name).contains("Ірина Коваль", "Андрій Мороз");
    }

    @Test
    void the_curator_draws_up_acts_and_the_team_reads_them_the_latest_first() {
        LocalDate today = LocalDate.now();
        long first = drawUp(today.minusDays(30), "Умови незадовільні для навчання дитини.");
        long second = drawUp(today.minusDays(2), "Умови покращилися.");

        HousingActList list = signedIn.as("curator", () -> acts.list(c.caseId()));
        assertThat(list.mayDrawUp()).isTrue();
        assertThat(list.acts()).extracting(HousingActList.Summary::id).containsExactly(second, first);
        assertThat(list.acts().getFirst().inspectors()).isEqualTo("Ірина Коваль, Сергій Литвин");

        String colleague = staff.createBeside("curator", "cur.", "Оксана Мельничук", AppRoles.CURATOR, "colleague-123");
        HousingActList seenByColleague = signedIn.as(colleague, () -> acts.list(c.caseId()));
        assertThat(seenByColleague.acts()).hasSize(2);
        assertThat(seenByColleague.mayDrawUp()).as("a curator of the team reads, the case's curator writes").isFalse();
        HousingActSheet sheet = signedIn.as(colleague, () -> acts.sheet(first));
        assertThat(sheet.mayRevise()).isFalse();
        assertThat(sheet.conclusion()).isEqualTo("Умови незадовільні для навчання дитини.");
        assertThat(sheet.livingArea()).isEqualByComparingTo("18.5");
        assertThat(sheet.children()).singleElement().satisfies(ch -> {
            assertThat(ch.name()).isEqualTo("Савченко Ігор");
            assertThat(ch.sleeping()).isEqualTo(Sleeping.SHARED_BED);
        });
        assertThat(sheet.present()).extracting(HousingActSheet.Present::name).containsExactly("Савченко Олена");
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'VIEW' AND entity_type = 'housing-act' AND entity_id = ?"
                + " AND username = ? AND case_id = ?", first, colleague, c.caseId())).isEqualTo(1L);
        HousingActDetails more = act(today, "Ще один акт");
        assertThatThrownBy(() -> signedIn.as(colleague, () -> acts.drawUp(c.caseId(), more))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(colleague, () -> acts.revise(first, sheet.version(), more)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("SELECT COUNT(*) FROM housing_act WHERE case_id = ?", c.caseId())).isEqualTo(2L);
    }

    @Test
    void the_supervisor_revises_an_act_and_a_revision_on_a_stale_version_names_who_saved_first() {
        long id = drawUp(LocalDate.now().minusDays(3), "Умови задовільні.");
        HousingActSheet opened = signedIn.as("curator", () -> acts.sheet(id));
        HousingActDetails bySupervisor = opened.details();
        bySupervisor.setConclusion("Умови задовільні, але потрібне окреме ліжко для дитини.");
        bySupervisor.setInspectors(List.of(new Inspector("Андрій Мороз", "Керівник групи")));
        signedIn.as("supervisor", () -> acts.revise(id, opened.version(), bySupervisor));

        HousingActDetails byCurator = opened.details();
        byCurator.setConclusion("Інший висновок");
        assertThatThrownBy(() -> signedIn.as("curator", () -> acts.revise(id, opened.version(), byCurator)))
                .isInstanceOf(EditConflictException.class)
                .hasFieldOrPropertyWithValue("changedBy", "Андрій Мороз");
        HousingActSheet now = signedIn.as("curator", () -> acts.sheet(id));
        assertThat(now.conclusion()).startsWith("Умови задовільні, але");
        assertThat(now.inspectors()).extracting(Inspector::name).containsExactly("Андрій Мороз");
        assertThat(now.revisedByName()).isEqualTo("Андрій Мороз");
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'CHANGE' AND entity_type = 'HousingAct' AND entity_id = ?",
                id)).as("created, then revised").isEqualTo(2L);
    }

    @Test
    void an_act_without_an_inspector_is_refused_at_that_field_and_nothing_is_saved() {
        HousingActDetails d = act(LocalDate.now(), "Висновок");
        d.setInspectors(List.of(new Inspector("", "")));
        assertThatThrownBy(() -> signedIn.as("curator", () -> acts.drawUp(c.caseId(), d)))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "assessment.act.inspectors.none")
                .satisfies(e -> assertThat(((BusinessException) e).getField()).contains(HousingActDetails.INSPECTORS));
        assertThat(count("SELECT COUNT(*) FROM housing_act WHERE case_id = ?", c.caseId())).isZero();

        long id = drawUp(LocalDate.now(), "Висновок");
        HousingActSheet opened = signedIn.as("curator", () -> acts.sheet(id));
        HousingActDetails bad = opened.details();
        bad.setConclusion("Змінений висновок");
        bad.setLivingArea(BigDecimal.ZERO);
        assertThatThrownBy(() -> signedIn.as("curator", () -> acts.revise(id, opened.version(), bad)))
                .hasFieldOrPropertyWithValue("messageKey", "assessment.act.livingArea.positive");
        assertThat(jdbc.queryForObject("SELECT conclusion FROM housing_act WHERE id = ?", String.class, id)).isEqualTo("Висновок");
        assertThat(count("SELECT COUNT(*) FROM housing_act_inspector WHERE act_id = ?", id)).isEqualTo(2L);
    }

    @Test
    void partners_the_family_and_staff_of_another_team_are_refused_every_call() {
        long id = drawUp(LocalDate.now().minusDays(1), "Висновок");
        long version = signedIn.as("curator", () -> acts.sheet(id)).version();
        HousingActDetails d = act(LocalDate.now(), "Висновок");
        String otherCurator = staff.createInAnotherTeam("cur.", "Василь Ткачук", AppRoles.CURATOR, "other-team-1");
        String otherSupervisor = staff.createInAnotherTeam("sup.", "Галина Руденко", AppRoles.SUPERVISOR, "other-team-2");
        for (String user : List.of("school", "police", "health", c.familyUser(), otherCurator, otherSupervisor)) {
            List<Supplier<Object>> calls = List.of(
                    () -> acts.list(c.caseId()),
                    () -> acts.sheet(id),
                    () -> acts.options(c.caseId()),
                    () -> acts.drawUp(c.caseId(), d),
                    () -> acts.revise(id, version, d),
                    () -> acts.pdf(id, Locale.ENGLISH));
            for (Supplier<Object> call : calls) {
                assertThatThrownBy(() -> signedIn.as(user, call)).as(user).isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'DENIED' AND username = ?", otherCurator))
                .as("each refusal is in the audit log").isGreaterThanOrEqualTo(6L);
        assertThat(count("SELECT COUNT(*) FROM housing_act WHERE case_id = ?", c.caseId())).isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT version FROM housing_act WHERE id = ?", Long.class, id)).isEqualTo(version);
    }

    @Test
    void a_closed_case_keeps_its_acts_to_read_and_print_but_takes_no_new_or_changed_ones() {
        long id = drawUp(LocalDate.now().minusDays(5), "Висновок");
        long caseVersion = testCases.version(c.caseId());
        signedIn.as("curator", () -> cases.close(c.caseId(), caseVersion,
                ClosureDetails.of(ClosureReason.FAMILY_MOVED, "", "Передано до іншого центру")));

        assertThat(signedIn.as("curator", () -> acts.list(c.caseId())).mayDrawUp()).isFalse();
        HousingActSheet sheet = signedIn.as("curator", () -> acts.sheet(id));
        assertThat(sheet.mayRevise()).isFalse();
        assertThat(signedIn.as("curator", () -> acts.pdf(id, Locale.ENGLISH))).isNotEmpty();
        HousingActDetails d = act(LocalDate.now(), "Ще один");
        assertThatThrownBy(() -> signedIn.as("curator", () -> acts.drawUp(c.caseId(), d)))
                .hasFieldOrPropertyWithValue("messageKey", "assessment.act.caseClosed");
        assertThatThrownBy(() -> signedIn.as("supervisor", () -> acts.revise(id, sheet.version(), sheet.details())))
                .hasFieldOrPropertyWithValue("messageKey", "assessment.act.caseClosed");
    }

    @Test
    void the_act_prints_in_the_usual_form_in_the_readers_language_and_the_print_is_recorded() throws IOException {
        long id = drawUp(LocalDate.now().minusDays(1), "Житлово-побутові умови задовільні.\nПотрібне окреме ліжко для Ігоря.");
        byte[] ukPdf = signedIn.as("supervisor", () -> acts.pdf(id, Locale.forLanguageTag("uk")));
        String uk = text(ukPdf);
        assertThat(uk).contains("Центр соціальних служб", "АКТ", "обстеження житлово-побутових умов", "Сім’я: Савченко",
                "Адреса житла: вул. Олеся Гончара, 8, кв. 15", "Дата обстеження:",
                "Обстеження провели:", "1. Ірина Коваль — Фахівець із соціальної роботи",
                "2. Сергій Литвин — Інспектор ювенальної превенції", "Присутні члени сім’ї:", "Савченко Олена (мати)",
                "1. Житло", "Тип житла: Квартира", "Власність або найм: Оренда в приватної особи", "Кількість кімнат: 1",
                "Житлова площа: 18,5 м²", "Кімната потребує ремонту.", "Вікно не зачиняється щільно.",
                "2. Опалення, водопостачання, санвузол", "Санвузол: Спільні санвузол чи туалет", "Спільна ванна на поверсі",
                "3. Санітарно-гігієнічний стан житла", "4. Забезпечення харчуванням", "Харчування: Продуктів у домі мало",
                "5. Умови для дітей", "Савченко Ігор, дата народження:", "Місце для сну: Спільне ліжко з іншими",
                "Місце для навчання: Місця для навчання немає", "6. Виявлені небезпеки", "Ліки в доступному для дитини місці",
                "7. Висновок", "Житлово-побутові умови задовільні.", "Потрібне окреме ліжко для Ігоря.",
                "8. Рекомендації", "Облаштувати місце для навчання Ігоря", "Дата складання акта:",
                "Підписи осіб, які провели обстеження:", "____________________  Ірина Коваль, Фахівець із соціальної роботи",
                "З актом ознайомлений(а) (член сім’ї):", "____________________  Савченко Олена");
        assertThat(uk).doesNotContain("!assessment.");
        assertThat(uk.indexOf("1. Житло")).isLessThan(uk.indexOf("5. Умови для дітей"));
        assertThat(uk.indexOf("7. Висновок")).isLessThan(uk.indexOf("Підписи осіб"));

        TaggedPdf tagged = TaggedPdf.read(ukPdf).assertTagged("uk", "АКТ — Савченко", "АКТ обстеження житлово-побутових умов");
        assertThat(tagged.reading()).containsSubsequence("H1: АКТ обстеження житлово-побутових умов", "P: Сім’я: Савченко",
                "H2: Обстеження провели:", "LBody: 1. Ірина Коваль — Фахівець із соціальної роботи",
                "LBody: 2. Сергій Литвин — Інспектор ювенальної превенції", "H2: Присутні члени сім’ї:",
                "LBody: Савченко Олена (мати)", "H2: 1. Житло", "P: Тип житла: Квартира", "H2: 5. Умови для дітей",
                "H2: 7. Висновок", "P: Житлово-побутові умови задовільні.", "P: Потрібне окреме ліжко для Ігоря.",
                "H2: 8. Рекомендації");

        String en = text(signedIn.as("curator", () -> acts.pdf(id, Locale.ENGLISH)));
        assertThat(en).contains("ACT", "of inspection of housing and living conditions", "Family: Савченко", "Living area: 18.5 m²",
                "Conclusion", "Signatures of those who carried out the inspection:");
        assertThat(en).doesNotContain("!assessment.");
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'housing-act-pdf'"
                + " AND entity_id = ? AND case_id = ?", id, c.caseId())).isEqualTo(2L);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
