package org.newsdesk.ui.common;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;

/** A {@link UiTimer} on the JavaFX pulse (needs the toolkit). */
final class FxTimer implements UiTimer {

    private final PauseTransition pause = new PauseTransition();

    FxTimer(Runnable action) {
        pause.setOnFinished(e -> action.run());
    }

    @Override
    public void start(Duration wait) {
        pause.stop();
        pause.setDuration(javafx.util.Duration.millis(wait.toMillis()));
        pause.playFromStart();
    }

    @Override
    public void stop() {
        pause.stop();
    }

    @Override
    public boolean running() {
        return pause.getStatus() == Animation.Status.RUNNING;
    }
}
