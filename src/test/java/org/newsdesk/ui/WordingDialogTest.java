package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.proof.Finding;
import org.newsdesk.proof.ProofCategory;
import org.newsdesk.proof.WordingList;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The wording list edited from the Proofreading panel: bad lines named, a sample tried, Apply saves and checks again. */
@ExtendWith(ApplicationExtension.class)
class WordingDialogTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    private final AppWindow window = new AppWindow();

    @Test
    void editedTriedAppliedAndTheOpenStoryCheckedAgain(FxRobot robot) throws Exception {
        try (Store store = TestStores.fresh(dataFolder)) {
            Story story = store.stories().create(Metadata.withHeadline("街道办开展垃圾分类宣传"),
                    List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST)),
                    List.of(Paragraph.of("host", "请介绍一下宣传活动的样稿。")));
            store.appState().put("ui.lastStory", story.id().toString());
        }
        window.open(robot, (stage, closed) -> new NewsdeskApp().start(stage, dataFolder, ENGLISH, null, closed));
        // the panel starts folded: open it
        robot.interact(() -> window.in(robot, "#proofToggle").queryAs(javafx.scene.control.ToggleButton.class).fire());
        ListView<Finding> list = window.in(robot, "#proofFindings").queryListView();
        waitUntil(() -> read(robot, () -> window.in(robot, "#proofSummary").queryLabeled().getText().length() > 0));
        assertThat(read(robot, () -> list.getItems().stream().noneMatch(f -> f.category() == ProofCategory.WORDING))).isTrue();

        robot.interact(() -> window.in(robot, "#proofWording").queryButton().fire());
        waitUntil(() -> robot.lookup("#wordingText").tryQuery().isPresent());
        TextArea text = robot.lookup("#wordingText").query();
        Button apply = robot.lookup("#wordingApply").queryButton();

        // a bad line is named as typed and Apply waits
        robot.interact(() -> text.setText("prefer\t样稿"));
        assertThat(read(robot, () -> robot.lookup("#wordingProblems").queryAs(Label.class).getText())).contains("Line 1");
        assertThat(read(robot, apply::isDisabled)).isTrue();

        // a good list: tried on a sample before it is saved
        robot.interact(() -> text.setText("# ours\nban\t样稿\t\tinternal"));
        assertThat(read(robot, apply::isDisabled)).isFalse();
        robot.interact(() -> {
            robot.lookup("#wordingSample").queryAs(TextArea.class).setText("这是样稿。");
            robot.lookup("#wordingTry").queryButton().fire();
        });
        waitUntil(() -> read(robot, () -> robot.lookup("#wordingResult").queryAs(Label.class).getText()).contains("样稿"));
        assertThat(Files.exists(WordingList.file(dataFolder))).isFalse();

        // Apply: written to the data folder, and the open story is checked again with it
        robot.interact(apply::fire);
        waitUntil(() -> read(robot, () -> list.getItems().stream().anyMatch(f -> f.category() == ProofCategory.WORDING
                && f.found().equals("样稿"))));
        assertThat(Files.readString(WordingList.file(dataFolder))).contains("ban\t样稿\t\tinternal");
        assertThat(read(robot, () -> Window.getWindows().stream().noneMatch(w -> w.getScene() != null
                && w.getScene().lookup("#wordingDialog") != null))).isTrue();
        window.close(robot);
    }

    private static <T> T read(FxRobot robot, Supplier<T> what) {
        AtomicReference<T> out = new AtomicReference<>();
        robot.interact(() -> out.set(what.get()));
        return out.get();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxWait.until(60, condition::getAsBoolean);
    }
}
