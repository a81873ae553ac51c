package org.newsdesk.ui.main;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * Columns of the main window that its first frame does without: each is an empty holder in the
 * window at first; its contents are built and put in, one column per pulse, after the first layout
 * of the window's scene, so that the first frame (the editor with its story, the menus, the status
 * bar) neither builds nor styles and lays out the library table and the metadata panes, nor loads
 * their classes. Once all are in and laid out, what waited for the whole window runs.
 */
final class LaterColumns {

    private final Deque<Runnable> fills = new ArrayDeque<>();
    private final List<Runnable> whenComplete = new ArrayList<>();
    private boolean complete;

    /**
     * An empty holder in the window now; {@code contents} builds what goes into it after the first
     * frame (in the order asked).
     */
    StackPane holder(Supplier<Node> contents) {
        StackPane holder = new StackPane();
        fills.add(() -> holder.getChildren().setAll(contents.get()));
        return holder;
    }

    /** Fills the holders once {@code root} is in a scene that has been laid out, one per pulse. */
    void fillAfterFirstLayout(Parent root) {
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null && !complete) {
                fillOnePerPulse(scene);
            }
        });
    }

    /** Runs {@code then} once every column is in and has been laid out (at once when they are). */
    void whenComplete(Runnable then) {
        if (complete) {
            then.run();
        } else {
            whenComplete.add(then);
        }
    }

    private void fillOnePerPulse(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            Runnable next = fills.poll();
            if (next == null) {
                scene.removePostLayoutPulseListener(listener[0]);
                complete = true;
                whenComplete.forEach(Runnable::run);
                whenComplete.clear();
                return;
            }
            next.run();
            Platform.requestNextPulse();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
