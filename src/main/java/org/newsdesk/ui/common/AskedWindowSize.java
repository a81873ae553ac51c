package org.newsdesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Keeps the size a window asked for when it appeared. Some window managers (openbox among them)
 * ignore the size of a newly mapped window and shrink it to its minimum a moment after it is
 * shown: the main window to 640×420, a dialog to its buttons. Asking once more, after the window
 * manager has answered, is honoured; a dialog asks for what its contents want (within the screen)
 * and is put back across its owner. A main window is put back only when it was shrunk to its
 * minimum size, which is what such a window manager does; a size the application sets stays. The
 * watch ends shortly after the window appears, so a window the editor resizes stays as left.
 */
public final class AskedWindowSize {

    private static final Object WATCHED = new Object();
    private static final Object AS_ASKED = new Object();
    private static final Duration SETTLING = Duration.millis(1500);
    private static final int MOST_ASKS = 3;
    private static boolean installed;

    private AskedWindowSize() {
    }

    /** Watches every window the application opens from now on (call on the FX thread). */
    public static void keepForEveryWindow() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().forEach(AskedWindowSize::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(AskedWindowSize::watch);
            }
        });
    }

    /**
     * A window whose content scrolls: it keeps the size it asked for (put back when a window
     * manager shrinks it) and never grows to its content's preferred size, which for a scrolled
     * page is taller than the screen.
     */
    public static void keepAsAsked(Window window) {
        window.getProperties().put(AS_ASKED, Boolean.TRUE);
    }

    static void watch(Window window) {
        if (window instanceof PopupWindow) {
            return; // menus, tooltips and completions size themselves
        }
        if (window.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> keep(window));
        }
    }

    private static void keep(Window window) {
        if (!(window.getWidth() > 0 && window.getHeight() > 0) || window.getScene() == null) {
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double[] asked = {window.getWidth(), window.getHeight()};
        if (window instanceof Stage dialog && dialog.getOwner() != null) {
            Scene scene = window.getScene();
            boolean contentSized = window.getProperties().get(AS_ASKED) == null;
            double wantedWidth = scene.getRoot().prefWidth(-1);
            if (contentSized) {
                asked[0] = Math.min(screen.getWidth(),
                        Math.max(asked[0], wantedWidth + Math.max(0, asked[0] - scene.getWidth())));
                asked[1] = Math.min(screen.getHeight(), Math.max(asked[1],
                        scene.getRoot().prefHeight(wantedWidth) + Math.max(0, asked[1] - scene.getHeight())));
            }
            Platform.runLater(() -> {
                if (smaller(window, asked)) {
                    window.setWidth(asked[0]);
                    window.setHeight(asked[1]);
                    centreOnOwner(dialog, screen);
                } else if (!inside(window, screen)) {
                    centreOnOwner(dialog, screen);
                }
            });
        }
        boolean dialog = window instanceof Stage stage && stage.getOwner() != null;
        int[] asks = {0};
        ChangeListener<Number> shrunk = (property, before, now) -> {
            // a main window is put back only from its minimum: any other size was asked for by the application
            boolean byWindowManager = dialog || atMinimum(window);
            if (byWindowManager && smaller(window, asked) && asks[0] < MOST_ASKS && !maximized(window)) {
                asks[0]++;
                Platform.runLater(() -> {
                    window.setWidth(Math.max(window.getWidth(), asked[0]));
                    window.setHeight(Math.max(window.getHeight(), asked[1]));
                });
            }
        };
        window.widthProperty().addListener(shrunk);
        window.heightProperty().addListener(shrunk);
        PauseTransition settling = new PauseTransition(SETTLING);
        settling.setOnFinished(e -> {
            window.widthProperty().removeListener(shrunk);
            window.heightProperty().removeListener(shrunk);
        });
        settling.play();
    }

    private static boolean atMinimum(Window window) {
        return window instanceof Stage stage && stage.getMinWidth() > 0 && stage.getMinHeight() > 0
                && window.getWidth() <= stage.getMinWidth() + 1 && window.getHeight() <= stage.getMinHeight() + 1;
    }

    private static boolean smaller(Window window, double[] asked) {
        return window.getWidth() < asked[0] - 1 || window.getHeight() < asked[1] - 1;
    }

    /** As JavaFX places a dialog: centred across its owner, a third of the way down, on the screen. */
    public static void centreOnOwner(Stage dialog, Rectangle2D screen) {
        Window owner = dialog.getOwner();
        Rectangle2D place = ScreenFit.place(screen, new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()), dialog.getWidth(), dialog.getHeight());
        dialog.setX(place.getMinX());
        dialog.setY(place.getMinY());
    }

    private static boolean inside(Window window, Rectangle2D screen) {
        return window.getX() >= screen.getMinX() && window.getY() >= screen.getMinY()
                && window.getX() + window.getWidth() <= screen.getMaxX() + 1
                && window.getY() + window.getHeight() <= screen.getMaxY() + 1;
    }

    private static boolean maximized(Window window) {
        return window instanceof Stage stage && (stage.isMaximized() || stage.isFullScreen());
    }
}
