package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.SmallDisk;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.store.Startup;
import org.newsdesk.store.Store;
import org.newsdesk.ui.editor.TranscriptArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A data folder on a really read-only filesystem, opened in the window: the story reads, the
 * commands that would change it are greyed out, typing changes nothing, reading commands stay.
 */
@Tag("system")
@ExtendWith(ApplicationExtension.class)
class ReadOnlyFolderWindowTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @Test
    void nothingCanChangeAStoryInAReadOnlyFolderButItReadsAndExports(FxRobot robot) throws Exception {
        try (SmallDisk disk = SmallDisk.mount("64m")) {
            Path data = disk.root().resolve("data");
            try (Store writable = Store.open(data)) {
                Story story = writable.stories().create(Metadata.withHeadline("只读访谈"),
                        List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST)),
                        List.of(Paragraph.of("host", "请介绍一下情况。")));
                writable.appState().put(Startup.LAST_STORY, story.id().toString());
            }
            disk.makeReadOnly();

            Stage[] stage = new Stage[1];
            CountDownLatch closed = new CountDownLatch(1);
            robot.interact(() -> {
                stage[0] = new Stage();
                new NewsdeskApp().start(stage[0], data, ENGLISH, null, closed::countDown);
            });
            FxWait.until(60, () -> robot.from(stage[0].getScene().getRoot()).lookup("#transcript").tryQuery()
                    .map(n -> !n.isDisabled() && "请介绍一下情况。".equals(((TranscriptArea) n).getText())).orElse(false));
            TranscriptArea area = robot.from(stage[0].getScene().getRoot()).lookup("#transcript").queryAs(TranscriptArea.class);

            assertThat(area.isEditable()).isFalse();
            for (String changing : List.of("menuSpeaker1", "menuNarration", "menuPastePlain", "menuFixConversion",
                    "menuSplitLong", "menuRename", "menuReplace", "menuPaste")) {
                assertThat(item(robot, stage[0], changing).isDisable()).as(changing).isTrue();
            }
            for (String reading : List.of("menuExport", "menuFind", "menuRevisions", "menuCheckReadiness")) {
                assertThat(item(robot, stage[0], reading).isDisable()).as(reading).isFalse();
            }
            robot.interact(area::requestFocus);
            robot.write("改");
            assertThat(area.getText()).isEqualTo("请介绍一下情况。");

            robot.interact(() -> stage[0].fireEvent(new WindowEvent(stage[0], WindowEvent.WINDOW_CLOSE_REQUEST)));
            assertThat(closed.await(30, TimeUnit.SECONDS)).as("window closed and store shut").isTrue();
        }
    }

    private static MenuItem item(FxRobot robot, Stage stage, String id) {
        MenuBar bar = robot.from(stage.getScene().getRoot()).lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }
}
