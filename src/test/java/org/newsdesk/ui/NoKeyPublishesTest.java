package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.store.Publication;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.sync.TargetKind;
import org.newsdesk.sync.TargetSettings;
import org.newsdesk.ui.actions.ActionRegistry;
import org.newsdesk.ui.actions.ActionSpec;
import org.newsdesk.ui.editor.TranscriptArea;
import org.newsdesk.workflow.status.StatusChange;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Nothing reaches a portal by accident: every key of the registry pressed on an Approved story
 * that has a delivery target queues nothing and never makes it Published; Ctrl+Shift+U (the
 * input method's) does nothing; the uncertain mark has its own key. Publishing through the
 * dialog names the editor of the preferences in the history and the outbox.
 */
@ExtendWith(ApplicationExtension.class)
class NoKeyPublishesTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    /** Keys left out, and why: they end the session or open the platform's file chooser. */
    private static final Set<String> NOT_PRESSED = Set.of("menuQuit", "menuImport", "menuNew");

    @TempDir
    Path dataFolder;
    @TempDir
    Path files;

    private Stage stage;
    private CountDownLatch closed;

    @Test
    void noRegisteredKeySendsAnythingOrMovesAnApprovedStoryToPublished(FxRobot robot) throws Exception {
        Path share = Files.createDirectories(files.resolve("share"));
        Story story;
        try (Store store = TestStores.fresh(dataFolder)) {
            PublishingWindowTest.targets(store).add(new TargetSettings("share", TargetKind.FOLDER, share.toString(), "",
                    null), null);
            story = PublishingWindowTest.publishable(store, "市科委副主任做客政務網", Status.APPROVED);
        }
        open(robot, "");
        openStory(robot, "市科委副主任做客政務網");
        TranscriptArea area = stage.getScene().getRoot().lookup("#transcript") instanceof TranscriptArea t ? t : null;
        assertThat(area).isNotNull();

        // the input method's key: nothing at all (it used to publish)
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(0, 2);
        });
        press(robot, List.of(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U));
        assertThat(area.getText()).startsWith("以下是訪談文字實錄");
        assertThat(area.getStyleOfChar(1).styles()).doesNotContain(SpanStyle.UNCERTAIN);
        // the uncertain mark has its own key and marks the selected passage
        press(robot, keys(ActionRegistry.find("menuUncertain").orElseThrow().accelerator()));
        waitUntil(() -> area.getStyleOfChar(1).styles().contains(SpanStyle.UNCERTAIN));

        // every key of the registry; going back to Draft last, so the others meet an Approved story
        List<ActionSpec> pressed = ActionRegistry.all().stream()
                .filter(a -> a.accelerator() != null && !NOT_PRESSED.contains(a.id()))
                .sorted(Comparator.comparing(a -> a.id().equals("menuStatusDraft")))
                .toList();
        for (ActionSpec a : pressed) {
            robot.interact(() -> {
                stage.requestFocus();
                area.requestFocus();
            });
            press(robot, keys(a.accelerator()));
            if (a.id().equals("menuPublish")) {
                // the key opens the summary; Enter there cancels
                waitUntil(() -> robot.lookup("#publishDialog").tryQuery().isPresent());
                Button publish = robot.lookup("#publishButton").queryButton();
                assertThat(publish.isDefaultButton()).isFalse();
                press(robot, List.of(KeyCode.ENTER));
                waitUntil(() -> robot.lookup("#publishDialog").tryQuery().isEmpty());
            }
            closeOtherWindows(robot);
            assertThat(statusBadge(robot)).as("after " + a.accelerator() + " (" + a.id() + ")")
                    .isNotEqualTo(ENGLISH.get("status.published"));
        }
        waitUntil(() -> statusBadge(robot).equals(ENGLISH.get("status.draft")));
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.outbox().list()).as("nothing queued").isEmpty();
            assertThat(store.stories().get(story.id()).status()).isEqualTo(Status.DRAFT);
            assertThat(store.workflow().statusHistory(story.id())).extracting(StatusChange::to)
                    .doesNotContain(Status.PUBLISHED);
        }
        try (var sent = Files.list(share)) {
            assertThat(sent).isEmpty();
        }
    }

    @Test
    void publishingNamesTheEditorOfThePreferencesNeverTheAccount(FxRobot robot) throws Exception {
        Path share = Files.createDirectories(files.resolve("share"));
        Story story;
        try (Store store = TestStores.fresh(dataFolder)) {
            PublishingWindowTest.targets(store).add(new TargetSettings("share", TargetKind.FOLDER, share.toString(), "",
                    null), null);
            story = PublishingWindowTest.publishable(store, "教育局長談招生", Status.APPROVED);
        }
        open(robot, "李主編");
        openStory(robot, "教育局長談招生");
        robot.interact(() -> ((javafx.scene.control.MenuBar) stage.getScene().getRoot().lookup("#menuBar")).getMenus()
                .stream().flatMap(m -> m.getItems().stream()).filter(i -> "menuPublish".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        waitUntil(() -> robot.lookup("#publishButton").tryQuery().isPresent());
        Button publish = robot.lookup("#publishButton").queryButton();
        robot.interact(publish::fire);
        waitUntil(() -> statusBadge(robot).equals(ENGLISH.get("status.published")));
        robot.interact(() -> ((javafx.scene.control.TitledPane) stage.getScene().getRoot().lookup("#historySection"))
                .setExpanded(true));
        try {
            waitUntil(() -> historyLines(robot).stream()
                    .anyMatch(l -> l.contains("→ " + ENGLISH.get("status.published") + " · 李主編")));
        } catch (TimeoutException e) {
            throw new AssertionError("the history says " + historyLines(robot), e);
        }
        waitUntil(() -> ENGLISH.get("sync.publish.queued", 1, "share").equals(robot.from(stage.getScene().getRoot())
                .lookup("#notice").queryAs(Label.class).getText()));
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            List<StatusChange> history = store.workflow().statusHistory(story.id());
            assertThat(history.get(history.size() - 1).changedBy()).isEqualTo("李主編");
            assertThat(store.stories().revisions(story.id())).extracting(r -> r.savedBy()).containsExactly("李主編");
            assertThat(store.outbox().publications(story.id())).extracting(Publication::queuedBy)
                    .containsExactly("李主編");
        }
    }

    // ---- helpers

    private static List<KeyCode> keys(String accelerator) {
        KeyCodeCombination k = (KeyCodeCombination) KeyCombination.keyCombination(accelerator);
        List<KeyCode> keys = new ArrayList<>();
        if (k.getShortcut() == KeyCombination.ModifierValue.DOWN || k.getControl() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.CONTROL);
        }
        if (k.getShift() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.SHIFT);
        }
        if (k.getAlt() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.ALT);
        }
        keys.add(k.getCode());
        return keys;
    }

    private static void press(FxRobot robot, List<KeyCode> keys) {
        Typing.chord(robot, keys.toArray(KeyCode[]::new));
    }

    /** Closes whatever a key opened (dialogs, sheets), leaving the main window. */
    private void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage && w.isShowing())
                .forEach(Window::hide));
    }

    private List<String> historyLines(FxRobot robot) {
        javafx.scene.layout.VBox box = (javafx.scene.layout.VBox) stage.getScene().getRoot().lookup("#statusHistory");
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private String statusBadge(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#statusBadge").queryAs(Label.class).getText();
    }

    private void open(FxRobot robot, String editorName) throws TimeoutException {
        Preferences preferences = new Preferences(null, editorName, null, null, 0, 0, null, null, null, null, null, null);
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
