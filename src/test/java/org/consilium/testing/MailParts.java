package org.consilium.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** What tests with an in-process mail server need: a free port for it, and the calendar part of a message. */
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

    /** A port nothing listens on now, for the test's mail server. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
