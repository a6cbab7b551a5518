package org.consilium.live;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relay of a single node unless {@code consilium.live.relay} names another. */
@Configuration
class LiveConfig {

    @Bean
    @ConditionalOnProperty(name = "consilium.live.relay", havingValue = "local", matchIfMissing = true)
    LiveRelay localRelay() {
        return new LocalRelay();
    }
}
