package org.consilium.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.consilium.assessment.AgreementDetails;
import org.consilium.assessment.AgreementService;
import org.consilium.assessment.AssessmentKind;
import org.consilium.assessment.AssessmentService;
import org.consilium.assessment.AssessmentSheet;
import org.consilium.assessment.ChildSafety;
import org.consilium.assessment.Domain;
import org.consilium.assessment.DomainDetails;
import org.consilium.assessment.FirstMeetingDetails;
import org.consilium.assessment.FirstMeetingMotivation;
import org.consilium.assessment.FirstMeetingService;
import org.consilium.assessment.SafetyDetails;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo assessments (decision 0024): Коваленко's first meeting and agreement, the housing act, the
 * assessment in all seven domains, then in depth with the social map, a prognosis and recommendations
 * and a summary shared with the mother; Мельник's initial assessment in
 * progress, the child not safe now with a safety plan; Бондаренко's initial assessment completed, so
 * that its plan rests on one.
 */
@Component
class DemoAssessments {

    private final AssessmentService assessments;
    private final FirstMeetingService firstMeetings;
    private final AgreementService agreements;
    private final DemoAssessmentParts parts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoAssessments(AssessmentService assessments, FirstMeetingService firstMeetings, AgreementService agreements,
                    DemoAssessmentParts parts, JdbcTemplate jdbc, Clock clock) {
        this.parts = parts;
        this.firstMeetings = firstMeetings;
        this.agreements = agreements;
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static <T> T asCurator(Supplier<T> task) {
        return SystemAccess.as("curator", List.of(AppRoles.CURATOR), task);
    }

    void create(long kovalenko, long melnyk, long bondarenko) {
        kovalenko(kovalenko);
        melnyk(melnyk);
        AssessmentSheet b = asCurator(() -> assessments.start(bondarenko, AssessmentKind.INITIAL));
        b = write(b, Domain.CHILD_DEVELOPMENT, "Тарас і Олена вчаться добре, Максим тужить за домом у Маріуполі.",
                "Психологічна підтримка Максима", "Старші діти допомагають молодшим", null, 3, 80);
        b = write(b, Domain.ADULT_FUNCTIONING, "Світлана виснажена, працює на випадкових підробітках.",
                "Постійна робота", "Має освіту кухаря-кондитера", "Втома, безсоння", 2, 80);
        b = write(b, Domain.PARENTAL_CARE, "Діти нагодовані й доглянуті, мати уважна.", null, "Теплі стосунки з дітьми", null, 4, 80);
        b = write(b, Domain.DISCIPLINE, "Правила в родині зрозумілі, покарань фізичних немає.", null, "Спокійні розмови", null, 4, 80);
        b = write(b, Domain.ABUSE_AND_NEGLECT, "Ознак насильства чи нехтування не виявлено.", null, null, null, 5, 80);
        b = write(b, Domain.ADULTS_CHILDHOOD, "Світлана виросла в багатодітній родині, з батьками близька.", null,
                "Досвід великої дружної родини", null, 4, 80);
        b = write(b, Domain.FAMILY_AND_LIVELIHOOD, "ВПО, орендують квартиру, борг за комунальні послуги 8 400 грн.",
                "Погасити борг, стабільний дохід", "Бабуся допомагає з Максимом", "Загроза відключення опалення", 2, 80);
        AssessmentSheet bDone = safe(b, "Діти доглянуті, загроз немає");
        complete(bDone, 80, 78);
    }

    /** The first meeting at home and the cooperation agreement the mother signed, in force. */
    private void cooperation(long caseId) {
        LocalDate today = LocalDate.now(clock);
        long maria = member(caseId, "Марія");
        FirstMeetingDetails m = FirstMeetingDetails.heldOn(today.minusDays(39));
        m.setPlace("Удома в сім’ї, вул. Дегтярівська, 17, кв. 42");
        m.setMembers(Set.of(maria, member(caseId, "Андрій"), member(caseId, "Софія")));
        m.setOtherParticipants("Ірина Коваль, кейс-менеджер");
        m.setNeeds("Щоб Андрій і Софія щодня ходили до школи\n"
                + "Допомога з оформленням субсидії на комунальні послуги\n"
                + "Консультація психолога для дітей після конфліктів удома\n"
                + "Група підтримки для мами");
        m.setMotivation(FirstMeetingMotivation.MODERATE);
        m.setMotivationNote("Мама готова співпрацювати заради дітей, але побоюється перевірок; просить зустрічі після 17:00.");
        asCurator(() -> firstMeetings.record(caseId, m));
        AgreementDetails a = AgreementDetails.signedOn(today.minusDays(38));
        a.setSignerId(maria);
        a.setValidUntil(today.plusDays(150));
        a.setFamilyUndertakes("Щодня забезпечувати відвідування школи Андрієм і Софією; приходити на зустрічі з кейс-менеджером "
                + "раз на два тижні; відвідувати групу підтримки для матерів; повідомляти про зміни в сім’ї.");
        a.setServiceUndertakes("Координувати допомогу школи, поліклініки й поліції за планом сім’ї; допомогти оформити субсидію; "
                + "організувати консультації психолога для дітей; зберігати конфіденційність відомостей про сім’ю.");
        asCurator(() -> agreements.sign(caseId, a));
    }

    private long member(long caseId, String firstName) {
        return jdbc.queryForObject("SELECT m.id FROM family_member m JOIN family_case c ON c.family_id = m.family_id"
                + " WHERE c.id = ? AND m.first_name = ?", Long.class, caseId, firstName);
    }

    private void kovalenko(long caseId) {
        cooperation(caseId);
        parts.housingAct(caseId);
        AssessmentSheet s = asCurator(() -> assessments.start(caseId, AssessmentKind.INITIAL));
        s = write(s, Domain.CHILD_DEVELOPMENT,
                "Андрій (14) у вересні пропустив 9 днів школи, вранці не встає; Софія (10) вчиться добре, любить малювати.",
                "Андрію — щоденний режим і підтримка з навчанням", "Софія охоче ходить до школи; Андрій грає у футбол",
                "Пропуски Андрія, ризик залишитися на другий рік", 2, 38);
        s = write(s, Domain.ADULT_FUNCTIONING,
                "Марія працює продавчинею позмінно, вечорами втомлена; алкоголь не вживає.",
                "Графік роботи, за якого вранці можна бути вдома", "Працює, дбає про дітей, просить допомоги сама",
                "Перевтома", 3, 38);
        s = write(s, Domain.PARENTAL_CARE,
                "Діти нагодовані, одяг чистий; удома прибрано. Уроки ніхто не перевіряє.",
                "Хтось із дорослих має перевіряти уроки", "Мати уважна до здоров’я дітей", null, 3, 38);
        s = write(s, Domain.DISCIPLINE,
                "Правила є, але виконуються непослідовно; мати підвищує голос, коли втомлена.",
                "Спільні правила вдома, яких дотримуються всі", "Мати готова вчитися іншим способам", null, 3, 38);
        s = write(s, Domain.ABUSE_AND_NEGLECT,
                "Двічі в серпні викликали поліцію: батько дітей, який живе окремо, приходив напідпитку й сварився з матір’ю.",
                "Безпека вдома під час візитів батька", "Мати викликала поліцію й захистила дітей",
                "Конфлікти з батьком при дітях", 2, 37);
        s = write(s, Domain.ADULTS_CHILDHOOD,
                "Марія виросла з бабусею; каже, що мама «ніколи не мала на неї часу».",
                "Підтримка в ролі матері-одиначки", "Близькі стосунки з бабусею дітей, Ганною Петрівною", null, 3, 37);
        s = write(s, Domain.FAMILY_AND_LIVELIHOOD,
                "Дохід — зарплата матері й аліменти нерегулярно; двокімнатна квартира в оренді, борг за газ.",
                "Стабільні аліменти, субсидія", "Бабуся допомагає з дітьми після школи; класна керівниця на зв’язку",
                "Борг за газ", 3, 37);
        s = safe(s, "Під час візитів діти доглянуті; батько зараз не приходить, мати знає, кого кликати");
        complete(s, 40, 35);

        AssessmentSheet deep = asCurator(() -> assessments.start(caseId, AssessmentKind.IN_DEPTH));
        deep = write(deep, Domain.CHILD_DEVELOPMENT,
                "Андрій у жовтні пропустив 4 дні; психолог школи бачить тривогу через сварки батьків. Софія без змін.",
                "Андрію — щоденний режим, підтримка з навчанням і консультації психолога",
                "Андрій грає у футбол, тренер його хвалить; Софія охоче ходить до школи",
                "Пропуски Андрія, тривога", 3, 30);
        deep = write(deep, Domain.ABUSE_AND_NEGLECT,
                "У вересні–жовтні викликів поліції не було; батько приходить лише за домовленістю.",
                "Безпека вдома під час візитів батька", "Мати викликала поліцію й захистила дітей; домовленість про візити",
                "Конфлікти з батьком при дітях", 3, 30);
        long deepId = deep.assessmentId();
        parts.socialMap(deepId);
        long deepVersion = signedVersion(caseId, deepId);
        deep = asCurator(() -> assessments.writeConclusions(deepId, deepVersion,
                "З підтримкою школи, психолога й бабусі за 3–4 місяці Андрій відвідуватиме школу регулярно, а вдома стане спокійніше. "
                        + "Без допомоги — ризик, що Андрій кине навчання, а конфлікти з батьком повторюватимуться.",
                "Щоденний контроль відвідування школою; консультації психолога для Андрія й Софії; група підтримки для матері; "
                        + "профілактична бесіда поліції з батьком; допомога з оформленням субсидії."));
        AssessmentSheet deepDone = complete(deep, 31, 28);
        asCurator(() -> assessments.shareSummary(deepDone.assessmentId(), deepDone.version(),
                "Ви дбаєте про дітей і самі попросили допомоги — це ваша велика сила. Разом ми побачили, що Андрію важко "
                        + "вставати до школи і що сварки вдома його тривожать. У плані — щоденна підтримка школи, психолог для дітей "
                        + "і група для мам. Бабуся Ганна Петрівна — важлива опора для всієї родини."));
        jdbc.update("UPDATE assessment SET summary_shared_at = ? WHERE id = ?", daysAgo(27), deepDone.assessmentId());
    }

    private void melnyk(long caseId) {
        AssessmentSheet s = asCurator(() -> assessments.start(caseId, AssessmentKind.INITIAL));
        s = write(s, Domain.CHILD_DEVELOPMENT, "Дмитро (16) мовчазний, на зустрічі сидів окремо; у ліцеї кажуть, що спить на уроках.",
                "Безпечне місце, щоб висипатися; розмова з психологом", "Дмитро добре знає математику, має друга в класі",
                "Нічні сварки вдома, недосипання", 2, 3);
        s = write(s, Domain.ADULT_FUNCTIONING, "Олег зловживає алкоголем, не працює три місяці; Ірина працює прибиральницею.",
                "Лікування залежності для Олега", "Ірина працює й тримає родину", "Алкоголь, агресія", 1, 3);
        s = write(s, Domain.ABUSE_AND_NEGLECT, "Сусіди вночі чули крики й удари; Ірина має синці на руках, про Дмитра каже, що його не б’ють.",
                "Захист Ірини й Дмитра", "Ірина погодилася на зустріч і говорила відверто",
                "Домашнє насильство, ескалація", 1, 2);
        SafetyDetails notSafe = new SafetyDetails();
        notSafe.setSafety(ChildSafety.NOT_SAFE);
        notSafe.setReason("Насильство вночі при дитині; батько не визнає проблеми");
        notSafe.setActions("Ірина й Дмитро ночують у сестри Ірини (вул. Лук’янівська, 9) до обмежувального припису; "
                + "дільничний інспектор Литвин щовечора перевіряє квартиру; кейс-менеджер Коваль щодня телефонує Ірині о 19:00.");
        notSafe.setDue(LocalDate.now(clock).plusDays(5));
        notSafe.setContacts("Поліція — 102; Служба у справах дітей — 044 123 45 67; сестра Ірини Ольга — +380 50 765 43 21; "
                + "гаряча лінія з протидії насильству — 116 123");
        long id = s.assessmentId();
        long version = s.version();
        asCurator(() -> assessments.answerSafety(id, version, notSafe));
        jdbc.update("UPDATE assessment SET started_at = ? WHERE id = ?", daysAgo(3), id);
    }

    private long signedVersion(long caseId, long assessmentId) {
        return asCurator(() -> assessments.sheet(caseId, assessmentId)).version();
    }

    private AssessmentSheet write(AssessmentSheet s, Domain domain, String observed, String needs, String strengths,
                                  String risks, Integer rating, int daysAgo) {
        DomainDetails d = new DomainDetails();
        d.setObserved(observed);
        d.setNeeds(needs);
        d.setStrengths(strengths);
        d.setRisks(risks);
        d.setRating(rating);
        d.setSources("Розмова з матір’ю вдома; відповіді школи на запит");
        d.setAssessedOn(LocalDate.now(clock).minusDays(daysAgo));
        return asCurator(() -> assessments.writeDomain(s.assessmentId(), s.version(), domain, d));
    }

    private AssessmentSheet safe(AssessmentSheet s, String reason) {
        SafetyDetails d = new SafetyDetails();
        d.setSafety(ChildSafety.SAFE);
        d.setReason(reason);
        return asCurator(() -> assessments.answerSafety(s.assessmentId(), s.version(), d));
    }

    /** Completes the assessment and sets when it was started and completed, as if worked since then. */
    private AssessmentSheet complete(AssessmentSheet s, int startedDaysAgo, int completedDaysAgo) {
        AssessmentSheet done = asCurator(() -> assessments.complete(s.assessmentId(), s.version()));
        jdbc.update("UPDATE assessment SET started_at = ?, completed_at = ? WHERE id = ?", daysAgo(startedDaysAgo),
                daysAgo(completedDaysAgo), s.assessmentId());
        return done;
    }

    private Timestamp daysAgo(int days) {
        Instant now = clock.instant();
        return Timestamp.from(now.minus(Duration.ofDays(days)));
    }
}
