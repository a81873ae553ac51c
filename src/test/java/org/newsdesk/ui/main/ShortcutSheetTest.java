package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.FxWait;
import org.newsdesk.ui.media.KeyMap;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A window manager that shrinks a new window to its minimum (openbox did so to the sheet, leaving only
 * its button) cannot make the shortcut sheet unusable: the sheet's window has a minimum of its own, which
 * the window manager is told (the shrinking itself needs a real window manager; seen under openbox).
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutSheetTest {

    @Test
    void theSheetCannotBeShrunkBelowAReadableSize(FxRobot robot) throws Exception {
        Stage[] owner = new Stage[1];
        robot.interact(() -> {
            owner[0] = new Stage();
            owner[0].setScene(new Scene(new StackPane(), 800, 600));
            owner[0].show();
            ShortcutSheet.show(owner[0], new Messages(Locale.SIMPLIFIED_CHINESE), Map.of(), KeyMap.defaults());
        });
        FxWait.until(5, () -> sheet() != null);
        robot.interact(() -> {
            Stage sheet = sheet();
            assertThat(sheet.getMinWidth()).isGreaterThanOrEqualTo(ShortcutSheet.MIN_WIDTH);
            assertThat(sheet.getMinHeight()).isGreaterThanOrEqualTo(ShortcutSheet.MIN_HEIGHT);
            sheet.close();
            owner[0].close();
        });
    }

    private static Stage sheet() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null && s.isShowing())
                .map(Stage.class::cast).findFirst().orElse(null);
    }
}
