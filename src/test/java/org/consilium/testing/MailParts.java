package org.consilium.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What tests with an in-process mail server need: the server (GreenMail) on a free port, the portal
 * pointed at it, and a message's text and calendar part.
 */
public final class MailParts {

    private MailParts() {
    }

    /** The first {@code text/calendar} part of a message's parts, looking into nested ones; {@code null} if none. */
    public static BodyPart calendarPart(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                return part;
            }
            if (part.getContent() instanceof Multipart nested) {
                BodyPart found = calendarPart(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A mail server for the test class on {@code port}, kept for all its tests. */
    public static GreenMailExtension server(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);
    }

    /** Points the portal's mail at the test's server on {@code port}. */
    public static void useServer(DynamicPropertyRegistry registry, int port) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
    }

    /** The message's text, whether it came alone or as the first part. */
    public static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof String s) {
            return s;
        }
        Object first = ((Multipart) content).getBodyPart(0).getContent();
        return first instanceof Multipart inner ? (String) inner.getBodyPart(0).getContent() : (String) first;
    }

    /** A port nothing listens on now, for the test's mail server. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
