package org.newsdesk.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;
import org.fxmisc.richtext.GenericStyledArea;
import org.newsdesk.app.Main;

/**
 * Starts Newsdesk as {@link Main} does and ends the process the moment the last-opened
 * story is in the editor and editable, so the whole process's time is "start to editable".
 */
public final class EditableStoryProbe {

    private EditableStoryProbe() {
    }

    public static void main(String[] args) {
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "editable-probe");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean asked = new AtomicBoolean();
        watcher.scheduleWithFixedDelay(() -> ask(asked), 2, 2, TimeUnit.MILLISECONDS);
        Main.main(args);
    }

    /** Asks the FX thread whether the story is editable, one question at a time. */
    private static void ask(AtomicBoolean asked) {
        if (!asked.compareAndSet(false, true)) {
            return;
        }
        try {
            Platform.runLater(() -> {
                if (editable()) {
                    System.out.println("EDITABLE");
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
                asked.set(false);
            });
        } catch (IllegalStateException toolkitNotUpYet) {
            asked.set(false);
        }
    }

    private static boolean editable() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                Node node = window.getScene().lookup("#transcript");
                if (node instanceof GenericStyledArea<?, ?, ?> area && area.isEditable() && !area.isDisabled()
                        && area.isVisible() && area.getLength() > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
