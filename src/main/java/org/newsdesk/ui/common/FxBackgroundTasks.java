package org.newsdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on daemon threads and reports back on the FX thread. */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundTasks.class);
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (pool.isShutdown()) {
            // the window has closed: a late callback (a store opened or an index built meanwhile) starts nothing
            LOG.debug("background work after close dropped");
            return;
        }
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Throwable e) {
                // handed on first: when the failure is the memory running out, logging it can fail too
                Platform.runLater(() -> onError.accept(e));
                LOG.warn("background work failed", e);
            }
        });
    }

    @Override
    public <T> void whenDone(CompletionStage<T> stage, Consumer<T> onDone, Consumer<Throwable> onError) {
        stage.whenComplete((result, error) -> Platform.runLater(() -> {
            if (error == null) {
                onDone.accept(result);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                LOG.warn("background work failed", cause);
                onError.accept(cause);
            }
        }));
    }

    @Override
    public void post(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
