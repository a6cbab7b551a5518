package org.consilium.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consilium.agency.Agency;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.security.AppRoles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** User accounts: administrators maintain them; each user sees and tunes their own. */
@Service
@Transactional(readOnly = true)
public class UserAccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final EditGuard guard;
    private final ApplicationEventPublisher events;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, SignInThrottle throttle,
                       EditGuard guard,
                       ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
        this.guard = guard;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.throttle = throttle;
    }

    @RolesAllowed(AppRoles.ADMIN)
    public Page<UserRow> page(Pageable pageable, String filter) {
        Page<UserAccount> found = accounts.search(filter == null ? "" : filter.strip(), pageable);
        Set<String> paused = throttle.pausedNames(found.map(UserAccount::getUsername).toList());
        return found.map(a -> UserRow.of(a, paused.contains(a.getUsername())));
    }

    /** An account's details for the edit form, with the version the edit starts from. */
    @RolesAllowed(AppRoles.ADMIN)
    public Optional<Editable> edit(long id) {
        return accounts.findWithDetailsById(id).map(a -> new Editable(a.getId(), a.getVersion(), UserAccountDetails.of(a)));
    }

    /** An account opened for editing: its id, the version it was read at, and its details. */
    public record Editable(long id, long version, UserAccountDetails details) {
    }

    @RolesAllowed(AppRoles.ADMIN)
    public long count() {
        return accounts.count();
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public UserAccount create(UserAccountDetails details) {
        forgetKeptAccount();
        UserAccount account = new UserAccount(details.getUsername(), details.getFullName());
        if (accounts.existsByUsername(account.getUsername())) {
            throw BusinessException.atField(UserAccountDetails.USERNAME, "account.username.taken", account.getUsername());
        }
        fill(account, details);
        String password = details.getNewPassword() == null ? "" : details.getNewPassword();
        if (password.isEmpty()) {
            throw BusinessException.atField(UserAccountDetails.NEW_PASSWORD, "validation.required");
        }
        account.setPasswordHash(hash(password));
        try {
            return accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            // Someone took the same user name between the check above and this insert.
            throw BusinessException.atField(UserAccountDetails.USERNAME, "account.username.taken", account.getUsername());
        }
    }

    /**
     * Saves changes to an account the administrator opened at {@code version}; refused, naming who saved
     * it and when, if someone saved it in the meantime.
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public UserAccount update(long id, long version, UserAccountDetails details) {
        forgetKeptAccount();
        UserAccount account = guard.atVersion(accounts.findWithDetailsById(id)
                .orElseThrow(() -> new RecordNotFoundException()), version);
        String newUsername = UserAccount.validUsername(details.getUsername());
        if (!newUsername.equals(account.getUsername())) {
            throw BusinessException.atField(UserAccountDetails.USERNAME, "account.username.fixed");
        }
        if (account.getUsername().equals(currentUsername()) && account.getRoles().contains(AppRoles.ADMIN)
                && (!details.getRoles().contains(AppRoles.ADMIN) || !details.isEnabled())) {
            throw BusinessException.atField(UserAccountDetails.ROLES, "account.roles.keepOwnAdmin");
        }
        String nameBefore = account.getFullName();
        fill(account, details);
        String password = details.getNewPassword() == null ? "" : details.getNewPassword();
        if (!password.isEmpty()) {
            account.setPasswordHash(hash(password));
        }
        if (!account.getFullName().equals(nameBefore)) {
            events.publishEvent(new AccountRenamed(account.getId(), account.getFullName()));
        }
        return guard.flush(account);
    }

    private void fill(UserAccount account, UserAccountDetails details) {
        // Check everything before changing anything, so that a refusal leaves the account as it was.
        UserAccount.checkAssignment(details.getRoles(), details.getAgency(), details.getFamily());
        String password = details.getNewPassword() == null ? "" : details.getNewPassword();
        if (!password.isEmpty() && password.length() < UserAccount.PASSWORD_MIN) {
            throw BusinessException.atField(UserAccountDetails.NEW_PASSWORD, "account.password.tooShort", UserAccount.PASSWORD_MIN);
        }
        account.rename(details.getFullName());
        account.changeEmail(details.getEmail());
        account.assign(details.getRoles(), details.getAgency(), details.getFamily());
        account.changeLocale(details.getLocale());
        account.setEnabled(details.isEnabled());
    }

    private String hash(String password) {
        if (password.length() < UserAccount.PASSWORD_MIN) {
            throw BusinessException.atField(UserAccountDetails.NEW_PASSWORD, "account.password.tooShort", UserAccount.PASSWORD_MIN);
        }
        return passwordEncoder.encode(password);
    }

    /** The signed-in user, if any. */
    @PermitAll
    public Optional<SignedInUser> signedIn() {
        return signedInThisRequest().map(SignedInUser::of);
    }

    /** The request attribute keeping the signed-in user's account for the rest of the request. */
    private static final String KEPT_FOR_REQUEST = UserAccountService.class.getName() + ".signedIn";
    /** Set by {@link SessionRevalidation} on each request from a browser: only such a request keeps the account. */
    static final String KEEPS_ACCOUNT = UserAccountService.class.getName() + ".keepsAccount";

    /**
     * The signed-in user's account, read once per HTTP request (decision 0037): a page's round trip
     * asks who is signed in for each part it shows, each in a transaction of its own, and the account
     * with its agency, family and roles does not change in between. Later in the request it is a detached
     * copy with those loaded; any change to an account forgets it. Outside a request that passed the
     * portal's filters (live delivery threads, scheduled work, tests that call services) it is read each time.
     */
    private Optional<UserAccount> signedInThisRequest() {
        String username = currentUsername();
        if (username == null) {
            return Optional.empty();
        }
        RequestAttributes request = keepingRequest();
        if (request != null && request.getAttribute(KEPT_FOR_REQUEST, RequestAttributes.SCOPE_REQUEST) instanceof UserAccount kept
                && kept.getUsername().equals(username)) {
            return Optional.of(kept);
        }
        Optional<UserAccount> account = accounts.findByUsername(username);
        if (request != null) {
            account.ifPresent(a -> request.setAttribute(KEPT_FOR_REQUEST, a, RequestAttributes.SCOPE_REQUEST));
        }
        return account;
    }

    private static RequestAttributes keepingRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(KEEPS_ACCOUNT, RequestAttributes.SCOPE_REQUEST) != null ? request : null;
    }

    /** An account changed: the one kept for this request is read again when next asked for. */
    private static void forgetKeptAccount() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(KEPT_FOR_REQUEST, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** A colleague as other modules need them: id and name. */
    public record StaffMember(long id, String fullName) {
    }

    /** The active colleagues of the signed-in user's agency who hold {@code role}, by name. */
    @RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public List<StaffMember> colleaguesWithRole(String role) {
        return signedIn().filter(u -> u.agencyId() != null)
                .map(u -> accounts.findActiveWithRoleInAgency(role, u.agencyId()).stream()
                        .map(a -> new StaffMember(a.getId(), a.getFullName())).toList())
                .orElse(List.of());
    }

    /** An active colleague of the signed-in user's own agency, for handing them work; nobody of another agency. */
    @RolesAllowed({AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public Optional<UserAccount> colleague(long id) {
        Optional<Agency> mine = signedInAgency();
        return mine.isEmpty() ? Optional.empty() : accounts.findWithDetailsById(id)
                .filter(a -> a.isEnabled() && a.getAgency() != null && a.getAgency().getId().equals(mine.get().getId()));
    }

    /** The user names of everyone in the signed-in user's agency (enabled or not), the user included. */
    @RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
    public List<String> usernamesOfMyAgency() {
        return signedIn().filter(u -> u.agencyId() != null)
                .map(u -> accounts.usernamesInAgency(u.agencyId()))
                .orElse(List.of());
    }

    /** A staff member's account, for assigning them work; only within the caller's module's own checks. */
    @RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
    public Optional<UserAccount> staffAccount(long id) {
        return accounts.findWithDetailsById(id);
    }

    /** The signed-in user's own account entity, for recording their part in a case. */
    @PermitAll
    public Optional<UserAccount> signedInAccount() {
        return signedInThisRequest();
    }

    /** The full names of the given user names, for showing who did something; unknown names are left out. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.INTAKE, AppRoles.ADMIN})
    public Map<String, String> fullNamesOf(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            for (Object[] row : accounts.fullNamesOf(usernames)) {
                names.put((String) row[0], (String) row[1]);
            }
        }
        return names;
    }

    /** The agency the signed-in user works for, if they are staff of one. */
    @PermitAll
    public Optional<Agency> signedInAgency() {
        return signedInThisRequest().map(UserAccount::getAgency);
    }

    /** Remembers the language the signed-in user chose. */
    @PermitAll
    @Transactional
    public void changeMyLanguage(Locale locale) {
        forgetKeptAccount();
        String username = currentUsername();
        if (username == null) {
            return;
        }
        accounts.findByUsername(username).ifPresent(a -> a.changeLocale(locale));
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken ? null : auth.getName();
    }

    /**
     * Whether a signed-in session still stands for what the account is now: the account exists,
     * is active and holds exactly the roles the session was granted.
     */
    boolean sessionStillValid(String username, Set<String> grantedRoles) {
        Set<String> roles = accounts.activeRoles(username);
        return !roles.isEmpty() && roles.equals(grantedRoles);
    }

    // Sign-in bookkeeping, called by the authentication event listener only.

    /** Counts a wrong password typed for the account with this name, if there is one, for telling its owner. */
    @Transactional
    void recordFailedSignIn(String username) {
        accounts.countFailedSignIn(SignInThrottle.nameKey(username), clock.instant());
    }

    /** The owner signed in: the wrong passwords typed since are kept to tell them, and counting starts again. */
    @Transactional
    void recordSuccessfulSignIn(String username) {
        accounts.moveFailedSignInsToUnseen(SignInThrottle.nameKey(username));
    }

    /** Wrong passwords typed for the signed-in user's account between their last two sign-ins, not yet seen. */
    public record FailedSignIns(int count, Instant last) {
    }

    /** What the signed-in user has not yet been told about wrong passwords typed for their account. */
    @PermitAll
    public Optional<FailedSignIns> myUnseenFailedSignIns() {
        String username = currentUsername();
        return username == null ? Optional.empty() : accounts.findByUsername(username)
                .filter(a -> a.getUnseenFailedSignIns() > 0)
                .map(a -> new FailedSignIns(a.getUnseenFailedSignIns(), a.getUnseenFailedSignInAt()));
    }

    /** The signed-in user has read about the wrong passwords typed for their account. */
    @PermitAll
    @Transactional
    public void dismissMyFailedSignIns() {
        forgetKeptAccount();
        String username = currentUsername();
        if (username != null) {
            accounts.clearUnseenFailedSignIns(username);
        }
    }

    /** The active users of an agency by name, for naming one of them responsible for a task. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<StaffMember> activeUsersOfAgency(long agencyId) {
        return accounts.findByAgencyIdAndEnabledTrueOrderByFullNameAsc(agencyId).stream()
                .map(a -> new StaffMember(a.getId(), a.getFullName())).toList();
    }

    /** An account by id, for naming it responsible for a task; the calling module checks the case. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<UserAccount> accountById(long id) {
        return accounts.findWithDetailsById(id);
    }

    /**
     * An enabled account by id, for serving a user who is not signed in but has shown who they are
     * another way (the secret address of their calendar subscription); no role is checked, so the caller
     * must have established that. A disabled account gives nothing.
     */
    public Optional<SignedInUser> enabledUser(long id) {
        return accounts.findWithDetailsById(id).filter(UserAccount::isEnabled).map(SignedInUser::of);
    }
}
