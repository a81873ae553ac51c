package org.newsdesk.search;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import org.newsdesk.model.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index current in the background: every saved story is indexed on one worker
 * thread (never on the caller's, never committed per keystroke), and the index is committed
 * once the saves have been quiet for a while ({@link IdleTimer}). Rebuilds run on the same
 * thread, so they queue behind pending updates.
 */
public final class BackgroundIndexer implements AutoCloseable {

    /** Runs the commit once nothing has happened for a while; each {@link #restart} postpones it. */
    public interface IdleTimer extends AutoCloseable {
        void restart(Runnable onIdle);

        @Override
        void close();

        /** A timer on a daemon thread that fires after {@code quiet}. */
        static IdleTimer after(Duration quiet) {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "search-index-idle");
                t.setDaemon(true);
                return t;
            });
            return new IdleTimer() {
                private ScheduledFuture<?> pending;

                @Override
                public synchronized void restart(Runnable onIdle) {
                    if (pending != null) {
                        pending.cancel(false);
                    }
                    pending = timer.schedule(onIdle, quiet.toMillis(), TimeUnit.MILLISECONDS);
                }

                @Override
                public void close() {
                    timer.shutdownNow();
                }
            };
        }
    }

    public static final Duration DEFAULT_QUIET = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundIndexer.class);

    private final SearchIndex index;
    private final IdleTimer idle;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-index");
        t.setDaemon(true);
        return t;
    });

    public BackgroundIndexer(SearchIndex index, IdleTimer idle) {
        this.index = index;
        this.idle = idle;
    }

    public BackgroundIndexer(SearchIndex index) {
        this(index, IdleTimer.after(DEFAULT_QUIET));
    }

    /** Indexes the story as saved (call after each autosave). */
    public CompletableFuture<Void> storyChanged(Story story) {
        return run(() -> index.update(story));
    }

    /** Indexes the story as {@code source} has it now; the loading runs on the index's worker too. */
    public CompletableFuture<Void> storyChanged(UUID id, StorySource source) {
        return run(() -> source.load(id).ifPresentOrElse(index::update, () -> index.delete(id)));
    }

    /** Removes the story (moved to the trash). */
    public CompletableFuture<Void> storyRemoved(UUID id) {
        return run(() -> index.delete(id));
    }

    /** Brings the index up to date with the source, e.g. at start-up. */
    public CompletableFuture<IndexSync.Outcome> refresh(StorySource source) {
        return refresh(source, IndexSync.Progress.NONE);
    }

    /** As {@link #refresh(StorySource)}, telling {@code progress} how far a rebuild it needs is. */
    public CompletableFuture<IndexSync.Outcome> refresh(StorySource source, IndexSync.Progress progress) {
        return CompletableFuture.supplyAsync(() -> IndexSync.refresh(index, source, progress), worker);
    }

    /** As above, stopping between batches once {@code stopWhen} says so (the index is then incomplete). */
    public CompletableFuture<IndexSync.Outcome> refresh(StorySource source, IndexSync.Progress progress,
            java.util.function.BooleanSupplier stopWhen) {
        return CompletableFuture.supplyAsync(() -> IndexSync.refresh(index, source, progress, stopWhen), worker);
    }

    /** Rebuilds the index from scratch (on demand). */
    public CompletableFuture<IndexSync.Outcome> rebuild(StorySource source) {
        return rebuild(source, IndexSync.Progress.NONE);
    }

    public CompletableFuture<IndexSync.Outcome> rebuild(StorySource source, IndexSync.Progress progress) {
        return CompletableFuture.supplyAsync(() -> IndexSync.rebuild(index, source, progress), worker);
    }

    /** Commits now, after everything queued so far. */
    public CompletableFuture<Void> commitNow() {
        return CompletableFuture.runAsync(index::commit, worker);
    }

    /** Completes when everything queued so far has run (nothing is committed by it). */
    public CompletableFuture<Void> drain() {
        return CompletableFuture.runAsync(() -> { }, worker);
    }

    private CompletableFuture<Void> run(Runnable update) {
        if (worker.isShutdown()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the search index's writer thread has stopped"));
        }
        CompletableFuture<Void> done = CompletableFuture.runAsync(update, worker);
        done.whenComplete((v, e) -> {
            if (e != null) {
                LOG.warn("updating the search index failed", e);
            }
        });
        idle.restart(() -> commitNow().whenComplete((v, e) -> {
            if (e != null) {
                LOG.warn("committing the search index failed", e);
            }
        }));
        return done;
    }

    /** Finishes the queued work, commits and stops (the index itself stays open). */
    @Override
    public void close() {
        idle.close();
        commitNow().join();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("the search index's writer thread still runs after closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
