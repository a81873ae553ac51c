package org.newsdesk.cli;

import java.time.Clock;
import org.newsdesk.export.ExportErrorText;
import org.newsdesk.export.ExportException;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.store.Store;
import org.newsdesk.sync.Backoff;
import org.newsdesk.sync.DeliveryWorker;
import org.newsdesk.sync.Outbox;
import org.newsdesk.sync.OutboxFiles;
import org.newsdesk.sync.ScheduledRelease;
import org.newsdesk.sync.SyncErrorText;
import org.newsdesk.sync.SyncException;
import org.newsdesk.sync.TargetFactory;
import org.newsdesk.sync.Targets;

/** The outbox, targets and worker over an open store, as the publishing commands use them. */
final class SyncServices {

    static final int WORKER_THREADS = 4;

    private final NewsdeskCommand root;
    private final Store store;
    private final Targets targets;

    SyncServices(NewsdeskCommand root, Store store) {
        this.root = root;
        this.store = store;
        var credentials = root.credentials();
        this.targets = new Targets(store.targets(), credentials, new TargetFactory(credentials, root.messages()));
    }

    Targets targets() {
        return targets;
    }

    Outbox outbox() {
        return new Outbox(store, StoryExporter.forDataFolder(root.dataFolder()), new OutboxFiles(root.dataFolder()));
    }

    DeliveryWorker worker() {
        DeliveryWorker worker = new DeliveryWorker(store.outbox(), new OutboxFiles(root.dataFolder()), targets,
                Backoff.standard(), Clock.systemUTC(), WORKER_THREADS);
        worker.onRelease(new ScheduledRelease(store));
        return worker;
    }

    /** A publishing failure as the one line the user reads. */
    RuntimeException explain(RuntimeException e) {
        if (e instanceof SyncException se) {
            return new Failed(SyncErrorText.describe(se, root.messages()), e);
        }
        if (e instanceof ExportException ee) {
            return new Failed(ExportErrorText.describe(ee, root.messages()), e);
        }
        return e;
    }

    /** Carries the localised message to the one-line error handler. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
