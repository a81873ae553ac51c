package org.newsdesk.sync;

import java.nio.file.Path;
import java.time.Clock;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.store.Store;

/**
 * Publishing over one opened data folder, built once: the outbox's files, the targets with
 * their secrets, the outbox and the delivery worker, wired so that queueing wakes the worker.
 * The window and the command line use the same one. The outbox reads the data folder's
 * templates and conversion lists when first asked for: do that off the UI thread. The worker
 * starts only when asked.
 */
public final class Publishing implements AutoCloseable {

    /** How many deliveries run at once. */
    public static final int WORKER_THREADS = 4;

    private final Store store;
    private final CredentialStore credentials;
    private final Targets targets;
    private final Path dataFolder;
    private final OutboxFiles files;
    private final DeliveryWorker worker;
    private final Clock clock;
    private Outbox outbox;
    private RevisionNumbers numbers = RevisionNumbers.LOCAL;

    /**
     * @param backoff how long the worker waits before trying a failed delivery again
     * @param clock   when deliveries are due
     */
    public Publishing(Store store, Path dataFolder, CredentialStore credentials, Backoff backoff, Clock clock) {
        this.store = store;
        this.credentials = credentials;
        this.dataFolder = dataFolder;
        this.files = new OutboxFiles(dataFolder);
        this.targets = new Targets(store.targets(), credentials, new TargetFactory(credentials));
        this.clock = clock;
        this.worker = new DeliveryWorker(store.outbox(), files, targets, backoff, clock, WORKER_THREADS);
        // a scheduled publish, once released, moves its story to Published
        worker.onRelease(new ScheduledRelease(store));
    }

    public Store store() {
        return store;
    }

    public CredentialStore credentials() {
        return credentials;
    }

    public Targets targets() {
        return targets;
    }

    /** The outbox, made on first use (it reads the templates and conversion lists); queueing wakes the worker. */
    public synchronized Outbox outbox() {
        if (outbox == null) {
            outbox = new Outbox(store, StoryExporter.forDataFolder(dataFolder), files, clock);
            outbox.onQueued(worker::wake);
            outbox.useNumbers(numbers);
        }
        return outbox;
    }

    /** How published bundles name revisions (a newsroom's numbers); {@link RevisionNumbers#LOCAL} until set. */
    public synchronized void useNumbers(RevisionNumbers value) {
        numbers = value == null ? RevisionNumbers.LOCAL : value;
        if (outbox != null) {
            outbox.useNumbers(numbers);
        }
    }

    public DeliveryWorker worker() {
        return worker;
    }

    /** Stops the worker (waiting for its threads: call it off the UI thread). */
    @Override
    public void close() {
        worker.close();
    }
}
