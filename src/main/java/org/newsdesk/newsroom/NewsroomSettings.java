package org.newsdesk.newsroom;

import java.util.Optional;
import org.newsdesk.store.AppStateRepository;
import org.newsdesk.store.NewsroomReplica;

/**
 * Which newsroom server this workstation belongs to, kept in the data folder (the password is
 * not: it goes to the credential store under {@link #CREDENTIAL}). Joining another server than
 * the one last synced forgets the merge bases; stories and open conflicts stay.
 */
public final class NewsroomSettings {

    /** The name the newsroom password is kept under in the credential store. */
    public static final String CREDENTIAL = "newsroom";
    static final String URL = "newsroom.url";
    static final String USER = "newsroom.user";
    static final String SYNCED_WITH = "newsroom.syncedWith";
    static final String JOINED_AT = "newsroom.joinedAt";

    /** The server address and the login. */
    public record Connection(String url, String user) {
    }

    private final AppStateRepository state;
    private final NewsroomReplica replica;

    public NewsroomSettings(AppStateRepository state, NewsroomReplica replica) {
        this.state = state;
        this.replica = replica;
    }

    public Optional<Connection> connection() {
        String url = state.get(URL).orElse("");
        return url.isEmpty() ? Optional.empty() : Optional.of(new Connection(url, state.get(USER).orElse("")));
    }

    public void connect(Connection c) {
        if (!c.url().equals(state.get(SYNCED_WITH).orElse(c.url()))) {
            replica.forgetBases();
            state.put(NewsroomSync.PULLED, "0");
            state.put(NewsroomRevisions.PULLED, "0");
        }
        state.put(URL, c.url());
        state.put(USER, c.user());
        state.put(SYNCED_WITH, c.url());
        state.put(JOINED_AT, java.time.Instant.now().toString());
    }

    /** Leaves the newsroom: the address and login go; stories, bases and conflicts stay for a later return. */
    public void disconnect() {
        state.put(URL, "");
        state.put(USER, "");
    }

    /**
     * The account a live session connects with, read from these settings at each call; the
     * password is asked of {@code secret} only when the address or login changed (the keyring
     * may be slow). While nothing was written to the store since the last call, the settings
     * are not read again: a live session asks at every turn of its loop, several times a second.
     */
    public java.util.function.Supplier<Optional<NewsroomSession.Account>> accounts(
            java.util.function.Function<String, Optional<char[]>> secret, java.util.function.Supplier<String> displayName) {
        Object[] cached = new Object[2];
        Read[] last = {null};
        return () -> {
            long writes = state.writeCount();
            Read read = last[0];
            if (read == null || read.writes() != writes) {
                // counted before reading: a write landing meanwhile makes the next call read again
                read = new Read(writes, connection(), state.get(JOINED_AT).orElse(""));
                last[0] = read;
            }
            Optional<Connection> c = read.connection();
            if (c.isEmpty()) {
                cached[0] = null;
                return Optional.empty();
            }
            // a new join (even to the same address and login) may bring a new password
            Object key = java.util.List.of(c.get(), read.joinedAt());
            if (!key.equals(cached[0])) {
                try {
                    cached[1] = secret.apply(CREDENTIAL).map(String::new).orElse(null);
                } catch (RuntimeException e) {
                    // a locked or unreadable keeper of secrets: try without one (a trusting server lets us in)
                    org.slf4j.LoggerFactory.getLogger(NewsroomSettings.class)
                            .info("the newsroom password cannot be read now: {}", e.getMessage());
                    cached[1] = null;
                    return Optional.of(new NewsroomSession.Account(c.get().url(), c.get().user(), null,
                            displayName.get())); // not remembered: once unlocked, the next connection reads it
                }
                cached[0] = key;
            }
            return Optional.of(new NewsroomSession.Account(c.get().url(), c.get().user(), (String) cached[1],
                    displayName.get()));
        };
    }

    /** The settings as read when the store had committed {@code writes} writes. */
    private record Read(long writes, Optional<Connection> connection, String joinedAt) {
    }

    /** The newest server change this workstation has pulled (0 before the first sync). */
    public long pulledChange() {
        return state.get(NewsroomSync.PULLED).map(Long::parseLong).orElse(0L);
    }
}
