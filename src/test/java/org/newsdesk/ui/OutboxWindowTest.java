package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.sync.NoCredentials;
import org.newsdesk.sync.Outbox;
import org.newsdesk.sync.OutboxFiles;
import org.newsdesk.sync.TargetFactory;
import org.newsdesk.sync.TargetKind;
import org.newsdesk.sync.TargetSettings;
import org.newsdesk.sync.Targets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window tells the truth about the outbox: offline with one waiting, one delivered; cancel from the Outbox window. */
@ExtendWith(ApplicationExtension.class)
class OutboxWindowTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    @TempDir
    Path share;

    private Stage current;
    private CountDownLatch closed;

    @Test
    void anUnreachablePortalShowsOfflineAndTheOutboxLetsTheEditorCancel(FxRobot robot) throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (Store store = TestStores.fresh(dataFolder)) {
            NoCredentials none = new NoCredentials();
            Targets targets = new Targets(store.targets(), none, new TargetFactory(none));
            targets.add(new TargetSettings("portal", TargetKind.HTTP, "http://127.0.0.1:" + closedPort + "/api", "", null), null);
            targets.add(new TargetSettings("share", TargetKind.FOLDER, share.toString(), "", null), null);
            Story story = store.stories().create(Metadata.withHeadline("市科委副主任做客政務網(3)"), List.of(), List.of());
            new Outbox(store, StoryExporter.forDataFolder(dataFolder), new OutboxFiles(dataFolder))
                    .publish(story.id(), List.of(), "editor");
        }

        Stage stage = openWindow(robot);
        waitForStatus(robot, ENGLISH.get("sync.status.offline") + " · " + ENGLISH.get("sync.status.waiting", 1));

        Typing.chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        waitUntil(() -> robot.lookup("#outboxTable").tryQuery().isPresent());
        TableView<OutboxEntry> table = robot.lookup("#outboxTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 2 && table.getItems().stream().anyMatch(
                e -> e.target().equals("share") && e.state() == DeliveryState.DELIVERED));
        OutboxEntry portal = FxWait.read(() -> table.getItems().stream().filter(e -> e.target().equals("portal")).findFirst()
                .orElseThrow());
        assertThat(portal.state()).isIn(DeliveryState.FAILED, DeliveryState.SENDING, DeliveryState.PENDING);
        assertThat(share.resolve(portal.slug()).resolve("r1").resolve("index.html")).exists();

        // fired rather than clicked: the "delivered" notification may lie over the button on the screen
        Button cancel = robot.lookup("#cancelDeliveryButton").queryButton();
        // the row as the table holds it when selected: the outbox replaces its rows while the worker retries the portal
        waitUntil(() -> {
            table.getItems().stream().filter(e -> e.target().equals("portal")).findFirst()
                    .ifPresent(e -> table.getSelectionModel().select(e));
            return !cancel.isDisabled();
        });
        robot.interact(cancel::fire);
        waitUntil(() -> table.getItems().stream().anyMatch(
                e -> e.target().equals("portal") && e.state() == DeliveryState.CANCELLED));
        waitForStatus(robot, ENGLISH.get("sync.status.offline"));

        close(robot, stage);
    }

    private Stage openWindow(FxRobot robot) throws TimeoutException {
        AtomicReference<Stage> stage = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            closed = new CountDownLatch(1);
            new NewsdeskApp().start(s, dataFolder, ENGLISH, null, () -> closed.countDown());
            stage.set(s);
            current = s;
        });
        waitUntil(() -> robot.from(current.getScene().getRoot()).lookup("#storyList").tryQuery().isPresent());
        return stage.get();
    }

    private void close(FxRobot robot, Stage stage) throws InterruptedException {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed.await(30, TimeUnit.SECONDS)).as("window closed and store shut").isTrue();
    }

    /** Waits for the status bar's publishing indicator; on time-out says what it showed instead. */
    private void waitForStatus(FxRobot robot, String expected) throws TimeoutException {
        try {
            waitUntil(() -> label(robot, "#syncStatus").getText().equals(expected));
        } catch (TimeoutException e) {
            Label status = label(robot, "#syncStatus");
            throw new AssertionError("status bar shows \"" + status.getText() + "\" (tooltip: "
                    + (status.getTooltip() == null ? "none" : status.getTooltip().getText()) + "), expected \""
                    + expected + "\"", e);
        }
    }

    private Label label(FxRobot robot, String id) {
        return robot.from(current.getScene().getRoot()).lookup(id).queryAs(Label.class);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
