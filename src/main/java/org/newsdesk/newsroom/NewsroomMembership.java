package org.newsdesk.newsroom;

import java.util.Arrays;
import java.util.Optional;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.store.Store;
import org.newsdesk.store.server.ServerAccounts;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;

/**
 * Joining and leaving a newsroom from this data folder: the login is tried on the server first
 * (it must be an editor there), then the address and login are kept in the data folder and the
 * password in the credential store, as delivery targets keep theirs. Blocking: call it off the
 * window's thread.
 */
public final class NewsroomMembership {

    /** The outcome of a join: who the server knows this login as, and its role. */
    public record Joined(String server, String login, String displayName, String role) {
    }

    /** The login works on the server but is no editor of its newsroom. */
    public static final class NotAnEditor extends RuntimeException {
        public NotAnEditor(String login) {
            super(login);
        }
    }

    private final Store store;
    private final CredentialStore credentials;

    public NewsroomMembership(Store store, CredentialStore credentials) {
        this.store = store;
        this.credentials = credentials;
    }

    /** The newsroom this data folder belongs to, if any. */
    public Optional<NewsroomSettings.Connection> connection() {
        return settings().connection();
    }

    /**
     * Joins with {@code password} (empty or null: the server trusts the connection); the password
     * array is cleared. Throws {@link ServerException} (LOGIN, UNREACHABLE, …) or {@link NotAnEditor}.
     */
    public Joined join(String url, String login, char[] password) {
        boolean hasPassword = password != null && password.length > 0;
        try {
            Joined joined;
            try (ServerLibrary server = ServerLibrary.connect(url, login, hasPassword ? new String(password) : null)) {
                var editor = server.editor(login).orElseThrow(() -> new NotAnEditor(login));
                String role = new ServerAccounts(server).myRole().orElse(editor.role());
                joined = new Joined(ServerLibrary.redact(url), login, editor.displayName(), role);
            }
            settings().connect(new NewsroomSettings.Connection(url, login));
            if (hasPassword) {
                credentials.store(NewsroomSettings.CREDENTIAL, password);
            } else {
                credentials.remove(NewsroomSettings.CREDENTIAL);
            }
            return joined;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Leaves the newsroom: the address, login and password go; stories stay. */
    public void leave() {
        settings().disconnect();
        credentials.remove(NewsroomSettings.CREDENTIAL);
    }

    private NewsroomSettings settings() {
        return new NewsroomSettings(store.appState(), store.newsroom());
    }
}
