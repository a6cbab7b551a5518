package org.consilium.account;

import java.util.Locale;
import org.consilium.security.AppRoles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads local accounts for password sign-in ({@link ThrottledSignIn}). A disabled account cannot sign in. */
@Component
class LocalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    LocalUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!normalized.matches(UserAccount.USERNAME_PATTERN)) {
            // No account can have it; the database's comparison must not find one that looks alike.
            throw new UsernameNotFoundException("No local account");
        }
        UserAccount account = accounts.findByUsername(normalized)
                .filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(account.getRoles().stream().map(AppRoles::authority).toArray(String[]::new))
                .disabled(!account.isEnabled())
                .build();
    }
}
