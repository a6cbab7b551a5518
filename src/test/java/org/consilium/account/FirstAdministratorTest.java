package org.consilium.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.consilium.security.AppRoles;
import org.consilium.security.LoginHints;
import org.consilium.testing.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A new installation without demo data gets exactly one way in: the first administrator. */
@SpringBootTest(properties = {"consilium.demo.mode=off", "consilium.first-admin.password=first-secret-1"})
class FirstAdministratorTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.in(dataDir, registry);
    }

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    LoginHints loginHints;

    @Test
    void without_demo_data_the_first_administrator_is_created_from_the_configured_password() {
        assertThat(accounts.count()).isEqualTo(1);
        UserAccount admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(AppRoles.ADMIN);
        assertThat(passwordEncoder.matches("first-secret-1", admin.getPasswordHash())).isTrue();
    }

    @Test
    void without_demo_mode_the_login_page_lists_no_demo_accounts() {
        assertThat(loginHints.accounts()).isEmpty();
    }
}
