package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.ui.publishing.DeliveryNotifications;
import org.newsdesk.ui.publishing.SyncViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A delivery notification under the AtlantaFX theme: ControlsFX's popup stylesheet resolves
 * against our colours (no ClassCastException from the CSS engine) and the popup gets a background.
 */
@ExtendWith(ApplicationExtension.class)
class DeliveryNotificationStyleTest {

    private final Logger css = Logger.getLogger("javafx.css");
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(String.valueOf(record.getMessage()) + " " + (record.getThrown() == null ? ""
                    : record.getThrown().toString()) + " " + java.util.Arrays.toString(record.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Stage stage;

    @AfterEach
    void tidy(FxRobot robot) {
        css.removeHandler(catcher);
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof PopupWindow p) {
                    p.hide();
                }
            }
            if (stage != null) {
                stage.close();
            }
        });
    }

    @Test
    void aNotificationUnderTheAtlantaThemeRaisesNoCssWarningAndHasABackground(FxRobot robot) throws Exception {
        css.addHandler(catcher);
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stage = new Stage();
            Scene scene = new Scene(new StackPane(), 800, 600);
            scene.getStylesheets().add(getClass().getResource("/org/newsdesk/ui/newsdesk.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            DeliveryNotifications.show(new SyncViewModel.Notice("已送达", "“市科委副主任做客政务网”已送达 portal。", false),
                    stage);
        });
        FxWait.until(60, () -> pane(robot) != null);
        WaitForAsyncUtils.waitForFxEvents();

        Region pane = pane(robot);
        assertThat(warnings).as("CSS warnings while the notification showed").noneMatch(w -> w.contains("ClassCastException"));
        assertThat(pane.getBackground()).isNotNull();
        assertThat(pane.getBackground().getFills()).hasSize(3);
    }

    /** The notification's panel, once its popup shows and has been styled. */
    private static Region pane(FxRobot robot) {
        for (Window w : Window.getWindows()) {
            if (w instanceof PopupWindow && w.isShowing() && w.getScene() != null) {
                for (Node n : robot.from(w.getScene().getRoot()).lookup(".notification-bar > .pane").queryAll()) {
                    if (n instanceof Region r && r.getBackground() != null) {
                        return r;
                    }
                }
            }
        }
        return null;
    }
}
