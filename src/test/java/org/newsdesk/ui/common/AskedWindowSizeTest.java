package org.newsdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.ui.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window manager that shrinks a window just after it appears (as openbox does) is answered by
 * asking for the size again. Here the shrinking is done by hand, the way the window manager's
 * resize reaches JavaFX.
 */
@ExtendWith(ApplicationExtension.class)
class AskedWindowSizeTest {

    @Test
    void aWindowShrunkJustAfterItAppearsGetsItsSizeBack(FxRobot robot) throws Exception {
        Stage[] main = new Stage[1];
        robot.interact(() -> {
            AskedWindowSize.keepForEveryWindow();
            main[0] = new Stage();
            main[0].setScene(new Scene(new StackPane(new Label("main")), 300, 200));
            main[0].setMinWidth(640);
            main[0].setMinHeight(420);
            main[0].setWidth(900);
            main[0].setHeight(640);
            main[0].show();
            main[0].setWidth(640); // the window manager's answer
            main[0].setHeight(420);
        });
        FxWait.until(5, () -> main[0].getWidth() == 900 && main[0].getHeight() == 640);
        robot.interact(() -> main[0].close());
    }

    @Test
    void aSizeTheApplicationSetsJustAfterShowingStays(FxRobot robot) throws Exception {
        Stage[] main = new Stage[1];
        robot.interact(() -> {
            AskedWindowSize.keepForEveryWindow();
            main[0] = new Stage();
            main[0].setScene(new Scene(new StackPane(new Label("main")), 1280, 800));
            main[0].setMinWidth(640);
            main[0].setMinHeight(420);
            main[0].show();
            main[0].setWidth(1000); // the place kept from last time, put back after showing
            main[0].setHeight(700);
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        FxWait.until(5, () -> main[0].getWidth() == 1000 && main[0].getHeight() == 700);
        robot.interact(() -> main[0].close());
    }

    @Test
    void aResizeByTheEditorAfterTheWindowSettledStays(FxRobot robot) throws Exception {
        Stage[] main = new Stage[1];
        robot.interact(() -> {
            AskedWindowSize.keepForEveryWindow();
            main[0] = new Stage();
            main[0].setScene(new Scene(new StackPane(new Label("main")), 900, 640));
            main[0].show();
        });
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS); // past the settling time
        robot.interact(() -> main[0].setWidth(700));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        FxWait.until(5, () -> main[0].getWidth() == 700);
        robot.interact(() -> main[0].close());
    }

    @Test
    void aDialogShrunkToItsButtonsGrowsToItsContentsAcrossItsOwner(FxRobot robot) throws Exception {
        Stage[] owner = new Stage[1];
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> {
            AskedWindowSize.keepForEveryWindow();
            owner[0] = new Stage();
            owner[0].setScene(new Scene(new StackPane(new Label("main")), 1000, 700));
            owner[0].setX(0);
            owner[0].setY(0);
            owner[0].show();
            Dialog<Void> sheet = new Dialog<>();
            sheet.initOwner(owner[0]);
            ScrollPane contents = new ScrollPane(new Label("keys"));
            contents.setPrefSize(520, 560);
            sheet.getDialogPane().setContent(contents);
            sheet.getDialogPane().getButtonTypes().add(ButtonType.OK);
            dialog[0] = sheet;
            sheet.show();
            Window window = sheet.getDialogPane().getScene().getWindow();
            window.setHeight(103); // shrunk to its buttons
            window.setX(0);
            window.setY(-20);
        });
        Window window = WaitForAsyncUtils.asyncFx(() -> dialog[0].getDialogPane().getScene().getWindow())
                .get(5, TimeUnit.SECONDS);
        FxWait.until(5, () -> window.getHeight() >= 560 && window.getY() >= 0);
        FxWait.until(5, () -> Math.abs(window.getX() + window.getWidth() / 2 - 500) < 2);
        robot.interact(() -> {
            dialog[0].close();
            owner[0].close();
        });
        assertThat(window.isShowing()).isFalse();
    }
}
