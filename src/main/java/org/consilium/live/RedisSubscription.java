package org.consilium.live;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * This node's subscription to the relay's channels. A node starts even when Redis cannot be reached,
 * as it would without live pages: it tries again every {@code retry}, and meanwhile its pages hear only
 * of the changes made on it. Once subscribed, the Redis client reconnects and subscribes again by
 * itself after an outage.
 */
final class RedisSubscription implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisSubscription.class);

    private final RedisConnectionFactory connections;
    private final RedisRelay relay;
    private final Duration retry;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-relay-subscribe").daemon().factory());
    private volatile RedisMessageListenerContainer listening;
    private volatile boolean running;

    RedisSubscription(RedisConnectionFactory connections, RedisRelay relay, Duration retry) {
        this.connections = connections;
        this.relay = relay;
        this.retry = retry;
    }

    @Override
    public void start() {
        running = true;
        subscribe();
    }

    private void subscribe() {
        if (!running) {
            return;
        }
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        // The relay only reads and queues each message on the connection's thread.
        container.setTaskExecutor(new SyncTaskExecutor());
        relay.listenOn(container);
        container.afterPropertiesSet();
        try {
            container.start();
            listening = container;
            if (!running) {
                // Stopped while subscribing: the stop did not see this container.
                stop();
                return;
            }
            log.info("Live pages hear every node's changes through Redis");
        } catch (RuntimeException e) {
            log.warn("Redis cannot be reached ({}); this node's pages hear only its own changes until it can, trying again in {}",
                    e.getMessage(), retry);
            close(container);
            try {
                retries.schedule(this::subscribe, retry.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                log.debug("The node is stopping; no more attempts to subscribe");
            }
        }
    }

    /** Whether this node hears the relay's channels now. */
    boolean isListening() {
        RedisMessageListenerContainer container = listening;
        return container != null && container.isListening();
    }

    @Override
    public void stop() {
        running = false;
        retries.shutdownNow();
        RedisMessageListenerContainer container = listening;
        listening = null;
        if (container != null) {
            container.stop();
            close(container);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static void close(RedisMessageListenerContainer container) {
        try {
            container.destroy();
        } catch (Exception e) {
            log.debug("A Redis subscription did not close cleanly: {}", e.toString());
        }
    }
}
