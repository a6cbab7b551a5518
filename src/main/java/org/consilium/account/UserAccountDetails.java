package org.consilium.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.consilium.agency.Agency;
import org.consilium.family.Family;

/** What an administrator fills in for a user account; the form binds to it, the service checks it again. */
public class UserAccountDetails {

    /** Field names, as the form binds them and as refusals name them. */
    public static final String USERNAME = "username";
    public static final String FULL_NAME = "fullName";
    public static final String EMAIL = "email";
    public static final String ROLES = "roles";
    public static final String AGENCY = "agency";
    public static final String FAMILY = "family";
    public static final String NEW_PASSWORD = "newPassword";

    @NotBlank(message = "{validation.required}")
    @Size(max = UserAccount.USERNAME_MAX, message = "{validation.tooLong}")
    private String username = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = UserAccount.FULL_NAME_MAX, message = "{validation.tooLong}")
    private String fullName = "";

    @Email(message = "{validation.email}")
    @Size(max = UserAccount.EMAIL_MAX, message = "{validation.tooLong}")
    private String email = "";

    private Agency agency;
    private Family family;
    private Set<String> roles = new HashSet<>();
    private Locale locale;
    private boolean enabled = true;
    /** Empty when editing means "keep the current password". */
    private String newPassword = "";

    public static UserAccountDetails of(UserAccount account) {
        UserAccountDetails d = new UserAccountDetails();
        d.username = account.getUsername();
        d.fullName = account.getFullName();
        d.email = account.getEmail() == null ? "" : account.getEmail();
        d.agency = account.getAgency();
        d.family = account.getFamily();
        d.roles = new HashSet<>(account.getRoles());
        d.locale = account.getLocale();
        d.enabled = account.isEnabled();
        return d;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Agency getAgency() {
        return agency;
    }

    public void setAgency(Agency agency) {
        this.agency = agency;
    }

    public Family getFamily() {
        return family;
    }

    public void setFamily(Family family) {
        this.family = family;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles == null ? new HashSet<>() : new HashSet<>(roles);
    }

    public Locale getLocale() {
        return locale;
    }

    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
