package org.newsdesk.bench;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * On the way it notes when the FX thread first saw each stage of the start (the opening shell
 * shown, the main window's scene, the story's text in the editor) and prints them, in
 * milliseconds since the process started, as one {@code TIMELINE} line on standard error.
 * The FX thread answers between its pulses, so each time is when that stage was first seen,
 * at most one busy stretch of the FX thread after it happened.
 */
public final class EditableStoryProbe {

    private static final Instant STARTED = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private static final Map<String, Long> SEEN = new LinkedHashMap<>();
    /** Runs on the FX thread once the story is editable, just before the process ends ({@link WindowClassList}). */
    static volatile Runnable beforeExit = () -> { };

    private EditableStoryProbe() {
    }

    public static void main(String[] args) {
        see("main");
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
                see("toolkit");
                if (editable()) {
                    see("editable");
                    System.out.println("EDITABLE");
                    System.out.flush();
                    System.err.println("TIMELINE " + SEEN);
                    System.err.flush();
                    beforeExit.run();
                    Runtime.getRuntime().halt(0);
                }
                asked.set(false);
            });
        } catch (IllegalStateException toolkitNotUpYet) {
            asked.set(false);
        }
    }

    private static synchronized void see(String stage) {
        SEEN.putIfAbsent(stage, Instant.now().toEpochMilli() - STARTED.toEpochMilli());
    }

    /** When the FX thread first saw {@code stage} (the root's id, e.g. {@code openingShell}), or null. */
    static synchronized Instant seenAt(String stage) {
        Long ms = SEEN.get(stage);
        return ms == null ? null : STARTED.plusMillis(ms);
    }

    private static boolean editable() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                Node root = window.getScene().getRoot();
                see(root.getId() == null ? "shown" : root.getId());
                Node node = window.getScene().lookup("#transcript");
                if (node instanceof GenericStyledArea<?, ?, ?> area && area.getLength() > 0) {
                    see("text");
                }
                if (node instanceof GenericStyledArea<?, ?, ?> area && area.isEditable() && !area.isDisabled()
                        && area.isVisible() && area.getLength() > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
