package org.newsdesk.newsroom;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.server.ServerDesk;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.store.server.ServerNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workstation's live link with its newsroom, on one background thread: while joined it
 * pushes local saves shortly after they land, pulls when the server says something changed
 * (LISTEN/NOTIFY on a connection of its own) or, failing that, every poll interval, renews
 * the heartbeat of the story open here, and reconnects with a growing pause when the server is
 * away. The story open in the editor is not written by pulls: listeners hear it has news and
 * take it through {@link #incoming} and {@link #accept} between keystrokes.
 */
public final class NewsroomSession implements AutoCloseable {

    /** How the link stands. */
    public enum State { NOT_JOINED, CONNECTING, ONLINE, SYNCING, OFFLINE }

    /** What the window shows: the state, stories waiting to be pushed, stories with conflicts. */
    public record Status(State state, int waiting, List<UUID> conflicted, String problem) {
    }

    /** Pauses and intervals; {@link #standard()} for the window. */
    public record Timing(Duration pushDelay, Duration poll, Duration heartbeat, Duration presenceExpiry,
                         Duration firstRetry, Duration maxRetry) {
        public static Timing standard() {
            return new Timing(Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(30),
                    Duration.ofSeconds(90), Duration.ofSeconds(2), Duration.ofMinutes(2));
        }
    }

    /** The server address, login, password (null: trusted) and the name shown to colleagues. */
    public record Account(String url, String login, String password, String displayName) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(NewsroomSession.class);

    private final Store store;
    private final Supplier<Optional<Account>> account;
    private final Timing timing;
    private final String workstation = UUID.randomUUID().toString();
    private final List<NewsroomListener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Runnable> onThread = new ConcurrentLinkedQueue<>();
    private final Object wake = new Object();
    /** How long the loop listens before looking whether a save here asked for a push. */
    private static final Duration LISTEN_SLICE = Duration.ofMillis(20);
    private volatile UUID openStory;
    private volatile boolean stopped;
    private volatile boolean syncAsked = true;
    private volatile Status status = new Status(State.NOT_JOINED, 0, List.of(), "");
    private Thread thread;
    // session thread only
    private ServerLibrary server;
    private ServerNotifications notifications;
    private NewsroomSync sync;
    private final PendingPushes pending;

    /** @param account read before each connection (none: not joined, the session waits) */
    public NewsroomSession(Store store, Supplier<Optional<Account>> account, Timing timing) {
        this.store = store;
        this.account = account;
        this.timing = timing;
        this.pending = new PendingPushes(store);
    }

    public void addListener(NewsroomListener l) {
        listeners.add(l);
        l.status(status);
    }

    /** Starts the background thread (once). */
    public synchronized void start() {
        if (thread == null && !stopped) {
            thread = new Thread(this::run, "newsroom-session");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The story open in this window (null: none); it is shown to colleagues and held from pulls. */
    public void open(UUID story) {
        openStory = story;
        syncNow();
    }

    /** Asks for a sync as soon as possible (a save landed, the account changed). */
    public void syncNow() {
        syncAsked = true;
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    public Status status() {
        return status;
    }

    /** The server's news for the open story merged with the local one (computed on the session's thread). */
    public CompletableFuture<Optional<NewsroomSync.Incoming>> incoming(UUID story) {
        return onSessionThread(() -> sync == null ? Optional.empty() : sync.incoming(story));
    }

    /** Writes a merge from {@link #incoming} (STALE when the story changed meanwhile); call it on the store's writer. */
    public Story accept(NewsroomSync.Incoming in) {
        return new NewsroomSync(store, null, "").accept(in);
    }

    /** Hands a story to a colleague on the server. */
    public CompletableFuture<Void> assign(UUID story, String assignee) {
        return onSessionThread(() -> {
            connected(server).desk().assign(story, assignee, account.get().map(Account::login).orElse(""));
            return null;
        });
    }

    /** The login this workstation joins with (none: not joined); reads the data folder. */
    public Optional<String> login() {
        return account.get().map(Account::login);
    }

    /** The newsroom's editors, for handing a story on (read on the session's thread). */
    public CompletableFuture<List<ServerLibrary.Editor>> editors() {
        return onSessionThread(() -> connected(server).editors());
    }

    /**
     * The story with its body, fetched first when only its metadata is here. Between two tries
     * to reach the server it tries at once and waits for that try (UNREACHABLE when it fails).
     */
    public CompletableFuture<Story> fetch(UUID story) {
        return onSessionThread(() -> connected(sync).fetch(story));
    }

    private static <T> T connected(T part) {
        return Optional.ofNullable(part).orElseThrow(ServerException::notConnected);
    }

    /** Stops the thread and leaves the server (colleagues no longer see the open story); waits for it. */
    @Override
    public void close() {
        stopped = true;
        syncNow();
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---------------------------------------------------------------- the session's thread

    private void run() {
        int failures = 0;
        while (!stopped) {
            Optional<Account> a;
            try {
                a = account.get();
            } catch (RuntimeException e) {
                LOG.warn("the newsroom account cannot be read", e);
                publish(new Status(State.OFFLINE, 0, List.of(), String.valueOf(e.getMessage())));
                pause(timing.poll());
                continue;
            }
            if (a.isEmpty()) {
                disconnect(false);
                publish(new Status(State.NOT_JOINED, 0, List.of(), ""));
                // nothing to sync without an account. The flag starts set, so without this the pause
                // returned at once and the thread read the account in a loop for as long as the window
                // was open (measured: 72 s of CPU in 7.5 min, and the garbage of it). A new account
                // calls syncNow, which sets it again and wakes the pause.
                syncAsked = false;
                pause(timing.poll());
                continue;
            }
            try {
                if (server == null) {
                    // this attempt answers every sync asked so far: a save made offline asked once,
                    // and a flag left set cut every retry pause short (a connection attempt per ms)
                    syncAsked = false;
                    publish(new Status(State.CONNECTING, status.waiting(), status.conflicted(), ""));
                    connect(a.get());
                }
                live(a.get());
                failures = 0;
                if (!stopped) {
                    disconnect(true); // the account changed: join with the new one
                }
            } catch (ServerException | StoreException e) {
                failures++;
                LOG.info("newsroom link lost ({} in a row): {}", failures, e.getMessage());
                disconnect(false);
                publish(new Status(State.OFFLINE, waiting(), conflicted(), e.getMessage()));
                runQueued(); // what was asked during this try learns that it failed
                waitUpTo(retryDelay(failures)); // work asked meanwhile ends it unanswered: the next try answers
            } catch (RuntimeException e) {
                failures++;
                LOG.warn("newsroom sync failed", e);
                publish(new Status(State.OFFLINE, waiting(), conflicted(), String.valueOf(e.getMessage())));
                runQueued();
                waitUpTo(retryDelay(failures));
            }
        }
        disconnect(true);
        failPending();
    }

    private void connect(Account a) {
        server = ServerLibrary.connect(a.url(), a.login(), a.password());
        notifications = ServerNotifications.listen(a.url(), a.login(), a.password());
        sync = new NewsroomSync(store, server, a.login());
        sync.holdWhile(id -> id.equals(openStory));
        syncAsked = true;
    }

    /** Runs while connected and the account stays the same; returns to reconnect or stop. */
    private void live(Account a) {
        long nextPoll = 0;
        long nextBeat = 0;
        UUID beatFor = null;
        boolean beatNever = true;
        while (!stopped && account.get().equals(Optional.of(a))) {
            runQueued();
            long now = System.nanoTime();
            if (syncAsked || now - nextPoll >= 0 || somethingToPush()) {
                syncAsked = false;
                if (status.state() != State.ONLINE) { // catching up; a round while online (each save) is not news
                    publish(new Status(State.SYNCING, status.waiting(), status.conflicted(), ""));
                }
                SyncReport report = sync.syncOnce();
                nextPoll = now + timing.poll().toNanos();
                if (!report.changed().isEmpty()) {
                    listeners.forEach(l -> l.pulled(report.changed()));
                }
                report.held().forEach(id -> listeners.forEach(l -> l.openStoryHasNews(id)));
                publish(new Status(State.ONLINE, waiting(), report.conflicted(), ""));
            }
            UUID open = openStory;
            if (beatNever || now - nextBeat >= 0 || !Objects.equals(open, beatFor)) {
                server.desk().heartbeat(workstation, a.login(), a.displayName(), open);
                beatFor = open;
                beatNever = false;
                nextBeat = now + timing.heartbeat().toNanos();
                readDesk();
            }
            List<String> heard = listen(timing.pushDelay());
            if (heard.contains(ServerNotifications.CHANGES)) {
                syncAsked = true;
            }
            if (heard.contains(ServerNotifications.DESK)) {
                readDesk();
            }
        }
    }

    /**
     * Waits up to {@code upTo} for the server's notifications, in short slices so that a save
     * here ({@link #syncNow}) is pushed at once instead of after the rest of the wait, and work
     * asked of this thread (the window's {@link #incoming}, say) runs at once instead of after
     * it; typing stays batched by the editor's autosave and by saves landing while a sync runs.
     */
    private List<String> listen(Duration upTo) {
        long end = System.nanoTime() + upTo.toNanos();
        for (long left = upTo.toNanos(); left > 0 && !syncAsked && !stopped && onThread.isEmpty();
             left = end - System.nanoTime()) {
            List<String> heard = notifications.await(Duration.ofNanos(Math.min(left, LISTEN_SLICE.toNanos())));
            if (!heard.isEmpty()) {
                return heard;
            }
        }
        return List.of();
    }

    private void readDesk() {
        Map<UUID, List<ServerDesk.Presence>> open = new java.util.HashMap<>();
        for (ServerDesk.Presence p : server.desk().present(timing.presenceExpiry())) {
            if (!p.workstation().equals(workstation)) {
                open.computeIfAbsent(p.storyId(), k -> new java.util.ArrayList<>()).add(p);
            }
        }
        Map<UUID, String> assignees = server.desk().assignments();
        listeners.forEach(l -> l.desk(open, assignees));
    }

    private void disconnect(boolean leave) {
        if (server != null && leave) {
            try {
                server.desk().leave(workstation);
            } catch (ServerException e) {
                // the server is away: the heartbeat expires by itself
            }
        }
        if (notifications != null) {
            notifications.close();
            notifications = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
        sync = null;
    }

    private boolean somethingToPush() {
        return pending.any();
    }

    private int waiting() {
        return pending.count();
    }

    private List<UUID> conflicted() {
        return pending.conflicted();
    }

    private void publish(Status s) {
        if (!s.equals(status)) {
            status = s;
            listeners.forEach(l -> l.status(s));
        }
    }

    private Duration retryDelay(int failures) {
        long ms = timing.firstRetry().toMillis() << Math.min(failures - 1, 20);
        return Duration.ofMillis(Math.min(ms, timing.maxRetry().toMillis()));
    }

    private void pause(Duration d) {
        waitUpTo(d);
        runQueued();
    }

    private void waitUpTo(Duration d) {
        long until = System.nanoTime() + d.toNanos();
        synchronized (wake) {
            while (!stopped && !syncAsked && onThread.isEmpty()) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    wake.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                }
            }
        }
    }

    private <T> CompletableFuture<T> onSessionThread(Supplier<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        onThread.add(() -> {
            try {
                done.complete(work.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        synchronized (wake) {
            wake.notifyAll();
        }
        if (stopped) {
            failPending();
        }
        return done;
    }

    private void runQueued() {
        for (Runnable r; (r = onThread.poll()) != null; ) {
            r.run();
        }
    }

    private void failPending() {
        runQueued(); // after the stop, sync is null and the server gone: queued work answers empty or fails
    }
}
