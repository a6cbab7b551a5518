package org.consilium.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stored attachment ready to be sent: its original name (to name the download), the type read from
 * its content, its size, and a way to read it. Each {@link #openStream()} opens the file anew; the
 * caller closes the stream.
 */
public record StoredFile(String originalName, String contentType, long sizeBytes, Opener opener) {

    public InputStream openStream() throws IOException {
        return opener.open();
    }

    /** Opens the content of a stored file for reading. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
