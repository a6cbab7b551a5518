package org.consilium.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consilium.account.UserAccountDetails;
import org.consilium.account.UserAccountService;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyService;
import org.consilium.agency.AgencyType;
import org.consilium.family.Family;
import org.consilium.family.FamilyCategory;
import org.consilium.family.FamilyDetails;
import org.consilium.family.FamilyService;
import org.consilium.family.MemberDetails;
import org.consilium.family.Relation;
import org.consilium.family.Sex;
import org.consilium.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo agencies, families and accounts on the first start in demo mode (an empty agency
 * table). It goes through the same services as the administrator does, so demo data obeys the rules.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String DISTRICT = "Шевченківський";

    private final DemoMode mode;
    private final AgencyService agencies;
    private final FamilyService families;
    private final UserAccountService accounts;
    private final AuthenticationConfiguration signIn;

    DemoData(DemoMode mode, AgencyService agencies, FamilyService families, UserAccountService accounts,
             AuthenticationConfiguration signIn) {
        this.mode = mode;
        this.agencies = agencies;
        this.families = families;
        this.accounts = accounts;
        this.signIn = signIn;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.isActive()) {
            return;
        }
        SystemAccess.asAdministrator(() -> {
            if (agencies.count() == 0) {
                seed();
            }
        });
    }

    /**
     * Someone typed wrong passwords, through the same sign-in as the login form: three for the
     * supervisor, whose home tells them so at their first sign-in, and five for a name nobody has, which
     * pauses it and leaves a "sign-in paused" entry in the audit log.
     */
    private void wrongPasswords() {
        try {
            AuthenticationManager manager = signIn.getAuthenticationManager();
            for (String name : List.of("supervisor", "supervisor", "supervisor", "director", "director", "director",
                    "director", "director")) {
                try {
                    manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "not-the-password"));
                } catch (AuthenticationException expected) {
                    // A wrong password is what the demo shows.
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("The demo's sign-in attempts failed", e);
        }
    }

    private static MemberDetails member(String last, String first, String born, Sex sex, Relation relation) {
        return new MemberDetails(last, first, LocalDate.parse(born), sex, relation);
    }

    private static MemberDetails pupil(String last, String first, String born, Sex sex, Agency school, String schoolClass) {
        MemberDetails m = member(last, first, born, sex, Relation.CHILD);
        m.setSchool(school);
        m.setSchoolClass(schoolClass);
        return m;
    }

    private List<FamilyDetails> demoFamilies(Map<String, Agency> agencies) {
        Map<String, FamilyCategory> categories = new HashMap<>();
        families.categories().forEach(c -> categories.put(c.getCode(), c));
        Agency school12 = agencies.get(DemoAccounts.SCHOOL_12);
        Agency lyceum45 = agencies.get("SCH-45");

        FamilyDetails kovalenko = family("вул. Дегтярівська, 17, кв. 42", categories, "SINGLE_PARENT", "LOW_INCOME");
        MemberDetails maria = member("Коваленко", "Марія", "1988-03-14", Sex.FEMALE, Relation.MOTHER);
        maria.setPhone("+380 67 123 45 67");
        kovalenko.setMembers(List.of(maria,
                pupil("Коваленко", "Андрій", "2012-09-02", Sex.MALE, school12, "7-Б"),
                pupil("Коваленко", "Софія", "2016-05-20", Sex.FEMALE, school12, "3-А")));

        FamilyDetails melnyk = family("вул. Січових Стрільців, 5, кв. 3", categories, "ADDICTION");
        melnyk.setMembers(List.of(
                member("Мельник", "Олег", "1983-11-02", Sex.MALE, Relation.FATHER),
                member("Мельник", "Ірина", "1986-01-25", Sex.FEMALE, Relation.MOTHER),
                pupil("Мельник", "Дмитро", "2010-07-11", Sex.MALE, lyceum45, "9-В")));

        FamilyDetails bondarenko = family("пров. Киянівський, 3", categories, "LARGE_FAMILY", "IDP");
        bondarenko.setMembers(List.of(
                member("Бондаренко", "Світлана", "1979-06-30", Sex.FEMALE, Relation.MOTHER),
                pupil("Бондаренко", "Тарас", "2008-02-14", Sex.MALE, lyceum45, "11-А"),
                pupil("Бондаренко", "Олена", "2011-10-01", Sex.FEMALE, school12, "8-А"),
                pupil("Бондаренко", "Максим", "2014-12-24", Sex.MALE, school12, "5-Б")));

        FamilyDetails tkachenko = family("вул. Січових Стрільців, 40, кв. 11", categories, "PARENT_MISSING");
        tkachenko.setMembers(List.of(
                member("Ткаченко", "Наталія", "1958-04-09", Sex.FEMALE, Relation.GRANDPARENT),
                pupil("Ткаченко", "Вікторія", "2013-03-03", Sex.FEMALE, school12, "6-В")));
        return List.of(kovalenko, melnyk, bondarenko, tkachenko);
    }

    private static FamilyDetails family(String address, Map<String, FamilyCategory> categories, String... codes) {
        FamilyDetails d = new FamilyDetails();
        d.setAddress(address);
        d.setDistrict(DISTRICT);
        d.setCategories(Arrays.stream(codes).map(categories::get).collect(Collectors.toSet()));
        return d;
    }

    private void seed() {
        Map<String, Agency> byCode = new HashMap<>();
        for (AgencyDetails d : List.of(
                new AgencyDetails(DemoAccounts.SOCIAL, "Центр соціальних служб Шевченківського району", AgencyType.SOCIAL_SERVICES, DISTRICT),
                new AgencyDetails(DemoAccounts.SCHOOL_12, "Загальноосвітня школа № 12", AgencyType.SCHOOL, DISTRICT),
                new AgencyDetails("SCH-45", "Ліцей № 45", AgencyType.SCHOOL, DISTRICT),
                new AgencyDetails(DemoAccounts.POLICE, "Сектор ювенальної превенції Шевченківського управління поліції", AgencyType.POLICE, DISTRICT),
                new AgencyDetails(DemoAccounts.CLINIC, "Дитяча поліклініка № 3", AgencyType.HEALTH, DISTRICT))) {
            Agency agency = agencies.create(d);
            byCode.put(agency.getCode(), agency);
        }
        Map<String, Family> byName = new HashMap<>();
        for (FamilyDetails d : demoFamilies(byCode)) {
            Family family = families.register(d, true);
            byName.put(family.getName(), family);
        }
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            UserAccountDetails d = new UserAccountDetails();
            d.setUsername(a.username());
            d.setFullName(a.fullName());
            d.setRoles(Set.of(a.role()));
            d.setAgency(a.agencyCode() == null ? null : byCode.get(a.agencyCode()));
            d.setFamily(a.familyName() == null ? null : byName.get(a.familyName()));
            d.setNewPassword(DemoAccounts.PASSWORD);
            accounts.create(d);
        }
        wrongPasswords();
        log.info("Demo data created: {} agencies, {} families, {} accounts (password '{}')",
                byCode.size(), byName.size(), DemoAccounts.ALL.size(), DemoAccounts.PASSWORD);
    }
}
