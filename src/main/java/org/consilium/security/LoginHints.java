package org.consilium.security;

import java.util.List;

/**
 * Accounts the login page may list for newcomers. Only the embedded demo mode provides them; in
 * any other mode there is no bean of this type and the login page lists nothing.
 */
public interface LoginHints {

    List<DemoAccount> accounts();

    /** A demo account: its user name, the password, and the message key of the role it shows. */
    record DemoAccount(String username, String password, String fullName, String roleKey) {
    }
}
