package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.prefs.WindowLayout;
import org.newsdesk.ui.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A window manager frames the window once it shows, and the size asked before that then counts for the
 * contents alone: the window comes up larger by the frame, and would grow by it at every start. Here the
 * framing is done by hand, the way it reaches JavaFX; the saved size is asked again and kept.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {

    @Test
    void aWindowThatComesUpLargerByItsFrameGetsTheSavedSize(FxRobot robot) throws Exception {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane(new Label("shell")), 640, 480));
            WindowPlacement.restoreWindow(stage[0], new WindowLayout(40, 30, 900, 640, false, List.of()));
            stage[0].show();
            stage[0].setWidth(902); // the contents got 900 x 640, the frame came on top
            stage[0].setHeight(665);
        });
        FxWait.until(5, () -> stage[0].getWidth() == 900 && stage[0].getHeight() == 640);
        robot.interact(() -> stage[0].close());
    }

    @Test
    void aMaximizedWindowIsNotResizedOnceShown(FxRobot robot) throws Exception {
        Stage[] stage = new Stage[1];
        double[] shownSize = new double[2];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane(new Label("shell")), 640, 480));
            WindowPlacement.restoreWindow(stage[0], new WindowLayout(40, 30, 900, 640, true, List.of()));
            stage[0].show();
        });
        robot.interact(() -> {
            shownSize[0] = stage[0].getWidth();
            shownSize[1] = stage[0].getHeight();
        });
        robot.interact(() -> { });
        robot.interact(() -> {
            assertThat(stage[0].isMaximized()).isTrue();
            assertThat(new double[] {stage[0].getWidth(), stage[0].getHeight()}).containsExactly(shownSize);
            stage[0].close();
        });
    }
}
