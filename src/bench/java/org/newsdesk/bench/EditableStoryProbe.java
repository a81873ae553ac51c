package org.newsdesk.bench;

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
        Thread watcher = new Thread(EditableStoryProbe::watch, "editable-probe");
        watcher.setDaemon(true);
        watcher.start();
        Main.main(args);
    }

    private static void watch() {
        AtomicBoolean asked = new AtomicBoolean();
        while (true) {
            if (asked.compareAndSet(false, true)) {
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
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
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
