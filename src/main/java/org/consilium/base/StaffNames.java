package org.consilium.base;

/**
 * A person's full name from the user name that saved a record. The accounts module provides it; the
 * shared edit guard needs it to name the winner of a concurrent save without depending on that module.
 */
public interface StaffNames {

    /** The full name of the account with this user name, or the user name itself when there is none. */
    String fullName(String username);
}
