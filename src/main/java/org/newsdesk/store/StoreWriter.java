package org.newsdesk.store;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The thread the window's edits (transcript, metadata, names, media, accepted newsroom merges,
 * compaction) are written on. Writes queue up in order, so a later save never overtakes an earlier
 * one, and no caller waits for the disk. The delivery worker, the newsroom session's own bookkeeping
 * and the command line write through the store's transactions on their own threads.
 */
public final class StoreWriter implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreWriter.class);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "store-writer");
        t.setDaemon(true);
        return t;
    });

    /** What runs each write: the write itself, or (in tests) a fault or a delay around it. */
    public interface Around {
        <T> T run(Callable<T> write) throws Exception;
    }

    private final Around around;

    public StoreWriter() {
        this(new Around() {
            @Override
            public <T> T run(Callable<T> write) throws Exception {
                return write.call();
            }
        });
    }

    /** A writer that runs every write through {@code around} (a disk that fails or is slow on demand). */
    public StoreWriter(Around around) {
        this.around = around;
    }

    /**
     * Queues {@code write}. After {@link #close()} nothing is queued: the future fails at once
     * with a {@link RejectedExecutionException} ({@link #closedWith}) instead of the call throwing,
     * so a caller's timer (a save retried later) learns it as it learns any failed write.
     */
    public <T> CompletableFuture<T> submit(Callable<T> write) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    result.complete(around.run(write));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new RejectedExecutionException("the store's writer is closed", e));
        }
        return result;
    }

    /** Whether {@code error} is a writer's answer after it closed: the write was not made, and trying again cannot help. */
    public static boolean closedWith(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RejectedExecutionException) {
                return true;
            }
        }
        return false;
    }

    /** Waits until every write queued so far has finished (used on close). */
    public void drain() {
        submit(() -> null).join();
    }

    /**
     * Waits until every write queued so far has finished, at most {@code millis}.
     *
     * @return false when writes are still queued after that time
     */
    public boolean drain(long millis) {
        try {
            submit(() -> null).get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    /**
     * After {@link #close()}: waits until the thread has finished its writes, at most {@code millis}.
     *
     * @return true once every write is done
     */
    public boolean awaitClosed(long millis) {
        try {
            return thread.awaitTermination(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /**
     * Lets the queued writes finish and ends the thread. Nothing queued is dropped and a write
     * is never interrupted (H2 closes its file when a thread is interrupted in the middle of
     * I/O); after 30 s the caller goes on and the daemon thread finishes on its own.
     */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("writes still running after 30 s at close; they finish on their own thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
