package org.newsdesk.ui.library;

import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.newsdesk.store.ReplicaBodies;
import org.newsdesk.store.Store;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * "Keep offline" from the library: a newsroom story's text is kept on this workstation
 * (fetched at the next sync when only its metadata is here), or no longer. The library's
 * newsroom column marks the stories kept.
 */
public final class KeepOffline {

    private record Kept(Set<UUID> ones, boolean all) {
    }

    private final BackgroundTasks tasks;
    private final Store store;
    private final LibraryNewsroom newsroom;
    private final Consumer<Throwable> errors;

    KeepOffline(BackgroundTasks tasks, Store store, LibraryNewsroom newsroom, Consumer<Throwable> errors) {
        this.tasks = tasks;
        this.store = store;
        this.newsroom = newsroom;
        this.errors = errors;
        newsroom.joinedProperty().addListener((o, was, now) -> {
            if (now) {
                read();
            }
        });
    }

    /** Reads which stories are kept offline. */
    public void read() {
        tasks.run(this::kept, k -> newsroom.kept(k.ones(), k.all()), errors);
    }

    /** Keeps {@code story}'s text offline, or stops keeping it (text already here stays). */
    public void set(UUID story, boolean offline) {
        tasks.run(() -> {
            store.newsroom().bodies().keep(story, offline);
            return kept();
        }, k -> newsroom.kept(k.ones(), k.all()), errors);
    }

    private Kept kept() {
        ReplicaBodies bodies = store.newsroom().bodies();
        return new Kept(bodies.keptOnes(), bodies.keepAll());
    }
}
