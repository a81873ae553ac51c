package org.newsdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The one seam for work off the UI thread: {@code work} runs in the background, and
 * {@code onDone} or {@code onError} run on the UI thread afterwards. View models also post to
 * the UI thread and wait (debounce, retry later) only through it, so that they can run without
 * the JavaFX toolkit: {@link FxBackgroundTasks} in the window, {@link SameThreadTasks} in tests.
 */
public interface BackgroundTasks {

    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Delivers the outcome of work already running elsewhere (e.g. on the store writer). */
    <T> void whenDone(CompletionStage<T> stage, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Runs {@code action} on the UI thread, later (any thread may call it). */
    default void post(Runnable action) {
        run(() -> null, x -> action.run(), e -> { });
    }

    /** A timer whose {@code action} runs on the UI thread once a wait ends (create and use it on the UI thread). */
    default UiTimer timer(Runnable action) {
        return new FxTimer(action);
    }
}
