package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;

/**
 * The main window as the UI tests open, look into and close it: opened is when the library is
 * there and the store opened without a notice; closed is when the store has been shut.
 */
final class AppWindow {

    private Stage stage;
    private CountDownLatch closed;

    /**
     * Opens a window: {@code start} starts the app on the given stage and runs the given
     * callback once the window has closed and the store is shut.
     */
    void open(FxRobot robot, BiConsumer<Stage, Runnable> start) throws TimeoutException {
        CountDownLatch shut = new CountDownLatch(1);
        closed = shut;
        robot.interact(() -> {
            stage = new Stage();
            start.accept(stage, shut::countDown);
        });
        FxWait.until(60, () -> in(robot, "#storyList").tryQuery().isPresent()
                && in(robot, "#notice").queryAs(Label.class).getText().isEmpty());
    }

    void close(FxRobot robot) throws InterruptedException {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed.await(30, TimeUnit.SECONDS)).as("window closed and store shut").isTrue();
    }

    /** Looks {@code query} up in this window only. */
    NodeQuery in(FxRobot robot, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query);
    }
}
