package org.consilium.base;

import java.util.Optional;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps every saved entity with the signed-in user's name (or "system" for background work), and
 * leaves the JDBC connection's settings alone in a transaction (decision 0037).
 */
@Configuration
@EnableJpaAuditing
class PersistenceConfig {

    static final String SYSTEM = "system";

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
                return Optional.of(SYSTEM);
            }
            return Optional.of(auth.getName());
        };
    }

    /**
     * A read-only transaction stays read-only in Hibernate (nothing is flushed), without telling the
     * connection: MariaDB's driver sends a statement to make the session read-only and another to undo
     * it, two of every five statements a page's reading sent. No transaction asks for its own isolation
     * level, which this would refuse.
     */
    @Bean
    static BeanPostProcessor connectionsLeftAsTheyAre() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HibernateJpaVendorAdapter adapter) {
                    adapter.setPrepareConnection(false);
                }
                return bean;
            }
        };
    }
}
