package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window closed while its data folder is still opening: the folder is closed once it has
 * opened, then the window hides and the application ends (no store left open behind a hidden window).
 */
@ExtendWith(ApplicationExtension.class)
class CloseWhileOpeningWindowTest {

    @TempDir
    Path dataFolder;

    @Test
    void theFolderOpenedAfterTheWindowClosedIsClosedAndNothingIsBuiltOverIt(FxRobot robot) throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        NewsdeskApp app = new NewsdeskApp();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            app.start(stage[0], dataFolder, new Messages(Locale.ENGLISH), null, closed::countDown);
            // at once: the store opens on a background thread and cannot be open yet
            stage[0].fireEvent(new WindowEvent(stage[0], WindowEvent.WINDOW_CLOSE_REQUEST));
        });

        assertThat(closed.await(60, TimeUnit.SECONDS)).as("the application ends once the folder is closed").isTrue();
        assertThat(FxWait.read(() -> stage[0].isShowing())).isFalse();
        assertThat(FxWait.read(app::view)).as("no window was built over the folder").isNull();
        // the store's lock was let go: it opens again
        try (Store store = Store.open(dataFolder)) {
            assertThat(store.folder()).isEqualTo(dataFolder);
        }
    }
}
