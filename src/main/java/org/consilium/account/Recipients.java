package org.consilium.account;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom to tell of a change: the enabled accounts of an agency, of a family, with a role, by id or by
 * user name. For the consumers of events, which run after the change committed and without anyone
 * signed in; no role is checked here, so the caller decides what each of them may be told.
 */
@Component
@Transactional(readOnly = true)
public class Recipients {

    private final UserAccountRepository accounts;

    Recipients(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public List<UserAccount> ofAgency(long agencyId) {
        return accounts.findByAgencyIdAndEnabledTrueOrderByFullNameAsc(agencyId);
    }

    public List<UserAccount> withRoleInAgency(String role, long agencyId) {
        return accounts.findActiveWithRoleInAgency(role, agencyId);
    }

    public List<UserAccount> withRole(String role) {
        return accounts.findActiveWithRole(role);
    }

    public List<UserAccount> ofFamily(long familyId) {
        return accounts.findByFamilyIdAndEnabledTrueOrderByFullNameAsc(familyId);
    }

    public Optional<UserAccount> byId(long id) {
        return accounts.findWithDetailsById(id).filter(UserAccount::isEnabled);
    }

    public Optional<UserAccount> byUsername(String username) {
        return username == null ? Optional.empty() : accounts.findByUsername(username).filter(UserAccount::isEnabled);
    }
}
