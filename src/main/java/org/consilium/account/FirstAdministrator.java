package org.consilium.account;

import java.util.Set;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyService;
import org.consilium.agency.AgencyType;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The way into a new installation without demo data: when {@code consilium.first-admin.password}
 * is set and no account exists yet, an administrator account {@code admin} is created (with an
 * "Administration" agency to belong to). Once any account exists this does nothing.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository repository;
    private final UserAccountService accounts;
    private final AgencyService agencies;
    private final String password;

    FirstAdministrator(UserAccountRepository repository, UserAccountService accounts, AgencyService agencies,
                       @Value("${consilium.first-admin.password:}") String password) {
        this.repository = repository;
        this.accounts = accounts;
        this.agencies = agencies;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank() || repository.count() > 0) {
            return;
        }
        if (password.length() < UserAccount.PASSWORD_MIN) {
            throw new IllegalStateException("consilium.first-admin.password (CONSILIUM_ADMIN_PASSWORD) needs at least "
                    + UserAccount.PASSWORD_MIN + " characters");
        }
        SystemAccess.asAdministrator(() -> {
            Agency administration = agencies.create(
                    new AgencyDetails("ADMIN", "Адміністрування Consilium", AgencyType.OTHER, ""));
            UserAccountDetails d = new UserAccountDetails();
            d.setUsername("admin");
            d.setFullName("Administrator");
            d.setRoles(Set.of(AppRoles.ADMIN));
            d.setAgency(administration);
            d.setNewPassword(password);
            accounts.create(d);
            log.info("Created the first administrator account 'admin'; change its password after signing in.");
        });
    }
}
