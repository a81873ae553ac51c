package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.ScriptMode;
import org.newsdesk.export.review.ReviewFixtures;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.ui.print.PrintPreviewWindow;
import org.newsdesk.ui.print.PrintViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The print preview's sheet while the page is being prepared: a spinning indicator and
 * "Preparing the page…" in the window's language instead of a white sheet (from the window's first
 * frame: the browser engine is built after it); when the page cannot
 * be prepared, the reason in place of the indicator. The page is held back (then refused) by a
 * stand-in for the page writer, so the state is seen for as long as the test needs.
 */
@ExtendWith(ApplicationExtension.class)
class PrintRenderingStateTest {

    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path folder;
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#printPreview") != null).toList().forEach(Window::hide));
        tasks.close();
    }

    @Test
    void theSheetSaysThePageIsBeingPreparedAndThenWhyItCouldNotBe(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        PrintViewModel viewModel = new PrintViewModel(tasks, CHINESE, ReviewFixtures.interview(), ScriptMode.AS_IS,
                () -> {
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("the page writer failed");
                }, () -> folder, List::of);
        boolean[] browserBeforeFirstPulse = new boolean[1];
        robot.interact(() -> {
            PrintPreviewWindow.open(viewModel, CHINESE, null);
            browserBeforeFirstPulse[0] = robot.lookup("#printWeb").tryQuery().isPresent();
        });
        // the window's first frame has only the message: the browser engine (seconds the first time) comes after it
        assertThat(browserBeforeFirstPulse[0]).isFalse();
        FxWait.until(30, () -> robot.lookup("#printWeb").tryQuery().isPresent());
        FxWait.until(30, () -> robot.lookup("#printRendering").tryQuery().isPresent());
        FxWait.until(30, () -> robot.lookup("#printRendering").query().isVisible()
                && robot.lookup("#printRenderingIndicator").query().isVisible()
                && CHINESE.get("print.rendering").equals(text(robot)));
        assertThat(CHINESE.get("print.rendering")).doesNotContainPattern("[A-Za-z]");

        release.countDown();
        FxWait.until(30, () -> CHINESE.get("print.renderFailed").equals(text(robot)));
        assertThat(FxWait.read(() -> robot.lookup("#printRendering").query().isVisible())).isTrue();
        assertThat(FxWait.read(() -> robot.lookup("#printRenderingIndicator").query().isVisible())).isFalse();
        Node sheet = FxWait.read(() -> robot.lookup("#printSheet").query());
        assertThat(FxWait.read(() -> robot.lookup("#printRenderingText").query().localToScene(0, 0).getY()))
                .as("the message sits on the sheet").isGreaterThan(FxWait.read(() -> sheet.localToScene(0, 0).getY()));
    }

    private static String text(FxRobot robot) {
        return robot.lookup("#printRenderingText").queryAs(Label.class).getText();
    }
}
