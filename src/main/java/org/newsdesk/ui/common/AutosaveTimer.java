package org.newsdesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Fires a save once typing pauses ({@code quiet}), and at the latest {@code maxDelay}
 * after the first unsaved change, so that steady typing is saved every second too.
 */
public final class AutosaveTimer {

    private final PauseTransition quiet;
    private final PauseTransition deadline;
    private final Runnable save;

    public AutosaveTimer(Duration quietPeriod, Duration maxDelay, Runnable save) {
        this.save = save;
        this.quiet = new PauseTransition(quietPeriod);
        this.deadline = new PauseTransition(maxDelay);
        quiet.setOnFinished(e -> fire());
        deadline.setOnFinished(e -> fire());
    }

    /** Call on every change. */
    public void changed() {
        quiet.playFromStart();
        if (deadline.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            deadline.playFromStart();
        }
    }

    /** Saves now if a change is pending (before switching stories or closing). */
    public void flush() {
        if (pending()) {
            fire();
        }
    }

    public boolean pending() {
        return quiet.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void fire() {
        quiet.stop();
        deadline.stop();
        save.run();
    }
}
