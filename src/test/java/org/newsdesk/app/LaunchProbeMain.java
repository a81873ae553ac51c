package org.newsdesk.app;

import java.lang.reflect.Method;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Runs {@link Main} as a user does and reports on stdout what the window shows: {@code SHELL}
 * when the opening shell is up, {@code EDITABLE n} when the last story (n characters) can be
 * typed into, {@code EDITABLE_WITHOUT_COLUMNS} when at that moment the library and metadata
 * columns were not in the window yet, and {@code COLUMNS_NOT_BUILT} when their views' classes were
 * not even loaded then (needs {@code --add-opens java.base/java.lang=ALL-UNNAMED}), {@code COLUMNS}
 * once both are in (and {@code TRANSCRIPT_FOCUSED} before it when the keys then go to the story); then closes the window as the user would, so the app shuts down by itself.
 */
public final class LaunchProbeMain {

    /** The views of the library and metadata columns: built with the columns, after the first frame. */
    private static final String[] COLUMN_VIEWS = {"org.newsdesk.ui.library.LibraryView",
        "org.newsdesk.ui.metadata.MetadataView", "org.newsdesk.ui.editor.RosterView"};
    private static boolean shellSeen;
    private static boolean editableSeen;
    private static boolean hooked;
    private static volatile boolean closing;

    private LaunchProbeMain() {
    }

    public static void main(String[] args) {
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "launch-probe");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(LaunchProbeMain::askWindow, 20, 20, TimeUnit.MILLISECONDS);
        Main.main(args);
    }

    /** Asks the FX thread to look at the window, once the toolkit is up and until the probe closes it. */
    private static void askWindow() {
        if (closing) {
            return;
        }
        try {
            Platform.runLater(LaunchProbeMain::look);
        } catch (IllegalStateException toolkitNotUpYet) {
            // not started yet, or already ended
        }
    }

    /** True when any of {@code classNames} has been loaded by the application's class loader. */
    private static boolean loaded(String... classNames) {
        try {
            Method find = ClassLoader.class.getDeclaredMethod("findLoadedClass", String.class);
            find.setAccessible(true);
            ClassLoader loader = LaunchProbeMain.class.getClassLoader();
            for (String name : classNames) {
                if (find.invoke(loader, name) != null) {
                    return true;
                }
            }
            return false;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // cannot tell: say loaded, so the test asking fails rather than passes blindly
        }
    }

    private static void look() {
        if (closing) {
            return;
        }
        if (!hooked) {
            hooked = true;
            hookNewScenes();
        }
        look(true);
    }

    /**
     * Looks also before each pulse's layout of every scene shown from now on: the columns are built
     * after a pulse's layout, so a look between two polls could come too late to see the first frame.
     */
    private static void hookNewScenes() {
        Window.getWindows().forEach(LaunchProbeMain::hook);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(LaunchProbeMain::hook);
            }
        });
    }

    private static void hook(Window window) {
        hook(window.getScene());
        window.sceneProperty().addListener((obs, old, scene) -> hook(scene));
    }

    private static void hook(Scene scene) {
        if (scene != null) {
            scene.addPreLayoutPulseListener(() -> look(false));
        }
    }

    /** Reports what the windows show; {@code mayClose}: not inside a pulse. */
    private static void look(boolean mayClose) {
        if (closing) {
            return;
        }
        for (Window window : Window.getWindows()) {
            if (!window.isShowing() || window.getScene() == null) {
                continue;
            }
            if (!shellSeen && window.getScene().lookup("#openingShell") != null) {
                shellSeen = true;
                System.out.println("SHELL");
            }
            boolean columns = window.getScene().lookup("#libraryPane") != null
                    && window.getScene().lookup("#metadataPane") != null;
            Node node = window.getScene().lookup("#transcript");
            if (!editableSeen && node instanceof GenericStyledArea<?, ?, ?> area && area.isEditable() && !area.isDisabled()
                    && area.getLength() > 0) {
                editableSeen = true;
                System.out.println("EDITABLE " + area.getLength());
                if (!columns) {
                    System.out.println("EDITABLE_WITHOUT_COLUMNS");
                    if (!loaded(COLUMN_VIEWS)) {
                        System.out.println("COLUMNS_NOT_BUILT");
                    }
                }
            }
            if (editableSeen && columns && mayClose) {
                if (node != null && window.getScene().getFocusOwner() == node) {
                    System.out.println("TRANSCRIPT_FOCUSED");
                }
                System.out.println("COLUMNS");
                System.out.flush();
                closing = true;
                window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
                return;
            }
        }
    }
}
