package org.newsdesk.store;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that writes to the store. Writes queue up in order, so a later save
 * never overtakes an earlier one, and no caller waits for the disk.
 */
public final class StoreWriter implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "store-writer");
        t.setDaemon(true);
        return t;
    });

    public <T> CompletableFuture<T> submit(Callable<T> write) {
        CompletableFuture<T> result = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                result.complete(write.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Waits until every write queued so far has finished (used on close). */
    public void drain() {
        submit(() -> null).join();
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
