package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.FxWait;
import org.newsdesk.store.LibraryEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Files dropped on the window from a file manager, without a real drag (a test cannot make the
 * desktop's drag source): the drop handler's part, a list of files, goes into the window's queue
 * and the import preview opens for each file in turn; a story is created only on confirm.
 */
@ExtendWith(ApplicationExtension.class)
class FileDropWindowTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    @TempDir
    Path outside;
    private Stage stage;
    private NewsdeskApp app;
    private CountDownLatch closed;

    @Test
    void twoDroppedTranscriptsOpenTheImportPreviewOneAfterAnother(FxRobot robot) throws Exception {
        Path first = outside.resolve("夜间阅览室.txt");
        Files.writeString(first, "主持人：图书馆的夜间阅览室什么时候开放？\n馆长：下个月起每天开到晚上十点。\n",
                StandardCharsets.UTF_8);
        Path second = outside.resolve("cycle-lanes.txt");
        Files.writeString(second, "Host: When do the new cycle lanes open?\nGuest: The first ones open in spring.\n",
                StandardCharsets.UTF_8);
        open(robot);
        int before = FxWait.read(() -> library(robot).getItems().size());

        boolean taken = FxWait.read(() -> FileDrop.dropped(List.of(first.toFile(), second.toFile()),
                app.view()::importPaths));

        assertThat(taken).isTrue();
        waitUntil(() -> previewShows("夜间阅览室"));
        robot.interact(() -> button(ButtonBar.ButtonData.CANCEL_CLOSE).fire());
        waitUntil(() -> previewShows("cycle-lanes"));
        waitUntil(() -> !button(ButtonBar.ButtonData.OK_DONE).isDisabled());
        robot.interact(() -> button(ButtonBar.ButtonData.OK_DONE).fire());
        waitUntil(() -> library(robot).getItems().stream().anyMatch(e -> e.summary().headline().equals("cycle-lanes")));
        assertThat(FxWait.read(() -> library(robot).getItems().size())).as("only the confirmed one").isEqualTo(before + 1);
        assertThat(FxWait.read(() -> robot.lookup("#importDialog").tryQuery().isPresent())).isFalse();
        close(robot);
    }

    @Test
    void aDropWithoutFilesIsNotTaken() throws Exception {
        List<Path> handed = new java.util.ArrayList<>();
        assertThat(FxWait.read(() -> FileDrop.dropped(List.<File>of(), handed::addAll))).isFalse();
        FxWait.read(() -> true); // a later pulse, where the files would have been handed on
        assertThat(handed).isEmpty();
    }

    private static boolean previewShows(String headline) {
        return javafx.stage.Window.getWindows().stream().map(w -> w.getScene().lookup("#importMetadata"))
                .filter(java.util.Objects::nonNull)
                .flatMap(grid -> ((javafx.scene.layout.Pane) grid).getChildren().stream())
                .anyMatch(n -> n instanceof Label l && headline.equals(l.getText()));
    }

    private static Button button(ButtonBar.ButtonData kind) {
        DialogPane pane = javafx.stage.Window.getWindows().stream().map(w -> w.getScene().lookup("#importDialog"))
                .filter(java.util.Objects::nonNull).map(DialogPane.class::cast).findFirst().orElseThrow();
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == kind).findFirst().orElseThrow();
        return (Button) pane.lookupButton(type);
    }

    @SuppressWarnings("unchecked")
    private TableView<LibraryEntry> library(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#storyList").queryAs(TableView.class);
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

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
