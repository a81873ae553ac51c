package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.importer.ImportErrorText;
import org.newsdesk.importer.ImportException;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.editor.TranscriptArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** File → Import as an editor goes through it: see what was detected, then create the story. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    private Stage stage;
    private CountDownLatch closed;

    @Test
    @Tag(TestRequirements.SEED)
    void thePortalPageIsPreviewedAndBecomesAStructuredStory(FxRobot robot) throws Exception {
        open(robot, TestRequirements.seedPage());
        waitUntil(() -> robot.lookup("#importCreate").tryQuery().map(n -> !n.isDisabled()).orElse(false)
                && robot.lookup("#importField-headline").tryQuery().isPresent()
                && robot.lookup("#importRoster").queryTableView().getItems().size() == 2);

        assertThat(text(robot, "#importField-headline")).isEqualTo("市科委副主任李寶純做客天津政務網(3)");
        assertThat(text(robot, "#importField-editor")).isEqualTo("張令沛");
        TableView<Speaker> roster = robot.lookup("#importRoster").queryTableView();
        assertThat(roster.getItems()).extracting(Speaker::label).containsExactly("主持人", "李寶純");
        assertThat(roster.getColumns().get(2).getCellData(0)).isEqualTo("1");
        assertThat(roster.getColumns().get(2).getCellData(1)).isEqualTo("5");

        robot.clickOn("#importCreate");
        // the gutter's labels are placed by layout passes after the text: wait until they read right
        java.util.List<String> expected = java.util.List.of("主持人", "李寶純", "┆");
        try {
            waitUntil(() -> area(robot).getParagraphs().size() == 6 && gutter(robot).size() >= 3
                    && gutter(robot).subList(0, 3).equals(expected));
        } catch (TimeoutException e) {
            assertThat(gutter(robot)).startsWith("主持人", "李寶純", "┆");
        }
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            Story story = store.stories().get(store.stories().list(false).get(0).id());
            assertThat(story.metadata().series().part()).isEqualTo(3);
            assertThat(story.paragraphs()).extracting(p -> p.speakerKey())
                    .containsExactly("host", "guest1", "guest1", "guest1", "guest1", "guest1");
        }
    }

    @Test
    void aBrokenFileIsExplainedAndNothingIsCreated(FxRobot robot) throws Exception {
        Path junk = dataFolder.resolveSibling(dataFolder.getFileName() + "-photo.txt");
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 % 7 == 0 ? 0 : i);
        }
        Files.write(junk, bytes);
        open(robot, junk);
        waitUntil(() -> !text(robot, "#importError").isEmpty());

        // the message names the file and the problem; the detail after it may vary
        String expected = ImportErrorText.describe(new ImportException(ImportException.Problem.BINARY, junk, "§"), ENGLISH);
        assertThat(text(robot, "#importError")).startsWith(expected.substring(0, expected.indexOf('§')));
        assertThat(robot.lookup("#importCreate").query().isDisabled()).isTrue();
        robot.clickOn(ENGLISH.get("button.cancel"));
        close(robot);
        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.stories().list(false)).isEmpty();
        }
    }

    @Test
    void theReportListsAnInferredRoleWithItsLineAndOneClickUndoesIt(FxRobot robot) throws Exception {
        Path file = dataFolder.resolveSibling(dataFolder.getFileName() + "-dialogue.txt");
        Files.writeString(file, "對談：夜市的燈\n溫子謙：夜市幾點開始？\n"
                + "范雲舒：傍晚六點，一直到凌晨兩點，週末會更晚一些，人多的時候要排很久的隊。\n溫子謙：攤位怎麼分配？\n"
                + "范雲舒：抽籤，每半年抽一次，誰也不能一直占著最好的位置。\n");
        open(robot, file);
        waitUntil(() -> robot.lookup("#importReport").tryQuery().isPresent()
                && !robot.lookup("#importReport").queryListView().getItems().isEmpty()
                && robot.lookup("#importRoster").queryTableView().getItems().size() == 2);
        javafx.scene.control.ListView<org.newsdesk.importer.ImportNote> report =
                robot.lookup("#importReport").queryListView();
        org.newsdesk.importer.ImportNote guess = report.getItems().stream()
                .filter(n -> n.kind() == org.newsdesk.importer.ImportNote.Kind.ROLE_INFERRED).findFirst().orElseThrow();
        assertThat(guess.line()).isEqualTo(2);
        TableView<Speaker> roster = robot.lookup("#importRoster").queryTableView();
        assertThat(roster.getItems()).extracting(Speaker::role)
                .containsExactly(org.newsdesk.model.SpeakerRole.HOST, org.newsdesk.model.SpeakerRole.GUEST);
        assertThat(robot.lookup("#importReportUndo").query().isDisabled()).isTrue();

        robot.interact(() -> report.getSelectionModel().select(guess));
        robot.clickOn("#importReportUndo");
        waitUntil(() -> robot.lookup("#importRoster").queryTableView().getItems().stream()
                .allMatch(s -> ((Speaker) s).role() == org.newsdesk.model.SpeakerRole.GUEST));
        assertThat(report.getItems()).doesNotContain(guess);
        robot.clickOn(ENGLISH.get("button.cancel"));
        close(robot);
    }

    /** Lookups stay inside this test's window: a closed window of another test may linger. */
    private org.testfx.service.query.NodeQuery inWindow(FxRobot robot, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query);
    }

    private java.util.List<String> gutter(FxRobot robot) {
        return inWindow(robot, ".speaker-chip").queryAllAs(org.newsdesk.ui.editor.SpeakerChip.class).stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .map(org.newsdesk.ui.editor.SpeakerChip::text).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private TranscriptArea area(FxRobot robot) {
        return inWindow(robot, "#transcript").queryAs(TranscriptArea.class);
    }

    private void open(FxRobot robot, Path importFile) throws TimeoutException {
        robot.interact(() -> {
            stage = new Stage();
            new NewsdeskApp().start(stage, dataFolder, ENGLISH, importFile, () -> closed.countDown());
        });
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().isPresent());
    }

    private void close(FxRobot robot) throws InterruptedException {
        closed = new CountDownLatch(1);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed.await(30, TimeUnit.SECONDS)).isTrue();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

}
