package org.newsdesk.ui.common;

import java.time.Duration;

/**
 * Runs an action again later on the UI thread, waiting twice as long each time (from
 * {@code first} up to {@code longest}) until a success starts the waits over.
 */
public final class RetryLater {

    private final UiTimer timer;
    private final Duration first;
    private final Duration longest;
    private Duration wait;
    private boolean waiting;

    public RetryLater(BackgroundTasks tasks, Duration first, Duration longest, Runnable action) {
        this.first = first;
        this.longest = longest;
        this.wait = first;
        this.timer = tasks.timer(() -> {
            waiting = false;
            action.run();
        });
    }

    /** Whether a retry is waiting to run. */
    public boolean waiting() {
        return waiting;
    }

    /** Runs the action once the current wait ends (nothing more when one is already waiting). */
    public void schedule() {
        if (waiting) {
            return;
        }
        waiting = true;
        timer.start(wait);
        wait = wait.multipliedBy(2).compareTo(longest) > 0 ? longest : wait.multipliedBy(2);
    }

    /** It worked: the next failure waits the shortest time again. */
    public void succeeded() {
        wait = first;
    }

    public void cancel() {
        timer.stop();
        waiting = false;
    }
}
