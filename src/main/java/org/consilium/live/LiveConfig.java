package org.consilium.live;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The relay of a single node unless {@code consilium.live.relay} names another: {@code redis} for a
 * deployment of several nodes (decision 0035). Only then does anything connect to Redis.
 */
@Configuration
class LiveConfig {

    @Bean
    @ConditionalOnProperty(name = "consilium.live.relay", havingValue = "local", matchIfMissing = true)
    LiveRelay localRelay() {
        return new LocalRelay();
    }

    /** Several nodes: changes and presence through Redis pub/sub, at {@code spring.data.redis.host/port}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "consilium.live.relay", havingValue = "redis")
    static class ThroughRedis {

        @Bean
        RedisRelay redisRelay(StringRedisTemplate redis, @Value("${consilium.live.redis-channel:consilium:live}") String channel) {
            return new RedisRelay(redis, channel);
        }

        /** This node's subscription; a node starts without Redis and subscribes once it can. */
        @Bean
        RedisSubscription liveRelaySubscription(RedisConnectionFactory connections, RedisRelay relay,
                                                @Value("${consilium.live.redis-retry:5s}") Duration retry) {
            return new RedisSubscription(connections, relay, retry);
        }
    }
}
