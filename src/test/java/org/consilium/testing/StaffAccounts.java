package org.consilium.testing;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.consilium.account.UserAccountDetails;
import org.consilium.account.UserAccountService;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyService;
import org.consilium.agency.AgencyType;
import org.consilium.family.Family;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Component;

/**
 * Makes fresh accounts for tests, staff and family members, so that demo accounts stay as they are when a
 * test changes or locks one.
 */
@Component
public class StaffAccounts {

    private final UserAccountService accounts;
    private final AgencyService agencies;
    private final SignedIn signedIn;

    StaffAccounts(UserAccountService accounts, AgencyService agencies, SignedIn signedIn) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.signedIn = signedIn;
    }

    /** The demo agency of each type (tests may add more agencies of a type). */
    private static final Map<AgencyType, String> DEMO_CODES = Map.of(
            AgencyType.SOCIAL_SERVICES, "CSS-SHEV", AgencyType.SCHOOL, "SCH-12", AgencyType.POLICE, "POL-JUV",
            AgencyType.HEALTH, "CLIN-3");

    /** The demo agency of the given type. */
    public Agency agencyOf(AgencyType type) {
        return signedIn.as("admin", () -> agencies.all().stream()
                .filter(a -> a.getType() == type && (!DEMO_CODES.containsKey(type) || DEMO_CODES.get(type).equals(a.getCode())))
                .findFirst().orElseThrow());
    }

    /** Details of a new account with one role in a demo agency of the given type. */
    public UserAccountDetails details(String username, String fullName, String role, AgencyType type, String password) {
        UserAccountDetails d = new UserAccountDetails();
        d.setUsername(username);
        d.setFullName(fullName);
        d.setRoles(Set.of(role));
        d.setAgency(agencyOf(type));
        d.setNewPassword(password);
        return d;
    }

    /** The id of an account, as that account sees itself. */
    public long idOf(String username) {
        return signedIn.as(username, () -> accounts.signedIn().orElseThrow().id());
    }

    /**
     * Creates a new social-services centre (another territorial team than the demo one) with an account
     * of the given role in it, and returns the account's user name.
     */
    public String createInAnotherTeam(String prefix, String fullName, String role, String password) {
        String username = SignedIn.unique(prefix).toLowerCase(Locale.ROOT);
        signedIn.as("admin", () -> {
            String code = SignedIn.unique("CSS-");
            Agency team = agencies.create(new AgencyDetails(code, "Центр соціальних служб " + code, AgencyType.SOCIAL_SERVICES,
                    "Подільський"));
            UserAccountDetails d = details(username, fullName, role, AgencyType.SOCIAL_SERVICES, password);
            d.setAgency(team);
            return accounts.create(d);
        });
        return username;
    }

    /** Another account in the same agency as {@code colleague}. */
    public String createBeside(String colleague, String prefix, String fullName, String role, String password) {
        String username = SignedIn.unique(prefix).toLowerCase(Locale.ROOT);
        Agency agency = signedIn.as(colleague, () -> accounts.signedInAgency().orElseThrow());
        signedIn.as("admin", () -> {
            UserAccountDetails d = details(username, fullName, role, agency.getType(), password);
            d.setAgency(agency);
            return accounts.create(d);
        });
        return username;
    }

    /** Creates such an account with a unique user name starting with {@code prefix}, and returns the name. */
    public String create(String prefix, String fullName, String role, AgencyType type, String password) {
        String username = SignedIn.unique(prefix).toLowerCase(Locale.ROOT);
        signedIn.as("admin", () -> accounts.create(details(username, fullName, role, type, password)));
        return username;
    }

    /**
     * Creates an account for a member of {@code family}, with a unique user name starting with
     * {@code prefix}, and returns the name.
     */
    public String createForFamily(String prefix, String fullName, Family family, String password) {
        String username = SignedIn.unique(prefix).toLowerCase(Locale.ROOT);
        UserAccountDetails d = new UserAccountDetails();
        d.setUsername(username);
        d.setFullName(fullName);
        d.setRoles(Set.of(AppRoles.FAMILY));
        d.setFamily(family);
        d.setNewPassword(password);
        signedIn.as("admin", () -> accounts.create(d));
        return username;
    }
}
