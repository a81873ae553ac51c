package org.newsdesk.ui.library;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsdesk.i18n.Messages;
import org.newsdesk.search.IndexSync;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * How far the search index is being built, for the status bar: a fraction (negative when no
 * build runs) and "Building the search index: n of N". The indexer reports every story from
 * its own thread; reports are coalesced, so the FX thread sees at most one pending update, and
 * at most one each {@link #UPDATE_EVERY} (the first and the last at once): redrawn for every
 * story, the status bar repainted the window at every pulse while a rebuild ran, which on a
 * software-rendered display cost the window up to 170 MB of shared memory for its frames.
 */
public final class IndexProgress {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final AtomicReference<int[]> latest = new AtomicReference<>();
    /** True while an update waits for the FX thread. */
    private final AtomicBoolean pending = new AtomicBoolean();
    private final LongSupplier nanoTime;
    /** When the last update was posted (indexer's thread only); {@code null}: none yet. */
    private Long lastPosted;

    /** The least time between two updates of the status bar while a build runs. */
    static final Duration UPDATE_EVERY = Duration.ofMillis(250);

    IndexProgress(BackgroundTasks tasks, Messages messages) {
        this(tasks, messages, System::nanoTime);
    }

    IndexProgress(BackgroundTasks tasks, Messages messages, LongSupplier nanoTime) {
        this.tasks = tasks;
        this.messages = messages;
        this.nanoTime = nanoTime;
    }

    /** What the indexer calls (one thread at a time). */
    IndexSync.Progress reporter() {
        return (done, total) -> {
            latest.set(new int[] {done, total});
            long now = nanoTime.getAsLong();
            boolean due = lastPosted == null || done >= total || now - lastPosted >= UPDATE_EVERY.toNanos();
            if (due && pending.compareAndSet(false, true)) {
                lastPosted = now;
                tasks.whenDone(CompletableFuture.completedFuture(null), x -> show(), e -> { });
            }
        };
    }

    private void show() {
        pending.set(false);
        int[] now = latest.getAndSet(null);
        if (now == null) {
            return;
        }
        int done = now[0];
        int total = now[1];
        if (done >= total) {
            finished();
            return;
        }
        fraction.set(total == 0 ? 0 : (double) done / total);
        text.set(messages.get("library.index.building", done, total));
    }

    /** The build ended (or failed): the status bar hides the bar. */
    void finished() {
        fraction.set(-1);
        text.set("");
    }

    /** From 0 to 1 while the index is being built, negative otherwise. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
