package org.consilium.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consilium.account.UserAccountDetails;
import org.consilium.account.UserAccountService;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyService;
import org.consilium.agency.AgencyType;
import org.consilium.family.Family;
import org.consilium.family.FamilyService;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
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

    DemoData(DemoMode mode, AgencyService agencies, FamilyService families, UserAccountService accounts) {
        this.mode = mode;
        this.agencies = agencies;
        this.families = families;
        this.accounts = accounts;
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
        for (String name : List.of("Коваленко", "Мельник", "Бондаренко", "Ткаченко")) {
            byName.put(name, families.register(name, DISTRICT));
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
        log.info("Demo data created: {} agencies, {} families, {} accounts (password '{}')",
                byCode.size(), byName.size(), DemoAccounts.ALL.size(), DemoAccounts.PASSWORD);
    }
}
