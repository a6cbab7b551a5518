package org.consilium.casefile;

import org.consilium.account.AccountRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the curator's name that each case holds for the case list's order (decision 0034) in step
 * with the account: renamed in the same transaction as the account, so the two never disagree.
 */
@Component
class CuratorNames {

    private final CaseRepository cases;

    CuratorNames(CaseRepository cases) {
        this.cases = cases;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountRenamed renamed) {
        cases.renameCurator(renamed.accountId(), renamed.fullName());
    }
}
