package org.consilium.account;

/**
 * A user's full name changed (by an administrator, or from the identity provider at sign-in); whoever
 * keeps a copy of the name, such as the case list's curator column, takes the new one.
 *
 * @param accountId the account
 * @param fullName  the new full name
 */
public record AccountRenamed(long accountId, String fullName) {
}
