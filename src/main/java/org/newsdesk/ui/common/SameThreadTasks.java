package org.newsdesk.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@link BackgroundTasks} without a UI toolkit, for view-model tests: background work runs at
 * once on the calling thread (the "UI thread" is the thread that made this object), work that
 * finishes elsewhere (the store's writer) is handed back to it by {@link #settle()}, and timers
 * run on a virtual clock that only {@link #advance(Duration)} moves. Nothing depends on how
 * fast the machine is.
 */
public final class SameThreadTasks implements BackgroundTasks {

    /** How long {@link #settle()} waits for work elsewhere before it reports a hang. */
    private static final long HANG_SECONDS = 60;

    private final Thread uiThread = Thread.currentThread();
    private final Queue<Runnable> posted = new ConcurrentLinkedQueue<>();
    private final Object lock = new Object();
    private final List<Timer> timers = new ArrayList<>();
    private int outstanding;
    private long nowMillis;

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            onError.accept(e);
            return;
        }
        onDone.accept(result);
    }

    @Override
    public <T> void whenDone(CompletionStage<T> stage, Consumer<T> onDone, Consumer<Throwable> onError) {
        synchronized (lock) {
            outstanding++;
        }
        stage.whenComplete((result, error) -> {
            posted.add(() -> {
                if (error == null) {
                    onDone.accept(result);
                } else {
                    onError.accept(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
                }
            });
            synchronized (lock) {
                outstanding--;
                lock.notifyAll();
            }
        });
        if (Thread.currentThread() == uiThread) {
            runPosted();
        }
    }

    @Override
    public void post(Runnable action) {
        posted.add(action);
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    @Override
    public UiTimer timer(Runnable action) {
        Timer t = new Timer(action);
        timers.add(t);
        return t;
    }

    /**
     * Runs, on the calling (UI) thread, everything posted and every outcome of work elsewhere,
     * waiting for that work to finish, until nothing is left.
     */
    public void settle() {
        while (true) {
            runPosted();
            synchronized (lock) {
                if (outstanding == 0 && posted.isEmpty()) {
                    return;
                }
                if (posted.isEmpty()) {
                    try {
                        lock.wait(TimeUnit.SECONDS.toMillis(HANG_SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while settling", e);
                    }
                    if (outstanding > 0 && posted.isEmpty()) {
                        throw new IllegalStateException("background work did not finish");
                    }
                }
            }
        }
    }

    /**
     * Settles until {@code condition} holds, waiting for news that threads of their own (a
     * delivery worker) post meanwhile; it reports a hang when nothing comes for a minute.
     */
    public void settleUntil(java.util.function.BooleanSupplier condition) {
        settle();
        while (!condition.getAsBoolean()) {
            synchronized (lock) {
                if (posted.isEmpty()) {
                    try {
                        lock.wait(TimeUnit.SECONDS.toMillis(HANG_SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while settling", e);
                    }
                    if (posted.isEmpty()) {
                        throw new IllegalStateException("nothing happened while waiting");
                    }
                }
            }
            settle();
        }
    }

    /** Moves the virtual clock on, running each timer whose wait ends meanwhile (in order), and settles. */
    public void advance(Duration by) {
        long until = nowMillis + by.toMillis();
        settle();
        while (true) {
            Timer next = timers.stream().filter(t -> t.dueAt >= 0 && t.dueAt <= until)
                    .min(Comparator.comparingLong(t -> t.dueAt)).orElse(null);
            if (next == null) {
                break;
            }
            nowMillis = next.dueAt;
            next.dueAt = -1;
            next.action.run();
            settle();
        }
        nowMillis = until;
    }

    /** Whether some timer is waiting. */
    public boolean timerRunning() {
        return timers.stream().anyMatch(Timer::running);
    }

    private void runPosted() {
        for (Runnable r = posted.poll(); r != null; r = posted.poll()) {
            r.run();
        }
    }

    private final class Timer implements UiTimer {
        private final Runnable action;
        private long dueAt = -1;

        Timer(Runnable action) {
            this.action = action;
        }

        @Override
        public void start(Duration wait) {
            dueAt = nowMillis + wait.toMillis();
        }

        @Override
        public void stop() {
            dueAt = -1;
        }

        @Override
        public boolean running() {
            return dueAt >= 0;
        }
    }
}
