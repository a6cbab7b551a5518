package org.consilium.demo;

import java.util.List;
import org.consilium.security.AppRoles;
import org.consilium.security.LoginHints;
import org.springframework.stereotype.Component;

/** The demo accounts, one per role; the login page lists them while demo mode is on. */
@Component
class DemoAccounts implements LoginHints {

    static final String PASSWORD = "demo1234";

    /** Agency codes of the demo agencies the accounts belong to. */
    static final String SOCIAL = "CSS-SHEV";
    static final String SCHOOL_12 = "SCH-12";
    static final String POLICE = "POL-JUV";
    static final String CLINIC = "CLIN-3";
    /** The case manager whose caseload is over the norm on the dashboards. */
    static final String SECOND_CURATOR = "curator2";

    /** A demo account: user name, full name, role, and the agency code or family name it belongs to. */
    record Account(String username, String fullName, String role, String agencyCode, String familyName) {
    }

    static final List<Account> ALL = List.of(
            new Account("intake", "Олена Савчук", AppRoles.INTAKE, SOCIAL, null),
            new Account("curator", "Ірина Коваль", AppRoles.CURATOR, SOCIAL, null),
            new Account(DemoAccounts.SECOND_CURATOR, "Оксана Левченко", AppRoles.CURATOR, SOCIAL, null),
            new Account("supervisor", "Андрій Мороз", AppRoles.SUPERVISOR, SOCIAL, null),
            new Account("school", "Наталія Гнатюк", AppRoles.SCHOOL, SCHOOL_12, null),
            new Account("police", "Сергій Литвин", AppRoles.POLICE, POLICE, null),
            new Account("health", "Тетяна Бойко", AppRoles.HEALTH, CLINIC, null),
            new Account("family", "Марія Коваленко", AppRoles.FAMILY, null, "Коваленко"),
            new Account("admin", "Богдан Кравець", AppRoles.ADMIN, SOCIAL, null));

    private final DemoMode mode;

    DemoAccounts(DemoMode mode) {
        this.mode = mode;
    }

    @Override
    public List<DemoAccount> accounts() {
        if (!mode.isActive()) {
            return List.of();
        }
        return ALL.stream().map(a -> new DemoAccount(a.username(), PASSWORD, a.fullName(), "role." + a.role())).toList();
    }
}
