package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Story;
import org.newsdesk.model.StorySummary;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.editor.TranscriptArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The main window as an editor uses it: new story, type Chinese, close, reopen, find it again. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;

    @Test
    void typedTextAndMetadataSurviveClosingAndReopening(FxRobot robot) throws Exception {
        Stage first = openWindow(robot);
        Typing.chord(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> !area(robot).isDisabled());

        robot.clickOn("#transcript");
        Typing.write(robot, "主持人您好，请介绍一下情况。");
        robot.type(KeyCode.ENTER);
        Typing.write(robot, "第二段：创新创业。");
        robot.clickOn("#headlineField");
        Typing.write(robot, "市科委副主任做客政务网(3)");
        // the editor field may be scrolled out of the metadata pane's view: focus it as Tab would
        TextField editorField = inWindow(robot, "#editorField").queryAs(TextField.class);
        robot.interact(editorField::requestFocus);
        waitUntil(editorField::isFocused);
        Typing.write(robot, "張令沛");
        waitUntil(() -> ENGLISH.get("status.saved").equals(label(robot, "#saveState").getText())
                && storyListShows(robot, "市科委副主任做客政务网(3)"));

        close(robot, first);

        try (Store store = TestStores.fresh(dataFolder)) {
            StorySummary only = store.stories().list(false).get(0);
            Story saved = store.stories().get(only.id());
            assertThat(saved.paragraphs()).extracting(p -> p.text())
                    .containsExactly("主持人您好，请介绍一下情况。", "第二段：创新创业。");
            assertThat(saved.metadata().editor()).isEqualTo("張令沛");
        }

        Stage second = openWindow(robot);
        // text, caret and metadata fields are filled one after another on the FX thread: wait for all
        waitUntil(() -> area(robot).getText().contains("第二段：创新创业。")
                && area(robot).getCaretPosition() == area(robot).getLength()
                && !inWindow(robot, "#headlineField").queryAs(TextField.class).getText().isEmpty());
        assertThat(area(robot).getText()).isEqualTo("主持人您好，请介绍一下情况。\n第二段：创新创业。");
        assertThat(area(robot).getCaretPosition()).isEqualTo(area(robot).getLength());
        assertThat(inWindow(robot, "#headlineField").queryAs(TextField.class).getText()).isEqualTo("市科委副主任做客政务网(3)");
        waitUntil(() -> label(robot, "#charCount").getText().startsWith("23 "));
        close(robot, second);
    }

    private Stage current;

    /** Lookups stay inside the window under test: the closed first window may linger. */
    private org.testfx.service.query.NodeQuery inWindow(FxRobot robot, String query) {
        return robot.from(current.getScene().getRoot()).lookup(query);
    }

    private Stage openWindow(FxRobot robot) throws TimeoutException {
        AtomicReference<Stage> stage = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            new NewsdeskApp().start(s, dataFolder, ENGLISH, null, () -> closed.countDown());
            stage.set(s);
            current = s;
        });
        waitUntil(() -> inWindow(robot, "#storyList").tryQuery().isPresent()
                && label(robot, "#notice").getText().isEmpty());
        return stage.get();
    }

    private CountDownLatch closed;

    private void close(FxRobot robot, Stage stage) throws InterruptedException {
        closed = new CountDownLatch(1);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed.await(30, TimeUnit.SECONDS)).as("window closed and store shut").isTrue();
    }

    private boolean storyListShows(FxRobot robot, String headline) {
        TableView<LibraryEntry> list = inWindow(robot, "#storyList").queryTableView();
        return list.getItems().stream().anyMatch(s -> s.summary().headline().equals(headline));
    }

    private TranscriptArea area(FxRobot robot) {
        return inWindow(robot, "#transcript").queryAs(TranscriptArea.class);
    }

    private Label label(FxRobot robot, String id) {
        return inWindow(robot, id).queryAs(Label.class);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
