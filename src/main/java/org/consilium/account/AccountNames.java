package org.consilium.account;

import org.consilium.base.StaffNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Full names of accounts, for the shared edit guard to name who saved a record. */
@Component
class AccountNames implements StaffNames {

    private final UserAccountRepository accounts;

    AccountNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public String fullName(String username) {
        return accounts.findByUsername(username).map(UserAccount::getFullName).orElse(username);
    }
}
