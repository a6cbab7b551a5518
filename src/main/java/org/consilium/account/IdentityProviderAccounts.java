package org.consilium.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyService;
import org.consilium.base.BusinessException;
import org.consilium.family.Family;
import org.consilium.family.FamilyService;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the local account of a user whom the identity provider signed in as the token describes
 * them: roles, agency, family and name. The identity provider is the authority on these; an
 * administrator's change in the portal lasts until the user's next sign-in.
 */
@Component
class IdentityProviderAccounts {

    /** Who the audit log names for the changes made here. */
    static final String ACTOR = "identity-provider";

    private final UserAccountRepository accounts;
    private final AgencyService agencies;
    private final FamilyService families;
    private final ApplicationEventPublisher events;

    IdentityProviderAccounts(UserAccountRepository accounts, AgencyService agencies, FamilyService families,
                             ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.agencies = agencies;
        this.families = families;
    }

    /**
     * The local account for the signed-in user, created or brought up to date; empty when the portal
     * cannot place the user: no known role, a role without the agency or family it needs, an agency
     * code or family number the portal does not know, or an account an administrator disabled.
     *
     * @param agencyCode the agency's code in the portal
     * @param familyNumber the family's number (id) in the portal, for family members
     */
    @Transactional
    Optional<UserAccount> take(String username, String fullName, Set<String> roles, String agencyCode, String familyNumber) {
        return SystemAccess.as(ACTOR, List.of(AppRoles.ADMIN), () -> {
            if (roles.isEmpty()) {
                return Optional.<UserAccount>empty();
            }
            Agency agency = agencyCode == null ? null : agencies.all().stream()
                    .filter(a -> a.getCode().equalsIgnoreCase(agencyCode.strip())).findFirst().orElse(null);
            Family family = family(familyNumber);
            try {
                UserAccount.checkAssignment(roles, agency, family);
            } catch (BusinessException e) {
                return Optional.<UserAccount>empty();
            }
            String name = fullName == null || fullName.isBlank() ? username : fullName;
            UserAccount account = accounts.findByUsername(UserAccount.validUsername(username))
                    .orElseGet(() -> new UserAccount(username, name));
            if (account.getId() != null && !account.isEnabled()) {
                return Optional.<UserAccount>empty();
            }
            boolean renamed = account.getId() != null && !account.getFullName().equals(name.strip());
            account.rename(name);
            account.assign(roles, agency, family);
            UserAccount saved = accounts.save(account);
            if (renamed) {
                events.publishEvent(new AccountRenamed(saved.getId(), saved.getFullName()));
            }
            return Optional.of(saved);
        });
    }

    private Family family(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        try {
            return families.get(Long.parseLong(number.strip())).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
