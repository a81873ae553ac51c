package org.newsdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The one seam for work off the FX thread: {@code work} runs in the background, and
 * {@code onDone} or {@code onError} run on the FX thread afterwards.
 */
public interface BackgroundTasks {

    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Delivers the outcome of work already running elsewhere (e.g. on the store writer). */
    <T> void whenDone(CompletionStage<T> stage, Consumer<T> onDone, Consumer<Throwable> onError);
}
