package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.export.script.ConversionLists;
import org.newsdesk.export.script.Script;
import org.newsdesk.export.script.ScriptConverter;
import org.newsdesk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A newsroom fixes a conversion in the app, and exports use the fix from then on. */
@ExtendWith(ApplicationExtension.class)
class OverridesDialogTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    private CountDownLatch closed;

    @Test
    void anEditedPhraseIsCheckedTriedAndSavedForExports(FxRobot robot) throws Exception {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            new NewsdeskApp().start(stage[0], dataFolder, ENGLISH, null, () -> closed.countDown());
        });
        waitUntil(() -> robot.lookup("#storyList").tryQuery().isPresent()
                && robot.lookup("#notice").queryAs(Label.class).getText().isEmpty());
        robot.clickOn(ENGLISH.get("menu.file")).clickOn(ENGLISH.get("menu.file.overrides"));
        waitUntil(() -> robot.lookup("#overridesText").tryQuery().isPresent());

        TextArea text = robot.lookup("#overridesText").queryAs(TextArea.class);
        robot.interact(() -> text.setText("钟表\t鐘錶\n这行没有制表符\n"));
        assertThat(robot.lookup("#overridesProblems").queryAs(Label.class).getText()).contains("line 2");
        assertThat(robot.lookup("#overridesSave").query().isDisabled()).isTrue();

        robot.interact(() -> text.setText("钟表\t鐘錶\n"));
        assertThat(robot.lookup("#overridesSave").query().isDisabled()).isFalse();
        robot.clickOn("#overridesSample").write("修理钟表");
        robot.clickOn("#overridesTry");
        waitUntil(() -> robot.lookup("#overridesResult").queryAs(Label.class).getText().equals("修理鐘錶"));

        robot.clickOn("#overridesSave");
        waitUntil(() -> robot.lookup("#overridesDialog").tryQuery().isEmpty());
        assertThat(new ScriptConverter(ConversionLists.forDataFolder(dataFolder)).convert("修理钟表", Script.HANT))
                .isEqualTo("修理鐘錶");

        closed = new CountDownLatch(1);
        robot.interact(() -> stage[0].fireEvent(new WindowEvent(stage[0], WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed.await(30, TimeUnit.SECONDS)).isTrue();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
