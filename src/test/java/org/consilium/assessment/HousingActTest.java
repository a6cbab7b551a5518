package org.consilium.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.consilium.assessment.HousingActChoices.Dwelling;
import org.consilium.assessment.HousingActChoices.Food;
import org.consilium.assessment.HousingActChoices.Heating;
import org.consilium.assessment.HousingActChoices.Sanitation;
import org.consilium.assessment.HousingActChoices.Sleeping;
import org.consilium.assessment.HousingActChoices.Study;
import org.consilium.assessment.HousingActChoices.Tenure;
import org.consilium.assessment.HousingActChoices.Upkeep;
import org.consilium.assessment.HousingActChoices.Water;
import org.consilium.assessment.HousingActDetails.ChildPlace;
import org.consilium.assessment.HousingActDetails.Inspector;
import org.consilium.base.BusinessException;
import org.consilium.casefile.CaseStage;
import org.consilium.family.Relation;
import org.junit.jupiter.api.Test;

/** The rules of a housing-conditions act, without a database. */
class HousingActTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final HousingAct.About ABOUT = new HousingAct.About(7L, 5L, "Коваленко", 3L);
    private static final HousingAct.Writer WRITER = new HousingAct.Writer("curator", "Ірина Коваль",
            Instant.parse("2026-11-20T10:00:00Z"));

    private static final ActFamily.Member MOTHER = new ActFamily.Member(1L, "Коваленко Марія", Relation.MOTHER,
            LocalDate.parse("1988-03-14"));
    private static final ActFamily.Member SON = new ActFamily.Member(2L, "Коваленко Андрій", Relation.CHILD,
            LocalDate.parse("2012-09-02"));
    private static final ActFamily.Member DAUGHTER = new ActFamily.Member(3L, "Коваленко Софія", Relation.CHILD,
            LocalDate.parse("2016-05-20"));
    private static final ActFamily FAMILY = ActFamily.forNewAct(List.of(MOTHER, SON, DAUGHTER));

    /** A complete act: every rule passes. */
    static HousingActDetails complete(ActFamily family, LocalDate today) {
        HousingActDetails d = new HousingActDetails();
        d.setInspectedOn(today.minusDays(1));
        d.setDrawnUpOn(today);
        d.setAddress("  вул. Дегтярівська, 17, кв. 42 ");
        d.setInspectors(List.of(new Inspector(" Ірина Коваль ", "Кейс-менеджер")));
        d.setPresent(Set.of(family.members().getFirst().id()));
        d.setDwelling(Dwelling.APARTMENT);
        d.setTenure(Tenure.MUNICIPAL);
        d.setRooms(2);
        d.setLivingArea(new BigDecimal("32.456"));
        d.setHeating(Heating.CENTRAL);
        d.setWater(Water.INDOOR);
        d.setSanitation(Sanitation.INDOOR);
        d.setFood(Food.LIMITED);
        d.setFoodNotes("  ");
        d.setUpkeep(Upkeep.SATISFACTORY);
        d.setChildren(family.childrenOn(d.getInspectedOn()).stream()
                .map(c -> c.with(Sleeping.OWN_BED, Study.SHARED_DESK, "")).toList());
        d.setConclusion("Умови задовільні.");
        return d;
    }

    private static HousingActDetails complete() {
        return complete(FAMILY, TODAY);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refusedAt(String field, String key, Consumer<HousingActDetails> change) {
        HousingActDetails d = complete();
        change.accept(d);
        return assertThatThrownBy(() -> HousingAct.drawUp(ABOUT, d, FAMILY, TODAY, WRITER))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", key)
                .satisfies(e -> assertThat(((BusinessException) e).getField()).contains(field));
    }

    @Test
    void a_complete_act_is_drawn_up_with_its_texts_trimmed_and_the_area_to_two_decimals() {
        HousingAct act = HousingAct.drawUp(ABOUT, complete(), FAMILY, TODAY, WRITER);
        assertThat(act.getAddress()).isEqualTo("вул. Дегтярівська, 17, кв. 42");
        assertThat(act.getInspectors()).extracting(ActInspector::getName).containsExactly("Ірина Коваль");
        assertThat(act.getPresent()).extracting(ActPresent::getName).containsExactly("Коваленко Марія");
        assertThat(act.getLivingArea()).isEqualByComparingTo("32.46");
        assertThat(act.getFoodNotes()).as("blank notes are kept as none").isNull();
        assertThat(act.getChildren()).extracting(c -> c.place().name()).containsExactly("Коваленко Андрій", "Коваленко Софія");
        assertThat(act.getRecordedByName()).isEqualTo("Ірина Коваль");
        assertThat(act.auditFamilyId()).isEqualTo(5L);
        assertThat(act.auditCaseId()).isEqualTo(7L);
        assertThat(act.auditTeamId()).isEqualTo(3L);
    }

    @Test
    void an_act_with_no_inspector_is_refused_at_the_inspectors() {
        refusedAt(HousingActDetails.INSPECTORS, "assessment.act.inspectors.none", d -> d.setInspectors(List.of()));
        refusedAt(HousingActDetails.INSPECTORS, "assessment.act.inspectors.none",
                d -> d.setInspectors(List.of(new Inspector(" ", ""), new Inspector(null, null))));
    }

    @Test
    void each_inspector_needs_a_name_and_a_position() {
        refusedAt(HousingActDetails.INSPECTORS, "assessment.act.inspectors.post",
                d -> d.setInspectors(List.of(new Inspector("Ірина Коваль", "Кейс-менеджер"), new Inspector("Сергій Литвин", " "))))
                .satisfies(e -> assertThat(((BusinessException) e).getArguments()).containsExactly("Сергій Литвин"));
        refusedAt(HousingActDetails.INSPECTORS, "assessment.act.inspectors.name",
                d -> d.setInspectors(List.of(new Inspector("", "Інспектор ювенальної превенції"))));
        refusedAt(HousingActDetails.INSPECTORS, "assessment.act.inspectors.tooLong",
                d -> d.setInspectors(List.of(new Inspector("Я".repeat(121), "Кейс-менеджер"))));
        List<Inspector> many = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            many.add(new Inspector("Особа " + i, "Посада"));
        }
        refusedAt(HousingActDetails.INSPECTORS, "assessment.act.inspectors.tooMany", d -> d.setInspectors(many));
    }

    @Test
    void the_inspection_is_not_in_the_future_and_the_act_is_dated_between_it_and_today() {
        refusedAt(HousingActDetails.INSPECTED_ON, "validation.required", d -> d.setInspectedOn(null));
        refusedAt(HousingActDetails.INSPECTED_ON, "assessment.act.inspectedOn.future", d -> d.setInspectedOn(TODAY.plusDays(1)));
        refusedAt(HousingActDetails.DRAWN_UP_ON, "assessment.act.drawnUpOn.beforeInspection", d -> d.setDrawnUpOn(TODAY.minusDays(2)));
        refusedAt(HousingActDetails.DRAWN_UP_ON, "assessment.act.drawnUpOn.future", d -> d.setDrawnUpOn(TODAY.plusDays(1)));
        HousingActDetails today = complete();
        today.setInspectedOn(TODAY);
        assertThatCode(() -> HousingAct.drawUp(ABOUT, today, FAMILY, TODAY, WRITER)).doesNotThrowAnyException();
    }

    @Test
    void someone_of_the_family_was_there_and_only_members_of_the_family_are_named() {
        refusedAt(HousingActDetails.PRESENT, "assessment.act.present.none", d -> d.setPresent(Set.of()));
        refusedAt(HousingActDetails.PRESENT, "assessment.act.present.unknown", d -> d.setPresent(Set.of(1L, 99L)));
    }

    @Test
    void the_dwelling_is_described_with_a_sensible_number_of_rooms_and_a_positive_area() {
        refusedAt(HousingActDetails.ADDRESS, "validation.required", d -> d.setAddress(" "));
        refusedAt(HousingActDetails.DWELLING, "validation.required", d -> d.setDwelling(null));
        refusedAt(HousingActDetails.TENURE, "validation.required", d -> d.setTenure(null));
        refusedAt(HousingActDetails.ROOMS, "validation.required", d -> d.setRooms(null));
        refusedAt(HousingActDetails.ROOMS, "assessment.act.rooms.range", d -> d.setRooms(0));
        refusedAt(HousingActDetails.ROOMS, "assessment.act.rooms.range", d -> d.setRooms(51));
        refusedAt(HousingActDetails.LIVING_AREA, "validation.required", d -> d.setLivingArea(null));
        refusedAt(HousingActDetails.LIVING_AREA, "assessment.act.livingArea.positive", d -> d.setLivingArea(BigDecimal.ZERO));
        refusedAt(HousingActDetails.LIVING_AREA, "assessment.act.livingArea.positive", d -> d.setLivingArea(new BigDecimal("-12")));
        refusedAt(HousingActDetails.LIVING_AREA, "assessment.act.livingArea.positive", d -> d.setLivingArea(new BigDecimal("0.004")));
        refusedAt(HousingActDetails.LIVING_AREA, "assessment.act.livingArea.tooLarge", d -> d.setLivingArea(new BigDecimal("10000")));
        refusedAt(HousingActDetails.DWELLING_NOTES, "assessment.act.dwelling.otherNotes", d -> d.setDwelling(Dwelling.OTHER));
    }

    @Test
    void every_amenity_is_chosen_and_notes_are_not_too_long() {
        refusedAt(HousingActDetails.HEATING, "validation.required", d -> d.setHeating(null));
        refusedAt(HousingActDetails.WATER, "validation.required", d -> d.setWater(null));
        refusedAt(HousingActDetails.SANITATION, "validation.required", d -> d.setSanitation(null));
        refusedAt(HousingActDetails.FOOD, "validation.required", d -> d.setFood(null));
        refusedAt(HousingActDetails.UPKEEP, "validation.required", d -> d.setUpkeep(null));
        refusedAt(HousingActDetails.WATER_NOTES, "validation.maxLength", d -> d.setWaterNotes("в".repeat(HousingAct.NOTES_MAX + 1)));
    }

    @Test
    void each_child_has_a_place_to_sleep_and_to_study() {
        refusedAt(HousingActDetails.CHILDREN, "assessment.act.children.sleeping", d -> d.setChildren(List.of(
                d.getChildren().get(0), d.getChildren().get(1).with(null, Study.OWN_DESK, null))))
                .satisfies(e -> assertThat(((BusinessException) e).getArguments()).containsExactly("Коваленко Софія"));
        refusedAt(HousingActDetails.CHILDREN, "assessment.act.children.study", d -> d.setChildren(List.of(
                d.getChildren().get(0).with(Sleeping.OWN_ROOM, null, null), d.getChildren().get(1))));
    }

    @Test
    void no_child_of_the_family_is_left_out_and_nobody_else_is_added() {
        refusedAt(HousingActDetails.CHILDREN, "assessment.act.children.changed",
                d -> d.setChildren(List.of(d.getChildren().get(0))));
        refusedAt(HousingActDetails.CHILDREN, "assessment.act.children.changed", d -> {
            List<ChildPlace> more = new ArrayList<>(d.getChildren());
            more.add(new ChildPlace(1L, "Коваленко Марія", null, Sleeping.OWN_BED, Study.NOT_YET, null));
            d.setChildren(more);
        });
    }

    @Test
    void a_child_is_a_member_under_eighteen_or_a_child_by_the_family_record() {
        ActFamily.Member youngMother = new ActFamily.Member(4L, "Ткач Ірина", Relation.MOTHER, LocalDate.parse("2010-01-01"));
        ActFamily.Member olderSon = new ActFamily.Member(5L, "Ткач Олег", Relation.CHILD, LocalDate.parse("2000-01-01"));
        ActFamily.Member grandmother = new ActFamily.Member(6L, "Ткач Ганна", Relation.GRANDPARENT, null);
        ActFamily family = ActFamily.forNewAct(List.of(youngMother, olderSon, grandmother));
        assertThat(family.childrenOn(TODAY)).extracting(ChildPlace::name).containsExactly("Ткач Ірина", "Ткач Олег");
        assertThat(family.childrenOn(LocalDate.parse("2028-06-01"))).extracting(ChildPlace::name).containsExactly("Ткач Олег");
    }

    @Test
    void the_conclusion_is_required_and_texts_have_their_limits() {
        refusedAt(HousingActDetails.CONCLUSION, "validation.required", d -> d.setConclusion("  "));
        refusedAt(HousingActDetails.CONCLUSION, "validation.maxLength", d -> d.setConclusion("в".repeat(HousingAct.CONCLUSION_MAX + 1)));
        refusedAt(HousingActDetails.HAZARDS, "validation.maxLength", d -> d.setHazards("в".repeat(HousingAct.HAZARDS_MAX + 1)));
        refusedAt(HousingActDetails.RECOMMENDATIONS, "validation.maxLength",
                d -> d.setRecommendations("в".repeat(HousingAct.RECOMMENDATIONS_MAX + 1)));
    }

    @Test
    void a_refused_revision_leaves_the_act_as_it_was() {
        HousingAct act = HousingAct.drawUp(ABOUT, complete(), FAMILY, TODAY, WRITER);
        HousingActDetails bad = complete();
        bad.setConclusion("Інший висновок");
        bad.setInspectors(List.of(new Inspector("Сергій Литвин", "Інспектор")));
        bad.setLivingArea(BigDecimal.ZERO);
        assertThatThrownBy(() -> act.revise(bad, FAMILY, TODAY, WRITER)).isInstanceOf(BusinessException.class);
        assertThat(act.getConclusion()).isEqualTo("Умови задовільні.");
        assertThat(act.getInspectors()).extracting(ActInspector::getName).containsExactly("Ірина Коваль");
        assertThat(act.getRevisedAt()).isNull();
    }

    @Test
    void a_revised_act_stays_about_the_children_it_was_drawn_up_for() {
        HousingAct act = HousingAct.drawUp(ABOUT, complete(), FAMILY, TODAY, WRITER);
        List<ChildPlace> drawnFor = act.getChildren().stream().map(ActChild::place).toList();
        ActFamily grown = new ActFamily(List.of(MOTHER, SON, DAUGHTER,
                new ActFamily.Member(8L, "Коваленко Олег", Relation.CHILD, LocalDate.parse("2026-01-01"))), drawnFor);
        HousingActDetails d = complete();
        d.setChildren(drawnFor.stream().map(c -> c.with(Sleeping.OWN_ROOM, Study.OWN_DESK, "Новий стіл")).toList());
        d.setConclusion("Умови покращилися.");
        act.revise(d, grown, TODAY, new HousingAct.Writer("supervisor", "Андрій Мороз", Instant.parse("2026-11-21T09:00:00Z")));
        assertThat(act.getChildren()).extracting(c -> c.place().sleeping()).containsOnly(Sleeping.OWN_ROOM);
        assertThat(act.getConclusion()).isEqualTo("Умови покращилися.");
        assertThat(act.getRevisedByName()).isEqualTo("Андрій Мороз");
        assertThat(act.getRecordedByName()).as("who drew it up stays").isEqualTo("Ірина Коваль");
    }

    @Test
    void only_an_open_case_gets_new_or_changed_acts() {
        for (CaseStage stage : CaseStage.values()) {
            if (stage.isOpen()) {
                assertThatCode(() -> HousingActCheck.requireOpen(stage)).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> HousingActCheck.requireOpen(stage))
                        .hasFieldOrPropertyWithValue("messageKey", "assessment.act.caseClosed");
            }
        }
    }
}
