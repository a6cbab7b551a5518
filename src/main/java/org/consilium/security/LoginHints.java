package org.consilium.security;

import java.util.List;

/**
 * Accounts the login page may list for newcomers. Only the demo mode returns any; otherwise the list
 * is empty and the login page shows nothing of the kind.
 */
public interface LoginHints {

    List<DemoAccount> accounts();

    /** A demo account: its user name, the password, and the message key of the role it shows. */
    record DemoAccount(String username, String password, String fullName, String roleKey) {
    }
}
