package org.newsdesk.cli;

import org.newsdesk.export.ExportErrorText;
import org.newsdesk.export.ExportException;
import org.newsdesk.store.Store;
import org.newsdesk.sync.DeliveryWorker;
import org.newsdesk.sync.Outbox;
import org.newsdesk.sync.Publishing;
import org.newsdesk.sync.SyncErrorText;
import org.newsdesk.sync.SyncException;
import org.newsdesk.sync.Targets;

/**
 * The outbox, targets and worker over an open store, as the publishing commands use them: the
 * same {@link Publishing} the window builds, from the composition root's {@link CommandServices}.
 */
final class SyncServices {

    private final NewsdeskCommand root;
    private final Publishing publishing;

    SyncServices(NewsdeskCommand root, Store store) {
        this.root = root;
        this.publishing = root.services().publishing(store, root.dataFolder(), root.credentials());
    }

    Targets targets() {
        return publishing.targets();
    }

    Outbox outbox() {
        return publishing.outbox();
    }

    DeliveryWorker worker() {
        return publishing.worker();
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
