package org.newsdesk.sync;

import java.nio.file.Path;
import org.newsdesk.i18n.Messages;

/** A newsroom CA certificate that cannot be used; {@link #path()} names the file. */
public final class TlsSetupException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public TlsSetupException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** What went wrong, in the user's language (for Preferences, where the file is chosen). */
    public String describe(Messages messages) {
        return messages.get("tls.error.ca", path == null ? "" : path.toString());
    }
}
