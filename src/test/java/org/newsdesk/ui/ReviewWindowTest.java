package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.export.LabelStyle;
import org.newsdesk.export.review.ReviewFixtures;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.editor.TranscriptArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * File → Import review… in the window, on a real H2 store: a .docx exported from revision 1 and
 * edited with a tracked change comes back as one suggestion with its author; accepting it changes
 * the transcript as one undo step, and the next kept revision says the guest's office reviewed it.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    @TempDir
    Path outside;
    private Stage stage;
    private NewsdeskApp app;
    private CountDownLatch closed;

    /** Revision 1 of a short interview, exported to .docx and edited by the guest's office with tracked changes. */
    private Story prepareReviewedDocument(Path file) throws Exception {
        try (Store store = TestStores.fresh(dataFolder)) {
            Story s = store.stories().create(new Metadata("区长谈旧城改造", "", "", "", "本网", List.of(), "何编辑", null,
                    Metadata.DEFAULT_ZONE, List.of(), List.of(), null, "", null),
                    List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                            new Speaker("guest", "林区长", "林海", "东城区区长", SpeakerRole.GUEST)),
                    List.of(Paragraph.of("host", "旧城改造进展如何？"),
                            Paragraph.of("guest", "今年已经完成十二个小区的改造。"),
                            Paragraph.of("guest", "明年还将启动八个小区。")));
            store.stories().saveRevision(s.id(), s.version(), "何编辑");
            byte[] docx = ReviewFixtures.exporter().bytes(store.stories().revision(s.id(), 1), LabelStyle.FULLWIDTH);
            Files.write(file, ReviewFixtures.edited(docx, doc -> ReviewFixtures.trackedReplace(
                    ReviewFixtures.paragraph(doc, "十二个"), "今年已经完成十五个小区的改造。", "区政府办公室")));
            return s;
        }
    }

    @Test
    void aTrackedChangeIsShownWithItsAuthorAndAcceptedAsOneUndoStep(FxRobot robot) throws Exception {
        Path file = outside.resolve("returned.docx");
        Story story = prepareReviewedDocument(file);
        open(robot);
        openStory(robot, "区长谈旧城改造");

        robot.interact(() -> app.view().importReview(file));
        waitUntil(() -> robot.lookup("#reviewLines .compare-line").tryQuery().isPresent()
                || !robot.lookup("#reviewError").queryAs(Label.class).getText().isEmpty());
        assertThat(FxWait.read(() -> robot.lookup("#reviewError").queryAs(Label.class).getText())).isEmpty();
        assertThat(FxWait.read(() -> robot.lookup("#reviewLines .compare-line").queryAll().stream()
                .map(javafx.scene.Node::getId).toList())).containsExactly("reviewLine-1");
        assertThat(FxWait.read(() -> robot.lookup("#reviewLine-1 .compare-title").queryAs(Label.class).getText()))
                .isEqualTo("#1 " + ENGLISH.get("review.kind.change") + " · tracked change by 区政府办公室");
        assertThat(FxWait.read(() -> robot.lookup("#reviewAccept-1").queryButton().getAccessibleText()))
                .isEqualTo("Accept suggestion 1");
        assertThat(FxWait.read(() -> robot.lookup("#reviewBefore-1 .diff-deleted").queryAllAs(Label.class)
                .stream().map(Label::getText).toList())).containsExactly("二");
        assertThat(transcript(robot)).contains("十二个小区").as("nothing applied before accepting");

        Button accept = FxWait.read(() -> robot.lookup("#reviewAccept-1").queryButton());
        robot.interact(accept::fire);
        waitUntil(() -> transcript(robot).contains("十五个小区"));
        waitUntil(() -> robot.lookup("#reviewMessage").queryAs(Label.class).getText()
                .equals(ENGLISH.get("reviewui.accepted", 1)));
        waitUntil(() -> robot.lookup("#reviewNone").tryQuery().isPresent());
        assertThat(transcript(robot)).contains("旧城改造进展如何？").contains("明年还将启动八个小区。");

        robot.interact(() -> robot.lookup("#reviewClose").queryButton().fire());
        fireMenu(robot, "menuUndo");
        waitUntil(() -> transcript(robot).contains("十二个小区"));
        fireMenu(robot, "menuRedo");
        waitUntil(() -> transcript(robot).contains("十五个小区"));
        fireMenu(robot, "menuSaveRevision");
        waitUntil(() -> robot.from(stage.getScene().getRoot()).lookup("#notice").queryAs(Label.class).getText()
                .equals(ENGLISH.get("notice.revisionSaved", 2)));
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            var revisions = store.stories().revisions(story.id());
            assertThat(revisions).hasSize(2);
            assertThat(revisions.get(0).savedBy()).endsWith("(reviewed by the guest's office)");
            assertThat(store.stories().revision(story.id(), 2).paragraphs().get(1).text())
                    .isEqualTo("今年已经完成十五个小区的改造。");
        }
    }

    @Test
    void fileExportWritesTheWordDocumentOffTheFxThreadAndSaysWhere(FxRobot robot) throws Exception {
        prepareReviewedDocument(outside.resolve("unused.docx"));
        open(robot);
        openStory(robot, "区长谈旧城改造");
        // the dialog waits for an answer: open it from a later pulse, not inside interact()
        MenuItem export = menuItem(robot, "menuExport");
        waitUntil(() -> !export.isDisable());
        javafx.application.Platform.runLater(export::fire);
        waitUntil(() -> robot.lookup("#exportFormat").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#exportFormat").queryAs(javafx.scene.control.ChoiceBox.class).getSelectionModel().selectLast();
            robot.lookup("#exportFolder").queryAs(javafx.scene.control.TextField.class).setText(outside.toString());
        });
        assertThat(FxWait.read(() -> robot.lookup("#exportZip").query().isDisabled())).isTrue();
        robot.interact(() -> robot.lookup("#exportRun").queryButton().fire());
        waitUntil(() -> robot.from(stage.getScene().getRoot()).lookup("#notice").queryAs(Label.class).getText()
                .startsWith(ENGLISH.get("reviewui.exported", "")));
        try (var files = Files.list(outside)) {
            Path docx = files.filter(f -> f.getFileName().toString().endsWith("-r1.docx")).findFirst().orElseThrow();
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
                assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).contains("十二个小区"));
            }
        }
        close(robot);
    }

    @Test
    void aReviewCopyHandedToTheWindowIsOfferedToTheReviewOfItsStory(FxRobot robot) throws Exception {
        // as `newsdesk returned.docx` or a drop on the window does, with no story open
        Path file = outside.resolve("returned.docx");
        prepareReviewedDocument(file);
        open(robot);

        robot.interact(() -> app.view().importPaths(List.of(file)));
        waitUntil(() -> robot.lookup("#openReviewCopyDialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane offer = FxWait.read(() -> robot.lookup("#openReviewCopyDialog")
                .queryAs(javafx.scene.control.DialogPane.class));
        assertThat(FxWait.read(offer::getContentText)).contains("returned.docx", "区长谈旧城改造", "revision 1");
        Button show = FxWait.read(() -> offer.getButtonTypes().stream().map(t -> (Button) offer.lookupButton(t))
                .filter(b -> b.getText().equals(ENGLISH.get("ux20.open.review"))).findFirst().orElseThrow());
        robot.interact(show::fire);

        // the story opens and the review pane lists the tracked change; nothing is imported
        waitUntil(() -> transcript(robot).contains("旧城改造"));
        waitUntil(() -> robot.lookup("#reviewLine-1").tryQuery().isPresent());
        assertThat(FxWait.read(() -> robot.lookup("#reviewLines .compare-line").queryAll().size())).isEqualTo(1);
        assertThat(FxWait.read(() -> robot.from(stage.getScene().getRoot()).lookup("#storyList").queryTableView()
                .getItems().size())).isEqualTo(1);
        close(robot);
    }

    private String transcript(FxRobot robot) {
        return FxWait.read(() -> robot.from(stage.getScene().getRoot()).lookup("#transcript")
                .queryAs(TranscriptArea.class).getText());
    }

    private void open(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            stage = new Stage();
            closed = new CountDownLatch(1);
            app = new NewsdeskApp();
            app.start(stage, dataFolder, ENGLISH, null, () -> closed.countDown());
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
        waitUntil(() -> transcript(robot).contains("旧城改造"));
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.from(stage.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private void fireMenu(FxRobot robot, String id) throws TimeoutException {
        MenuItem item = menuItem(robot, id);
        waitUntil(() -> !item.isDisable());
        robot.interact(item::fire);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
