package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.main.FirstRun;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The first-steps card shows above the transcript of a new library's first start, and once closed never again. */
@ExtendWith(ApplicationExtension.class)
class FirstStepsCardTest {

    @TempDir
    Path dataFolder;
    private final AppWindow window = new AppWindow();

    @Test
    void theCardShowsOnTheFirstStartAndStaysClosedOnceClosed(FxRobot robot) throws Exception {
        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(FirstRun.sampleOnFirstStart(store)).isPresent();
        }
        Messages chinese = Messages.forTag("zh-CN");
        open(robot, chinese);
        waitUntil(() -> window.in(robot, "#firstStepsCard").query().isVisible());
        List<String> keys = List.of(window.in(robot, "#firstStepsKeys").queryAs(Label.class).getText().split(" · "));
        assertThat(keys).hasSize(5).anySatisfy(k -> assertThat(k).startsWith("Ctrl+1…9 "))
                .anySatisfy(k -> assertThat(k).startsWith("Ctrl+Enter ")).anySatisfy(k -> assertThat(k).startsWith("Ctrl+S "))
                .anySatisfy(k -> assertThat(k).startsWith("F7 ")).anySatisfy(k -> assertThat(k).startsWith("Ctrl+/ "));
        assertThat(String.join(" · ", keys)).isEqualTo(chinese.get("firstSteps.keys"));
        // compact: a few lines of text above the transcript, not a quarter of the column; every key
        // shown whole (wrapped, not cut with an ellipsis) at the default window size
        waitUntil(() -> {
            Node shown = window.in(robot, "#firstStepsCard").query();
            Label intro = window.in(robot, "#firstStepsIntro").queryAs(Label.class);
            Label keyLine = window.in(robot, "#firstStepsKeys").queryAs(Label.class);
            double column = ((javafx.scene.layout.Region) shown.getParent()).getHeight();
            double height = shown.getBoundsInParent().getHeight();
            Node keyText = keyLine.lookup(".text");
            return column > 0 && height <= intro.getHeight() + keyLine.getHeight() + 16 && height < column / 6
                    && keyText instanceof javafx.scene.text.Text t && t.getText().equals(keyLine.getText());
        });
        // the sample open in the editor, as on a launched first start
        TableView<LibraryEntry> firstLibrary = window.in(robot, "#storyList").queryTableView();
        waitUntil(() -> firstLibrary.getItems().size() == 1);
        robot.interact(() -> firstLibrary.getSelectionModel().select(0));
        waitUntil(() -> "区委副书记王晓东谈社区养老服务".equals(window.in(robot, "#headlineField").queryTextInputControl().getText()));
        Button close = window.in(robot, "#firstStepsClose").queryButton();
        assertThat(close.getAccessibleText()).isEqualTo(chinese.get("firstSteps.close.accessible")).isNotBlank();
        robot.interact(close::fire);
        waitUntil(() -> !window.in(robot, "#firstStepsCard").query().isVisible()
                && !window.in(robot, "#firstStepsCard").query().isManaged());
        // the keyboard goes back to the transcript, not to whatever control came next
        waitUntil(() -> close.getScene().getFocusOwner() instanceof org.newsdesk.ui.editor.TranscriptArea);
        window.close(robot);
        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.appState().get("ui.firstStepsOpen")).isEqualTo(Optional.of("false"));
            assertThat(FirstRun.sampleOnFirstStart(store)).as("the first start is over").isEmpty();
        }

        open(robot, new Messages(Locale.ENGLISH));
        TableView<LibraryEntry> library = window.in(robot, "#storyList").queryTableView();
        waitUntil(() -> library.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        Node card = window.in(robot, "#firstStepsCard").query();
        assertThat(card.isVisible()).as("closed for good").isFalse();
        window.close(robot);
    }

    @Test
    void aLibraryThatDidNotStartWithTheSampleHasNoCard(FxRobot robot) throws Exception {
        open(robot, new Messages(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.in(robot, "#firstStepsCard").query().isVisible()).isFalse();
        window.close(robot);
    }

    private void open(FxRobot robot, Messages language) throws TimeoutException {
        window.open(robot, (stage, closed) -> new NewsdeskApp().start(stage, dataFolder, language, null, closed));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
