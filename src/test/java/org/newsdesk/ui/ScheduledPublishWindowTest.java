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
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.sync.TargetKind;
import org.newsdesk.sync.TargetSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A publish time chosen in Publish… that lies ahead: the dialog says when it goes out, the
 * story stays Approved, nothing reaches the target, and the Outbox window cancels it for good.
 */
@ExtendWith(ApplicationExtension.class)
class ScheduledPublishWindowTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    @TempDir
    Path files;

    private Stage stage;
    private CountDownLatch closed;

    @Test
    void aTimeAheadChosenInPublishIsScheduledAndTheOutboxWindowCancelsIt(FxRobot robot) throws Exception {
        Path share = Files.createDirectories(files.resolve("share"));
        Story story;
        try (Store store = TestStores.fresh(dataFolder)) {
            PublishingWindowTest.targets(store).add(new TargetSettings("share", TargetKind.FOLDER, share.toString(), "",
                    null), null);
            story = PublishingWindowTest.publishable(store, "市科委副主任做客政務網", Status.APPROVED);
        }
        open(robot);
        openStory(robot, "市科委副主任做客政務網");
        waitUntil(() -> !menuItem(robot, "menuPublish").isDisable());
        robot.interact(menuItem(robot, "menuPublish")::fire);
        waitUntil(() -> robot.lookup("#publishDialog").tryQuery().isPresent());
        assertThat(label(robot, "#publishRelease")).isEqualTo(ENGLISH.get("publish.dialog.releaseNow"));

        TextField at = robot.lookup("#publishAtField").queryAs(TextField.class);
        robot.interact(() -> at.setText("2015-02-30 08:00"));
        assertThat(label(robot, "#publishRelease")).isEqualTo(ENGLISH.get("publish.dialog.badTime", "2015-02-30 08:00"));
        assertThat(robot.lookup("#publishButton").queryButton().isDisable()).as("no publish with a bad time").isTrue();
        robot.interact(() -> at.setText("2099-01-01 08:00"));
        assertThat(label(robot, "#publishRelease")).isEqualTo(ENGLISH.get("publish.dialog.releaseHeld",
                "2099-01-01 08:00 (Asia/Shanghai)"));
        Button publish = robot.lookup("#publishButton").queryButton();
        robot.interact(publish::fire);

        waitUntil(() -> ENGLISH.get("sync.publish.scheduled", 1, "share").equals(notice(robot)));
        assertThat(label(robot, "#statusBadge")).isEqualTo(ENGLISH.get("status.approved"));

        robot.interact(menuItem(robot, "menuOutbox")::fire);
        waitUntil(() -> robot.lookup("#outboxTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<OutboxEntry> table = robot.lookup("#outboxTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(FxWait.read(() -> List.copyOf(table.getItems()))).singleElement().extracting(OutboxEntry::state).isEqualTo(DeliveryState.SCHEDULED);
        robot.interact(() -> table.getSelectionModel().select(0));
        Button cancel = robot.lookup("#cancelDeliveryButton").queryButton();
        assertThat(cancel.getText()).isEqualTo(ENGLISH.get("sync.outbox.cancelScheduled"));
        assertThat(robot.lookup("#retryNowButton").queryButton().isDisable()).isTrue();
        robot.interact(cancel::fire);
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).state() == DeliveryState.CANCELLED);
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.stories().get(story.id()).status()).isEqualTo(Status.APPROVED);
            assertThat(store.outbox().list()).singleElement().satisfies(e -> {
                assertThat(e.state()).isEqualTo(DeliveryState.CANCELLED);
                assertThat(e.releaseAt()).isEqualTo(java.time.Instant.parse("2099-01-01T00:00:00Z"));
            });
        }
        try (var left = Files.list(share)) {
            assertThat(left).as("nothing reached the target").isEmpty();
        }
    }

    /** Released while the window is open: the library and the open story show Published without a reload. */
    @Test
    void aReleasedPublishShowsThePublishedStoryInTheLibraryAndThePanel(FxRobot robot) throws Exception {
        Path share = Files.createDirectories(files.resolve("share"));
        try (Store store = TestStores.fresh(dataFolder)) {
            PublishingWindowTest.targets(store).add(new TargetSettings("share", TargetKind.FOLDER, share.toString(), "",
                    null), null);
            PublishingWindowTest.publishable(store, "区长做客政务网谈养老", Status.APPROVED);
        }
        open(robot);
        openStory(robot, "区长做客政务网谈养老");
        waitUntil(() -> !menuItem(robot, "menuPublish").isDisable());
        robot.interact(menuItem(robot, "menuPublish")::fire);
        waitUntil(() -> robot.lookup("#publishDialog").tryQuery().isPresent());
        String soon = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(6)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        robot.interact(() -> robot.lookup("#publishAtField").queryAs(TextField.class).setText(soon));
        robot.interact(robot.lookup("#publishButton").queryButton()::fire);
        waitUntil(() -> ENGLISH.get("sync.publish.scheduled", 1, "share").equals(notice(robot)));
        assertThat(label(robot, "#statusBadge")).isEqualTo(ENGLISH.get("status.approved"));

        TableView<LibraryEntry> library = robot.from(stage.getScene().getRoot()).lookup("#storyList").queryTableView();
        waitUntil(() -> ENGLISH.get("status.published").equals(label(robot, "#statusBadge"))
                && library.getItems().stream().allMatch(e -> e.summary().status() == Status.PUBLISHED));
        try (var delivered = Files.list(share)) {
            assertThat(delivered).as("the bundle reached the target").isNotEmpty();
        }
        close(robot);
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
        LibraryRows.open(robot, stage.getScene().getRoot(), headline);
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.from(stage.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private String notice(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#notice").queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
