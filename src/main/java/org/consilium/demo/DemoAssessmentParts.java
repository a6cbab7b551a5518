package org.consilium.demo;

import static java.util.stream.Collectors.toSet;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.consilium.assessment.ActFormOptions;
import org.consilium.assessment.HousingActChoices.Dwelling;
import org.consilium.assessment.HousingActChoices.Food;
import org.consilium.assessment.HousingActChoices.Heating;
import org.consilium.assessment.HousingActChoices.Sanitation;
import org.consilium.assessment.HousingActChoices.Sleeping;
import org.consilium.assessment.HousingActChoices.Study;
import org.consilium.assessment.HousingActChoices.Tenure;
import org.consilium.assessment.HousingActChoices.Upkeep;
import org.consilium.assessment.HousingActChoices.Water;
import org.consilium.assessment.HousingActDetails;
import org.consilium.assessment.HousingActService;
import org.consilium.assessment.SocialMapContactDetails;
import org.consilium.assessment.SocialMapContactKind;
import org.consilium.assessment.SocialMapMemberDetails;
import org.consilium.assessment.SocialMapRelationDetails;
import org.consilium.assessment.SocialMapRelationKind;
import org.consilium.assessment.SocialMapRole;
import org.consilium.assessment.SocialMapService;
import org.consilium.assessment.SocialMapSheet;
import org.consilium.assessment.SocialMapStrength;
import org.consilium.family.Relation;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.springframework.stereotype.Component;

/** The Коваленко family's housing-conditions act and its social map, for the demo assessment. */
@Component
class DemoAssessmentParts {

    private final HousingActService housingActs;
    private final SocialMapService socialMap;
    private final Clock clock;

    DemoAssessmentParts(HousingActService housingActs, SocialMapService socialMap, Clock clock) {
        this.housingActs = housingActs;
        this.socialMap = socialMap;
        this.clock = clock;
    }

    private static <T> T asCurator(Supplier<T> task) {
        return SystemAccess.as("curator", List.of(AppRoles.CURATOR), task);
    }

    /** The act of the home visit five weeks ago, the curator and the juvenile-prevention inspector. */
    void housingAct(long caseId) {
        asCurator(() -> {
            ActFormOptions o = housingActs.options(caseId);
            LocalDate day = LocalDate.now(clock).minusDays(36);
            HousingActDetails d = new HousingActDetails();
            d.setInspectedOn(day);
            d.setDrawnUpOn(day);
            d.setAddress(o.address());
            d.setInspectors(List.of(
                    new HousingActDetails.Inspector("Ірина Коваль", "Фахівець із соціальної роботи (кейс-менеджер)"),
                    new HousingActDetails.Inspector("Сергій Литвин", "Інспектор ювенальної превенції")));
            d.setPresent(o.members().stream().filter(m -> m.relation() == Relation.MOTHER)
                    .map(ActFormOptions.Member::id).collect(toSet()));
            d.setDwelling(Dwelling.APARTMENT);
            d.setTenure(Tenure.MUNICIPAL);
            d.setRooms(2);
            d.setLivingArea(new BigDecimal("34.6"));
            d.setDwellingNotes("Двокімнатна квартира на п’ятому поверсі, потребує косметичного ремонту. "
                    + "Меблів мінімум; у дитячій кімнаті одне ліжко та диван.");
            d.setHeating(Heating.CENTRAL);
            d.setWater(Water.INDOOR);
            d.setWaterNotes("Гаряча вода з перебоями");
            d.setSanitation(Sanitation.INDOOR);
            d.setFood(Food.LIMITED);
            d.setFoodNotes("У холодильнику крупи й хліб; свіжих овочів і фруктів немає. Діти обідають у школі.");
            d.setUpkeep(Upkeep.SATISFACTORY);
            d.setUpkeepNotes("Прибрано, але в кухні волога пляма на стелі");
            d.setChildren(o.children().stream().map(c -> c.name().contains("Андрій")
                    ? c.with(Sleeping.OWN_BED, Study.SHARED_DESK, "Кімната спільна із сестрою; уроки робить за кухонним столом")
                    : c.with(Sleeping.SHARED_BED, Study.NO_PLACE, "Спить разом із мамою на дивані")).toList());
            d.setHazards("Ліки та побутова хімія на відкритій полиці, доступні Софії.\nНа балконі немає огорожі на вікні.");
            d.setConclusion("Житлово-побутові умови задовільні, проте в дітей немає окремих місць для сну й навчання, "
                    + "запас продуктів обмежений. Загрози життю дітей під час обстеження не виявлено.");
            d.setRecommendations("Придбати ліжко й письмовий стіл для Софії (клопотання про матеріальну допомогу).\n"
                    + "Прибрати ліки й побутову хімію в недоступне для дітей місце.\n"
                    + "Повторне обстеження — через три місяці.");
            return housingActs.drawUp(caseId, d);
        });
    }

    /** The family, the father living apart, and the people and services around them, on the in-depth assessment. */
    void socialMap(long assessmentId) {
        asCurator(() -> {
            Map<String, SocialMapService.MemberOption> known = socialMap.memberOptions(assessmentId).stream()
                    .collect(Collectors.toMap(SocialMapService.MemberOption::name, o -> o));
            for (String n : List.of("Марія Коваленко", "Андрій Коваленко", "Софія Коваленко")) {
                SocialMapService.MemberOption o = known.get(n);
                socialMap.addMember(assessmentId, new SocialMapMemberDetails(o.name(), o.role(), o.age(), false));
            }
            SocialMapSheet s = socialMap.addMember(assessmentId,
                    new SocialMapMemberDetails("Віктор Коваленко", SocialMapRole.FATHER, 40, true));
            Map<String, Long> id = s.members().stream()
                    .collect(Collectors.toMap(SocialMapSheet.Member::name, SocialMapSheet.Member::id));
            long mother = id.get("Марія Коваленко");
            long son = id.get("Андрій Коваленко");
            long daughter = id.get("Софія Коваленко");
            long father = id.get("Віктор Коваленко");
            relation(assessmentId, mother, daughter, SocialMapRelationKind.CLOSE, "Софія ділиться з мамою, разом готують уроки");
            relation(assessmentId, mother, son, SocialMapRelationKind.DISTANT, "Андрій замкнувся, уникає розмов про школу");
            relation(assessmentId, son, daughter, SocialMapRelationKind.CLOSE, "Андрій доглядає сестру після уроків");
            relation(assessmentId, mother, father, SocialMapRelationKind.CONFLICT,
                    "Сварки під час зустрічей, у серпні двічі викликали поліцію; аліменти сплачує нерегулярно");
            relation(assessmentId, father, son, SocialMapRelationKind.DISTANT, "Бачаться раз на місяць");
            contact(assessmentId, "Бабуся Ганна Петрівна", SocialMapContactKind.RELATIVE, SocialMapStrength.STRONG, null,
                    "Щодня забирає Софію зі школи, допомагає продуктами");
            contact(assessmentId, "Школа № 12, 7-Б", SocialMapContactKind.SCHOOL, SocialMapStrength.MODERATE, son,
                    "Класна керівниця Н. Гнатюк на зв’язку; 9 пропусків у вересні");
            contact(assessmentId, "Школа № 12, 3-А", SocialMapContactKind.SCHOOL, SocialMapStrength.STRONG, daughter,
                    "Вчиться добре, ходить на групу продовженого дня");
            contact(assessmentId, "Дитяча поліклініка № 3", SocialMapContactKind.HEALTH, SocialMapStrength.WEAK, null,
                    "Призначено консультацію психолога для дітей");
            contact(assessmentId, "Футбольна секція", SocialMapContactKind.COMMUNITY, SocialMapStrength.MODERATE, son,
                    "Двічі на тиждень, тренер його хвалить");
            contact(assessmentId, "Ювенальна превенція", SocialMapContactKind.POLICE, SocialMapStrength.WEAK, father,
                    "Профілактична бесіда після викликів у серпні");
            contact(assessmentId, "ЦСС, кейс-менеджерка Ірина Коваль", SocialMapContactKind.SOCIAL_SERVICE,
                    SocialMapStrength.STRONG, null, "Супровід випадку, інтенсивна модель");
            contact(assessmentId, "Сусідка Оксана", SocialMapContactKind.NEIGHBOUR, SocialMapStrength.MODERATE, null,
                    "Може побути з дітьми ввечері, коли Марія на зміні");
            return contact(assessmentId, "Борг за газ", SocialMapContactKind.COMMUNITY, SocialMapStrength.STRESSFUL, mother,
                    "Дзвінки щодо боргу, Марія дуже тривожиться");
        });
    }

    private SocialMapSheet relation(long assessmentId, long first, long second, SocialMapRelationKind kind, String note) {
        return socialMap.addRelation(assessmentId, new SocialMapRelationDetails(first, second, kind, note));
    }

    private SocialMapSheet contact(long assessmentId, String name, SocialMapContactKind kind, SocialMapStrength strength,
                                   Long member, String note) {
        return socialMap.addContact(assessmentId, new SocialMapContactDetails(name, kind, strength, member, note));
    }
}
