package org.consilium.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyType;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.Languages;
import org.consilium.family.Family;
import org.consilium.security.AppRoles;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A person who signs in: staff of an agency, or a member of a family. Which agency or family they
 * belong to and which roles they hold must fit together (see {@link #assign}).
 */
@Entity
@Table(name = "user_account")
// Writes only changed columns, so that an administrator's save never overwrites the sign-in counters.
@DynamicUpdate
public class UserAccount extends AbstractEntity {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 50;
    public static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]*$";
    public static final int FULL_NAME_MAX = 120;
    public static final int EMAIL_MAX = 120;
    public static final int PASSWORD_MIN = 8;

    /** Which agency type a staff role needs. ADMIN may belong to any agency. */
    private static final Map<String, AgencyType> AGENCY_TYPE_OF_ROLE = Map.of(
            AppRoles.INTAKE, AgencyType.SOCIAL_SERVICES,
            AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES,
            AppRoles.SUPERVISOR, AgencyType.SOCIAL_SERVICES,
            AppRoles.SCHOOL, AgencyType.SCHOOL,
            AppRoles.POLICE, AgencyType.POLICE,
            AppRoles.HEALTH, AgencyType.HEALTH);

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX)
    private String fullName;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "family_id")
    private Family family;

    @ElementCollection
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @BatchSize(size = 50)
    private Set<String> roles = new HashSet<>();

    /** The language the user chose, as a language tag; empty means "as the browser asks". */
    @Column(length = 10)
    private String locale;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    /** When the last wrong password for this account was typed (counted in {@code failedSignIns}). */
    @Column(name = "last_failed_sign_in_at")
    private Instant lastFailedSignInAt;

    /** Wrong passwords typed before the last sign-in that the owner has not yet been shown. */
    @Column(name = "unseen_failed_sign_ins", nullable = false)
    private int unseenFailedSignIns;

    @Column(name = "unseen_failed_sign_in_at")
    private Instant unseenFailedSignInAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName) {
        this.username = validUsername(username);
        rename(fullName);
    }

    static String validUsername(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (u.isEmpty()) {
            throw BusinessException.atField(UserAccountDetails.USERNAME, "validation.required");
        }
        if (u.length() < USERNAME_MIN || u.length() > USERNAME_MAX || !u.matches(USERNAME_PATTERN)) {
            throw BusinessException.atField(UserAccountDetails.USERNAME, "account.username.invalid", USERNAME_MIN, USERNAME_MAX);
        }
        return u;
    }

    public void rename(String newFullName) {
        String n = newFullName == null ? "" : newFullName.strip();
        if (n.isEmpty()) {
            throw BusinessException.atField(UserAccountDetails.FULL_NAME, "validation.required");
        }
        if (n.length() > FULL_NAME_MAX) {
            throw BusinessException.atField(UserAccountDetails.FULL_NAME, "validation.maxLength", FULL_NAME_MAX);
        }
        this.fullName = n;
    }

    public void changeEmail(String newEmail) {
        String e = newEmail == null ? "" : newEmail.strip();
        if (e.length() > EMAIL_MAX) {
            throw BusinessException.atField(UserAccountDetails.EMAIL, "validation.maxLength", EMAIL_MAX);
        }
        if (!e.isEmpty() && !e.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw BusinessException.atField(UserAccountDetails.EMAIL, "validation.email");
        }
        this.email = e.isEmpty() ? null : e;
    }

    /**
     * Gives the account its roles and its place: staff roles need an agency of the matching type,
     * the family role needs a family and stands alone. Nothing changes if the combination is wrong.
     */
    public void assign(Set<String> newRoles, Agency newAgency, Family newFamily) {
        checkAssignment(newRoles, newAgency, newFamily);
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.agency = newRoles.contains(AppRoles.FAMILY) ? null : newAgency;
        this.family = newRoles.contains(AppRoles.FAMILY) ? newFamily : null;
    }

    static void checkAssignment(Set<String> roles, Agency agency, Family family) {
        if (roles == null || roles.isEmpty()) {
            throw BusinessException.atField(UserAccountDetails.ROLES, "account.roles.required");
        }
        for (String role : roles) {
            if (!AppRoles.ALL.contains(role)) {
                throw BusinessException.atField(UserAccountDetails.ROLES, "account.roles.unknown", role);
            }
        }
        if (roles.contains(AppRoles.FAMILY)) {
            if (roles.size() > 1) {
                throw BusinessException.atField(UserAccountDetails.ROLES, "account.roles.familyAlone");
            }
            if (family == null) {
                throw BusinessException.atField(UserAccountDetails.FAMILY, "account.family.required");
            }
            return;
        }
        if (agency == null) {
            throw BusinessException.atField(UserAccountDetails.AGENCY, "account.agency.required");
        }
        for (String role : roles) {
            AgencyType needed = AGENCY_TYPE_OF_ROLE.get(role);
            if (needed != null && agency.getType() != needed) {
                throw BusinessException.atField(UserAccountDetails.AGENCY, "account.agency.wrongType");
            }
        }
    }

    /** Sets the hash of a new password; the caller has checked the password's rules and hashed it. */
    void setPasswordHash(String hash) {
        this.passwordHash = hash;
        this.failedSignIns = 0;
    }

    public void changeLocale(Locale newLocale) {
        this.locale = newLocale == null ? null : Languages.bestMatch(newLocale).toLanguageTag();
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Agency getAgency() {
        return agency;
    }

    public Family getFamily() {
        return family;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public Locale getLocale() {
        return Languages.fromTag(locale);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public int getUnseenFailedSignIns() {
        return unseenFailedSignIns;
    }

    public Instant getUnseenFailedSignInAt() {
        return unseenFailedSignInAt;
    }
}
