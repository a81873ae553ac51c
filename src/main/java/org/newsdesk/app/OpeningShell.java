package org.newsdesk.app;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.newsdesk.i18n.Messages;

/**
 * What the window shows between appearing and having its contents built: the window comes up
 * at once, in its theme and where it was left, and the library, editor and panes follow a
 * moment later, while the store opens in the background.
 */
final class OpeningShell {

    private static final int PULSES_BEFORE_WORK = 3;
    private static final Duration ON_SCREEN = Duration.millis(150);
    /** The dark theme's background, so a dark window does not flash white. */
    private static final Color DARK_BACKGROUND = Color.web("#0d1117");

    private OpeningShell() {
    }

    static Scene scene(Messages messages, boolean dark) {
        Label opening = new Label(messages.get("app.opening"));
        opening.setId("openingLabel");
        StackPane root = new StackPane(opening);
        root.setId("openingShell");
        Scene scene = new Scene(root, 1280, 800, dark ? DARK_BACKGROUND : Color.WHITE);
        Optional.ofNullable(Look.uiFontStylesheet(messages.locale())).ifPresent(scene.getStylesheets()::add);
        return scene;
    }

    /**
     * Runs {@code then} after the next pulse has styled and laid out the scene (the window's
     * contents, with the story in the editor, when called right after they were put in place):
     * for work the story does not need (the search index, the pinyin dictionaries), which on a
     * two-core machine would otherwise take a core from that first styling and layout pass.
     */
    static void afterNextLayout(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * Runs {@code painted} once the shown window has had a few pulses, and {@code next} a moment
     * later: the first pulses can come before the window is on screen, and nothing is painted
     * while {@code next} runs, so without the moment the editor would see a blank window
     * instead of the shell.
     */
    static void afterFirstPulses(Scene scene, Runnable painted, Runnable next) {
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] < PULSES_BEFORE_WORK) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            painted.run();
            PauseTransition moment = new PauseTransition(ON_SCREEN);
            moment.setOnFinished(e -> next.run());
            moment.play();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
