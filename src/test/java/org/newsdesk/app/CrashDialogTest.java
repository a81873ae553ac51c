package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An uncaught exception saves the typed text, writes a report and shows where it is. */
@ExtendWith(ApplicationExtension.class)
class CrashDialogTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    private Stage stage;
    private final List<Boolean> savedOnFxThread = new CopyOnWriteArrayList<>();
    private final AtomicInteger quits = new AtomicInteger();

    @Start
    void start(Stage window) {
        stage = window;
        TextField editor = new TextField("typed");
        editor.setId("editorStandIn");
        window.setScene(new Scene(new StackPane(editor), 400, 300));
        window.show();
    }

    private CrashHandler handler() {
        return new CrashHandler(dataFolder, () -> savedOnFxThread.add(Platform.isFxApplicationThread()),
                Platform::runLater,
                (report, closed) -> CrashDialog.show(stage, ENGLISH, report, quits::incrementAndGet, closed),
                Clock.systemUTC());
    }

    @Test
    void aCrashOnAWorkerSavesFirstThenShowsTheReportWhichCanBeCopied(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("李主任的回答");
        }, "export-worker");
        worker.setUncaughtExceptionHandler(handler());
        worker.start();
        worker.join();

        waitUntil(() -> shown(robot, "#crashCopy")
                && !robot.lookup("#crashReportPath").queryAs(TextField.class).getText().isEmpty());
        assertThat(savedOnFxThread).containsExactly(true);
        Path report = Path.of(robot.lookup("#crashReportPath").queryAs(TextField.class).getText());
        assertThat(report).hasParent(dataFolder.resolve("crash"));
        String text = Files.readString(report);
        assertThat(text).contains("Thread: export-worker").contains("java.lang.IllegalStateException")
                .doesNotContain("李主任");

        robot.interact(() -> robot.lookup("#crashCopy").queryButton().fire());
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(text);

        robot.interact(() -> button(robot, ENGLISH.get("crash.continue")).fire());
        waitUntil(() -> robot.lookup("#crashDialog").tryQuery().isEmpty());
        assertThat(quits).hasValue(0);
        robot.clickOn(robot.from(stage.getScene().getRoot()).lookup("#editorStandIn").queryAs(TextField.class))
                .write(" more");
        assertThat(robot.lookup("#editorStandIn").queryAs(TextField.class).getText()).isEqualTo("typed more");
    }

    @Test
    void aCrashOnTheFxThreadWhileTheDialogIsOpenOnlyAddsAReport(FxRobot robot) throws Exception {
        CrashHandler handler = handler();
        robot.interact(() -> handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException()));
        waitUntil(() -> shown(robot, "#crashCopy"));
        robot.interact(() -> handler.uncaughtException(Thread.currentThread(), new ArithmeticException()));
        waitUntil(() -> reports() == 2 && savedOnFxThread.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#crashDialog").queryAll()).hasSize(1);

        robot.interact(() -> button(robot, ENGLISH.get("crash.quit")).fire());
        waitUntil(() -> quits.get() == 1);
        assertThat(savedOnFxThread).containsOnly(true);
    }

    private long reports() throws Exception {
        Path folder = dataFolder.resolve("crash");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".button").match((Button b) -> text.equals(b.getText())).queryButton();
    }

    /** In a dialog window that is showing. */
    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing()
                        && n.getScene().getWindow().getWidth() > 0)
                .isPresent();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
