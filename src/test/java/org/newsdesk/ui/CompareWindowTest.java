package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.compare.CompareViewModel;
import org.newsdesk.ui.editor.TranscriptArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Story → Changes since last publish in the window, on a real H2 store: the Chinese edit marked
 * character by character, one paragraph put back into the editor and taken back with one undo,
 * and the whole published revision restored with the current text kept as a revision first.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    private Stage stage;
    private CountDownLatch closed;

    private static Metadata metadata(String editor) {
        return new Metadata("市長談地鐵新線", "", "", "", "北岸市政府網", List.of(), editor, null, Metadata.DEFAULT_ZONE,
                List.of(), List.of(), null, "", null);
    }

    /** Revision 1 published; since then one character of the answer changed and the last paragraph deleted. */
    private Story prepare() {
        try (Store store = TestStores.fresh(dataFolder)) {
            Story s = store.stories().create(metadata("馮編輯"), List.of(new Speaker("host", "主持人", "", "",
                    SpeakerRole.HOST), new Speaker("guest", "宋市長", "宋立群", "北岸市市長", SpeakerRole.GUEST)), List.of(
                    Paragraph.of("host", "地鐵三號線什麼時候通車？"),
                    Paragraph.of("guest", "我們計劃在明年五月開通首段。"),
                    Paragraph.of("guest", "全線預計後年建成。")));
            store.stories().saveRevision(s.id(), s.version(), "馮編輯");
            store.outbox().enqueue(s.id(), 1, "c".repeat(64), "portal", s.slug(), "市長談地鐵新線", "馮編輯");
            Story kept = store.stories().get(s.id());
            List<Paragraph> now = List.of(kept.paragraphs().get(0), new Paragraph(kept.paragraphs().get(1).id(), "guest",
                    List.of(Span.plain("我們計劃在明年六月開通首段。"))));
            store.stories().applyEdit(s.id(), kept.version(), TranscriptEdit.between(kept.paragraphs(), now));
            return store.stories().get(s.id());
        }
    }

    @Test
    void changesSinceLastPublishAreMarkedPerCharacterAndCanBePutBack(FxRobot robot) throws Exception {
        Story story = prepare();
        open(robot);
        openStory(robot, "市長談地鐵新線");

        fireMenu(robot, "menuChangesSincePublish");
        waitUntil(() -> robot.lookup("#compareLine-1").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<CompareViewModel.Version> older = robot.lookup("#compareOlder").queryAs(ComboBox.class);
        assertThat(older.getValue().revision()).isEqualTo(1);
        assertThat(older.getValue().text()).contains(ENGLISH.get("compare.published"));
        assertThat(marked(robot, "#compareOlder-0", "diff-deleted")).containsExactly("五");
        assertThat(marked(robot, "#compareNewer-0", "diff-inserted")).containsExactly("六");
        assertThat(text(robot, "#compareOlder-0")).isEqualTo("我們計劃在明年五月開通首段。");
        assertThat(text(robot, "#compareNewer-0")).isEqualTo("我們計劃在明年六月開通首段。");
        assertThat(text(robot, "#compareOlder-1")).isEqualTo("全線預計後年建成。");
        assertThat(text(robot, "#compareNewer-1")).isEmpty();

        Button restore = robot.lookup("#compareRestore-0").queryButton();
        robot.interact(restore::fire);
        waitUntil(() -> transcript(robot).contains("明年五月"));
        waitUntil(() -> robot.lookup("#compareLine-1").tryQuery().isEmpty());
        assertThat(FxWait.read(() -> robot.lookup("#compareMessage").queryAs(Label.class).getText()))
                .isEqualTo(ENGLISH.get("compare.restore.done", "¶2 · 宋市長"));

        fireMenu(robot, "menuUndo");
        waitUntil(() -> transcript(robot).contains("明年六月"));
        assertThat(transcript(robot)).doesNotContain("明年五月");

        robot.interact(() -> robot.lookup("#compareOlder").queryAs(ComboBox.class).getScene().getWindow().hide());
        fireMenu(robot, "menuRevisions");
        waitUntil(() -> robot.lookup("#compareLine-1").tryQuery().isPresent());
        Button whole = robot.lookup("#compareRestoreRevision").queryButton();
        // the confirmation waits for an answer: ask from a later pulse, not inside interact()
        javafx.application.Platform.runLater(whole::fire);
        waitUntil(() -> confirm(robot) != null);
        robot.interact(() -> confirm(robot).fire());
        waitUntil(() -> transcript(robot).contains("全線預計後年建成。") && transcript(robot).contains("明年五月"));
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.stories().revisions(story.id())).as("the text before the restore was kept as revision 2")
                    .hasSize(2);
            assertThat(store.stories().revision(story.id(), 2).paragraphs().get(1).text())
                    .isEqualTo("我們計劃在明年六月開通首段。");
            assertThat(store.stories().get(story.id()).paragraphs()).extracting(Paragraph::text)
                    .containsExactly("地鐵三號線什麼時候通車？", "我們計劃在明年五月開通首段。", "全線預計後年建成。");
        }
    }

    /** The characters of {@code flow} marked with {@code cls}, one entry per character node. */
    private static List<String> marked(FxRobot robot, String flow, String cls) {
        return robot.lookup(flow).queryAs(TextFlow.class).getChildren().stream()
                .filter(n -> n.getStyleClass().contains(cls)).map(CompareWindowTest::textOf).toList();
    }

    private static String text(FxRobot robot, String flow) {
        StringBuilder b = new StringBuilder();
        robot.lookup(flow).queryAs(TextFlow.class).getChildren().forEach(n -> b.append(textOf(n)));
        return b.toString();
    }

    private static String textOf(Node n) {
        return n instanceof Label l ? l.getText() : ((javafx.scene.text.Text) n).getText();
    }

    private static Button confirm(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(ENGLISH.get("compare.restoreRevision"))).findFirst().orElse(null);
    }

    private String transcript(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#transcript").queryAs(TranscriptArea.class).getText();
    }

    private void open(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            stage = new Stage();
            closed = new CountDownLatch(1);
            new NewsdeskApp().start(stage, dataFolder, ENGLISH, null, () -> closed.countDown());
        });
        waitUntil(() -> robot.from(stage.getScene().getRoot()).lookup("#storyList").tryQuery().isPresent());
    }

    private void close(FxRobot robot) throws InterruptedException {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed.await(30, TimeUnit.SECONDS)).as("window closed and store shut").isTrue();
    }

    private void openStory(FxRobot robot, String headline) throws TimeoutException {
        TableView<LibraryEntry> table = robot.from(stage.getScene().getRoot()).lookup("#storyList").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(e -> e.summary().headline().equals(headline)));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(e -> e.summary().headline().equals(headline)).findFirst().orElseThrow()));
        waitUntil(() -> transcript(robot).contains("地鐵三號線"));
    }

    private void fireMenu(FxRobot robot, String id) throws TimeoutException {
        MenuBar bar = robot.from(stage.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
        waitUntil(() -> !item.isDisable());
        robot.interact(item::fire);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
