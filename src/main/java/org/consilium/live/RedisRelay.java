package org.consilium.live;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay of several nodes (decision 0035): each change is published as JSON on a Redis pub/sub
 * channel, and every node, this one too, hands what it hears there to its pages, one message after
 * another on a thread of the relay's own. Redis gives each message once to every node subscribed at
 * that moment; one that is not (Redis unreachable, the node starting) misses it, and its pages show
 * the change at their next reload. Presence goes on a channel of its own. When Redis cannot be
 * reached, a change still reaches the pages of the node that made it.
 */
class RedisRelay implements LiveRelay, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisRelay.class);

    private final StringRedisTemplate redis;
    private final String changes;
    private final String presence;
    // Plain records both ways, no type information in the messages: nothing but these two types is read.
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final ExecutorService inbound = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("live-relay-in").daemon()
            .factory());
    private volatile Consumer<PageChange> receiver = change -> { };
    private volatile Consumer<NodePresence> presenceReceiver = news -> { };

    /** {@code channel} names the deployment's channels: {@code <channel>:changes} and {@code <channel>:presence}. */
    RedisRelay(StringRedisTemplate redis, String channel) {
        this.redis = redis;
        this.changes = channel + ":changes";
        this.presence = channel + ":presence";
    }

    /** Listens on the relay's channels through {@code container}, which subscribes when it starts. */
    void listenOn(RedisMessageListenerContainer container) {
        container.addMessageListener((message, pattern) -> heard(message),
                List.of(ChannelTopic.of(changes), ChannelTopic.of(presence)));
    }

    @Override
    public void send(PageChange change) {
        try {
            redis.convertAndSend(changes, json.writeValueAsString(change));
        } catch (DataAccessException e) {
            log.warn("A change of {} could not go through Redis; only this node's pages are told: {}", change.topic(), e.toString());
            receiver.accept(change);
        }
    }

    @Override
    public void receiveWith(Consumer<PageChange> receiver) {
        this.receiver = receiver;
    }

    @Override
    public void sendPresence(NodePresence news) {
        try {
            redis.convertAndSend(presence, json.writeValueAsString(news));
        } catch (DataAccessException e) {
            log.warn("Presence on {} could not go through Redis; the other nodes hear it at the next sweep: {}", news.topic(),
                    e.toString());
        }
    }

    @Override
    public void receivePresenceWith(Consumer<NodePresence> receiver) {
        this.presenceReceiver = receiver;
    }

    /** On the connection's own thread: only read the message and queue it. */
    private void heard(Message message) {
        String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        inbound.execute(() -> hand(channel, body));
    }

    private void hand(String channel, String body) {
        try {
            if (channel.equals(changes)) {
                PageChange change = json.readValue(body, PageChange.class);
                if (change.topic() == null) {
                    log.warn("A message on {} without a topic was left", channel);
                    return;
                }
                receiver.accept(change);
            } else if (channel.equals(presence)) {
                NodePresence news = json.readValue(body, NodePresence.class);
                if (news.node() == null || news.topic() == null) {
                    log.warn("A message on {} without a node or a topic was left", channel);
                    return;
                }
                presenceReceiver.accept(news);
            }
        } catch (JacksonException e) {
            log.warn("A message on {} was not one of ours and was left: {}", channel, e.getOriginalMessage());
        } catch (RuntimeException e) {
            log.warn("A message on {} could not be handed on", channel, e);
        }
    }

    @Override
    public void destroy() {
        inbound.shutdown();
    }
}
