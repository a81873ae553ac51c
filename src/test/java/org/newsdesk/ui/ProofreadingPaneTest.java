package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
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
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.editor.TranscriptArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Proofreading panel under the transcript: findings listed, fixed, fixed all at once and ignored. */
@ExtendWith(ApplicationExtension.class)
class ProofreadingPaneTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    private final AppWindow window = new AppWindow();

    @Test
    void findingsAreListedFixedAndIgnored(FxRobot robot) throws Exception {
        Story story;
        try (Store store = TestStores.fresh(dataFolder)) {
            story = store.stories().create(Metadata.withHeadline("區文化館館長談閱讀推廣"),
                    List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                            new Speaker("guest1", "鄭雅雯", "鄭雅雯", "館長", SpeakerRole.GUEST)),
                    List.of(Paragraph.of("host", "請問具體的措施有哪些？"),
                            Paragraph.of("guest1", "我們抽調精乾人員，打通服務的最後一公裡。"),
                            Paragraph.of("guest1", "這件事己經完成了，服務水平不斷提昇。"),
                            Paragraph.of("guest1", "好,謝謝。")));
            store.appState().put("ui.lastStory", story.id().toString());
        }
        window.open(robot, (stage, closed) -> new NewsdeskApp().start(stage, dataFolder, ENGLISH, null, closed));
        // findings do not open the panel: its header counts them, the transcript keeps the room
        waitUntil(() -> read(robot, () -> window.in(robot, "#proofSummary").queryLabeled().getText().contains("error")));
        assertThat(read(robot, () -> window.in(robot, "#proofFindings").tryQuery().isEmpty()
                && !window.in(robot, "#proofToggle").queryAs(ToggleButton.class).isSelected())).isTrue();
        // the Proofreading command (F8) opens it
        robot.interact(() -> window.in(robot, "#transcript").query().requestFocus());
        robot.push(KeyCode.F8);
        waitUntil(() -> read(robot, () -> window.in(robot, "#proofFindings").tryQuery().isPresent()));
        ListView<Finding> list = window.in(robot, "#proofFindings").queryListView();
        waitUntil(() -> count(robot, list, ProofCategory.CONVERSION) == 3);
        waitUntil(() -> !robot.lookup("#proofFixAll").queryButton().isDisabled());
        assertThat(count(robot, list, ProofCategory.TYPO)).isEqualTo(1);
        assertThat(count(robot, list, ProofCategory.PUNCTUATION)).isEqualTo(1);
        TranscriptArea area = window.in(robot, "#transcript").query();

        // fix one typo from the list
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(f -> f.category() == ProofCategory.TYPO).findFirst().orElseThrow()));
        robot.clickOn("#proofFix");
        waitUntil(() -> text(robot, area, 2).startsWith("這件事已經完成了") && count(robot, list, ProofCategory.TYPO) == 0);

        // every conversion error in one step, and one undo brings them all back
        robot.clickOn("#proofFixAll");
        waitUntil(() -> count(robot, list, ProofCategory.CONVERSION) == 0);
        // nothing left to fix in one step: the button says so
        waitUntil(() -> robot.lookup("#proofFixAll").queryButton().isDisabled());
        assertThat(text(robot, area, 1)).isEqualTo("我們抽調精幹人員，打通服務的最後一公里。");
        assertThat(text(robot, area, 2)).isEqualTo("這件事已經完成了，服務水平不斷提升。");
        robot.interact(area::undo);
        assertThat(text(robot, area, 1)).isEqualTo("我們抽調精乾人員，打通服務的最後一公裡。");
        assertThat(text(robot, area, 2)).isEqualTo("這件事已經完成了，服務水平不斷提昇。");
        waitUntil(() -> count(robot, list, ProofCategory.CONVERSION) == 3);
        robot.interact(area::redo);
        waitUntil(() -> count(robot, list, ProofCategory.CONVERSION) == 0);

        // the half-width comma ignored always in this story: gone, and written to the data folder
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(f -> f.category() == ProofCategory.PUNCTUATION).findFirst().orElseThrow()));
        robot.clickOn("#proofIgnoreStory");
        Path ignored = dataFolder.resolve("proofreading").resolve("ignored-" + story.id() + ".txt");
        FxWait.untilOutside(20, () -> Files.isRegularFile(ignored));
        waitUntil(() -> count(robot, list, ProofCategory.PUNCTUATION) == 0);
        assertThat(Files.readString(ignored)).contains("punct.halfwidth|,");
        window.close(robot);

        // left open, it opens again at the next start
        AppWindow again = new AppWindow();
        again.open(robot, (stage, closed) -> new NewsdeskApp().start(stage, dataFolder, ENGLISH, null, closed));
        waitUntil(() -> read(robot, () -> again.in(robot, "#proofToggle").queryAs(ToggleButton.class).isSelected()
                && again.in(robot, "#proofBody").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)));
        again.close(robot);
    }

    private static <T> T read(FxRobot robot, java.util.concurrent.Callable<T> question) {
        AtomicReference<T> answer = new AtomicReference<>();
        robot.interact(() -> {
            try {
                answer.set(question.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return answer.get();
    }

    private static long count(FxRobot robot, ListView<Finding> list, ProofCategory category) {
        AtomicReference<Long> n = new AtomicReference<>();
        robot.interact(() -> n.set(list.getItems().stream().filter(f -> f.category() == category).count()));
        return n.get();
    }

    private static String text(FxRobot robot, TranscriptArea area, int paragraph) {
        AtomicReference<String> t = new AtomicReference<>();
        robot.interact(() -> t.set(area.getParagraph(paragraph).getText()));
        return t.get();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxWait.until(60, condition::getAsBoolean);
    }
}
