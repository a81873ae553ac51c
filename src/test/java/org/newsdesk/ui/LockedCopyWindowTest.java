package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.editor.TranscriptArea;
import org.newsdesk.workflow.status.StatusChange;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Locked copy in the window: typing into an Approved story asks first. Cancel keeps the text and
 * the status, and the story is not asked about again while it stays open; confirm sends the story
 * back to Ready and the typed character is in the text (and in the store after closing).
 */
@ExtendWith(ApplicationExtension.class)
class LockedCopyWindowTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;

    private Stage stage;
    private CountDownLatch closed;

    @Test
    void typingIntoApprovedCopyAsksCancelKeepsItConfirmAppliesTheKeystrokeAndSendsItBack(FxRobot robot)
            throws Exception {
        Story kept;
        Story edited;
        Story retitled;
        try (Store store = TestStores.fresh(dataFolder)) {
            kept = PublishingWindowTest.publishable(store, "水務局長談供水", Status.APPROVED);
            edited = PublishingWindowTest.publishable(store, "交通局長談地鐵", Status.APPROVED);
            retitled = PublishingWindowTest.publishable(store, "文化局長談書展", Status.APPROVED);
        }
        open(robot);

        // cancel: nothing changes, and further typing does not ask again
        openStory(robot, "水務局長談供水");
        TranscriptArea area = area();
        String before = area.getText();
        typeAtEnd(robot, area, KeyCode.A);
        waitUntil(() -> robot.lookup("#lockedCopyDialog").tryQuery().isPresent());
        assertThat(area.getText()).isEqualTo(before);
        assertThat(robot.lookup("#lockedCopyDialog .content").queryLabeled().getText())
                .isEqualTo(ENGLISH.get("lock.approved"));
        robot.interact(() -> robot.lookup("#lockedCopyCancel").queryButton().fire());
        waitUntil(() -> robot.lookup("#lockedCopyDialog").tryQuery().isEmpty());
        typeAtEnd(robot, area, KeyCode.B);
        robot.interact(() -> { });
        assertThat(robot.lookup("#lockedCopyDialog").tryQuery()).isEmpty();
        assertThat(area.getText()).isEqualTo(before);
        assertThat(statusBadge(robot)).isEqualTo(ENGLISH.get("status.approved"));
        waitUntil(() -> ENGLISH.get("lock.kept").equals(robot.from(stage.getScene().getRoot())
                .lookup("#notice").queryAs(Label.class).getText()));

        // confirm: the story goes back to Ready and the typed character is there
        openStory(robot, "交通局長談地鐵");
        TranscriptArea other = area();
        String original = other.getText();
        typeAtEnd(robot, other, KeyCode.X);
        waitUntil(() -> robot.lookup("#lockedCopyDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#lockedCopyEdit").queryButton().fire());
        waitUntil(() -> other.getText().equals(original + "x"));
        waitUntil(() -> statusBadge(robot).equals(ENGLISH.get("status.ready")));
        // the next keystrokes go straight in
        typeAtEnd(robot, other, KeyCode.Y);
        waitUntil(() -> other.getText().equals(original + "xy"));
        assertThat(robot.lookup("#lockedCopyDialog").tryQuery()).isEmpty();

        // a metadata field asks the same question, and the typed character lands in the field
        openStory(robot, "文化局長談書展");
        javafx.scene.control.TextInputControl headline = robot.lookup("#headlineField").queryTextInputControl();
        robot.interact(() -> {
            headline.requestFocus();
            headline.end();
        });
        robot.type(KeyCode.Z);
        waitUntil(() -> robot.lookup("#lockedCopyDialog").tryQuery().isPresent());
        assertThat(headline.getText()).isEqualTo("文化局長談書展");
        robot.interact(() -> robot.lookup("#lockedCopyEdit").queryButton().fire());
        waitUntil(() -> headline.getText().equals("文化局長談書展z"));
        waitUntil(() -> statusBadge(robot).equals(ENGLISH.get("status.ready")));
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.stories().get(kept.id()).status()).isEqualTo(Status.APPROVED);
            assertThat(store.stories().get(kept.id()).paragraphs().get(0).text()).isEqualTo(before);
            Story now = store.stories().get(edited.id());
            assertThat(now.status()).isEqualTo(Status.READY);
            assertThat(now.paragraphs().get(0).text()).isEqualTo(original + "xy");
            StatusChange back = store.workflow().statusHistory(edited.id()).get(2);
            assertThat(back.from()).isEqualTo(Status.APPROVED);
            assertThat(back.to()).isEqualTo(Status.READY);
            assertThat(back.reason()).isEqualTo("edit");
            assertThat(back.changedBy()).isEqualTo("王編輯");
            assertThat(store.workflow().signOff().state(edited.id()).signatures()).isEmpty();
            assertThat(store.workflow().signOff().state(edited.id()).lastChangedBy()).isEqualTo("王編輯");
            Story renamed = store.stories().get(retitled.id());
            assertThat(renamed.metadata().headline()).isEqualTo("文化局長談書展z");
            assertThat(renamed.status()).isEqualTo(Status.READY);
        }
    }

    private TranscriptArea area() {
        return (TranscriptArea) stage.getScene().getRoot().lookup("#transcript");
    }

    private static void typeAtEnd(FxRobot robot, TranscriptArea area, KeyCode key) {
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(area.getLength());
        });
        robot.type(key);
    }

    private String statusBadge(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#statusBadge").queryAs(Label.class).getText();
    }

    private void open(FxRobot robot) throws TimeoutException {
        Preferences preferences = Preferences.defaults().withEditorName("王編輯");
        robot.interact(() -> {
            stage = new Stage();
            closed = new CountDownLatch(1);
            new NewsdeskApp().start(stage, dataFolder, new PreferencesFile(dataFolder.resolve(PreferencesFile.FILE_NAME),
                    Clock.systemUTC()), new PreferencesFile.Loaded(preferences, Optional.empty(), ""), ENGLISH, null,
                    () -> closed.countDown());
        });
        waitUntil(() -> robot.from(stage.getScene().getRoot()).lookup("#storyList").tryQuery().isPresent());
    }

    private void close(FxRobot robot) throws InterruptedException {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed.await(30, TimeUnit.SECONDS)).as("window closed and store shut").isTrue();
    }

    private void openStory(FxRobot robot, String headline) throws TimeoutException {
        LibraryRows.open(robot, stage.getScene().getRoot(), headline);
        waitUntil(() -> statusBadge(robot).equals(ENGLISH.get("status.approved")));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
