package org.newsdesk.ui.common;

import java.time.Duration;

/**
 * Fires a save once typing pauses ({@code quiet}), and at the latest {@code maxDelay}
 * after the first unsaved change, so that steady typing is saved every second too.
 */
public final class AutosaveTimer {

    private final UiTimer quiet;
    private final UiTimer deadline;
    private final Duration quietPeriod;
    private final Duration maxDelay;
    private final Runnable save;

    /** The waits run on {@code tasks}' timers (the JavaFX pulse in the window, a virtual clock in tests). */
    public AutosaveTimer(BackgroundTasks tasks, Duration quietPeriod, Duration maxDelay, Runnable save) {
        this.save = save;
        this.quietPeriod = quietPeriod;
        this.maxDelay = maxDelay;
        this.quiet = tasks.timer(this::fire);
        this.deadline = tasks.timer(this::fire);
    }

    /** Call on every change. */
    public void changed() {
        quiet.start(quietPeriod);
        if (!deadline.running()) {
            deadline.start(maxDelay);
        }
    }

    /** Saves now if a change is pending (before switching stories or closing). */
    public void flush() {
        if (pending()) {
            fire();
        }
    }

    public boolean pending() {
        return quiet.running();
    }

    private void fire() {
        quiet.stop();
        deadline.stop();
        save.run();
    }
}
