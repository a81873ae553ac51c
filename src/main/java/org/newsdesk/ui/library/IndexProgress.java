package org.newsdesk.ui.library;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
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
 * its own thread; reports are coalesced, so the FX thread sees at most one pending update.
 */
public final class IndexProgress {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final AtomicReference<int[]> latest = new AtomicReference<>();

    IndexProgress(BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    /** What the indexer calls (any thread). */
    IndexSync.Progress reporter() {
        return (done, total) -> {
            if (latest.getAndSet(new int[] {done, total}) == null) {
                tasks.whenDone(CompletableFuture.completedFuture(null), x -> show(), e -> { });
            }
        };
    }

    private void show() {
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
