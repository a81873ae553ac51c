package org.newsdesk.app;

import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.newsdesk.prefs.WindowLayout;
import org.newsdesk.prefs.WindowLayout.ScreenArea;

/** Puts the window back where the editor left it, on the screens there are today. */
final class WindowPlacement {

    private WindowPlacement() {
    }

    static void restore(Stage stage, SplitPane split, WindowLayout saved) {
        restoreWindow(stage, saved);
        restoreDividers(split, saved);
    }

    /** The window's place and size only (before its contents exist). */
    static void restoreWindow(Stage stage, WindowLayout saved) {
        stage.setMinWidth(WindowLayout.MIN_WIDTH);
        stage.setMinHeight(WindowLayout.MIN_HEIGHT);
        if (!saved.known()) {
            stage.setMaximized(saved.maximized());
            return;
        }
        List<ScreenArea> screens = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .map(WindowPlacement::area).toList();
        WindowLayout fitted = saved.fittedInto(screens);
        stage.setX(fitted.x());
        stage.setY(fitted.y());
        stage.setWidth(fitted.width());
        stage.setHeight(fitted.height());
        stage.setMaximized(fitted.maximized());
        if (!stage.isShowing() && !fitted.maximized()) {
            askAgainOnceFramed(stage, fitted.width(), fitted.height());
        }
    }

    /**
     * A size asked before the window first shows counts for its contents alone when a window
     * manager frames it, so the window would come back larger by the frame at every start: asked
     * again once it shows, the frame is known and the whole window gets the saved size.
     */
    private static void askAgainOnceFramed(Stage stage, double width, double height) {
        EventHandler<WindowEvent> shown = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                Platform.runLater(() -> {
                    if (!stage.isMaximized() && (stage.getWidth() != width || stage.getHeight() != height)) {
                        stage.setWidth(width);
                        stage.setHeight(height);
                    }
                });
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown);
    }

    static void restoreDividers(SplitPane split, WindowLayout saved) {
        if (saved.dividers().size() == split.getDividers().size()) {
            split.setDividerPositions(saved.dividers().stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** The window as it is now; a maximized window keeps the size it had before it was maximized. */
    static WindowLayout capture(Stage stage, SplitPane split, WindowLayout before) {
        List<Double> dividers = Arrays.stream(split.getDividerPositions()).boxed().toList();
        if (stage.isMaximized()) {
            return new WindowLayout(before.x(), before.y(), before.width(), before.height(), true, dividers);
        }
        return new WindowLayout(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false, dividers);
    }

    private static ScreenArea area(Rectangle2D bounds) {
        return new ScreenArea(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }
}
