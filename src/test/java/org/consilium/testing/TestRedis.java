package org.consilium.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The Redis that tests of several nodes use: {@code 127.0.0.1:6379}, or {@code TEST_REDIS_HOST} and
 * {@code TEST_REDIS_PORT}. Without it such a test is skipped on a developer's machine; in CI (where
 * {@code .ci/run} starts it) a missing Redis is an error, never a skip.
 */
public final class TestRedis {

    public static final String HOST = System.getenv().getOrDefault("TEST_REDIS_HOST", "127.0.0.1");
    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("TEST_REDIS_PORT", "6379"));

    private TestRedis() {
    }

    public static void requireRunning() {
        boolean answers = answers();
        if (!answers && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs Redis at " + HOST + ":" + PORT + " (see .ci/run)");
        }
        assumeTrue(answers, "No Redis answers at " + HOST + ":" + PORT);
    }

    /** Whether a Redis server answers a ping. */
    private static boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 1000);
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = socket.getInputStream().readNBytes(5);
            return new String(reply, StandardCharsets.US_ASCII).equals("+PONG");
        } catch (IOException e) {
            return false;
        }
    }
}
