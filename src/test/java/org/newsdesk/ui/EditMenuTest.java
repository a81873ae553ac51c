package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
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
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.editor.TranscriptArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Edit → Cut, Copy, Paste, Select all act on whatever text has the focus, are greyed out when
 * they cannot act, and the transcript's right-click menu offers the same commands.
 */
@ExtendWith(ApplicationExtension.class)
class EditMenuTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    private final AppWindow window = new AppWindow();

    @BeforeEach
    void storyWithText() {
        try (Store store = TestStores.fresh(dataFolder)) {
            Story story = store.stories().create(Metadata.withHeadline("剪贴测试"),
                    List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST)),
                    List.of(Paragraph.of("host", "今天我们请到了市交通局的负责人。")));
            store.appState().put("ui.lastStory", story.id().toString());
        }
    }

    @Test
    void copyAndCutNeedASelectionAndActOnTheFocusedText(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#transcript");
        robot.interact(() -> area(robot).moveTo(0));
        assertThat(item(robot, "menuCopy").isDisable()).as("copy without a selection").isTrue();
        assertThat(item(robot, "menuCut").isDisable()).as("cut without a selection").isTrue();
        assertThat(item(robot, "menuPaste").isDisable()).as("paste into the transcript").isFalse();
        assertThat(item(robot, "menuSelectAll").isDisable()).isFalse();

        robot.interact(() -> area(robot).selectRange(2, 4));
        assertThat(item(robot, "menuCopy").isDisable()).isFalse();
        robot.interact(() -> item(robot, "menuCopy").fire());
        assertThat(clipboardText(robot)).isEqualTo("我们");

        // the same command pastes into a metadata field once that has the focus
        robot.interact(() -> inWindow(robot, "#headlineField").queryAs(TextField.class).requestFocus());
        robot.interact(() -> inWindow(robot, "#headlineField").queryAs(TextField.class).end());
        robot.interact(() -> item(robot, "menuPaste").fire());
        assertThat(inWindow(robot, "#headlineField").queryAs(TextField.class).getText()).isEqualTo("剪贴测试我们");
        assertThat(item(robot, "menuCopy").isDisable()).as("nothing selected in the headline").isTrue();

        robot.interact(() -> {
            area(robot).requestFocus();
            area(robot).selectRange(0, 2);
        });
        FxWait.until(5, () -> !item(robot, "menuCut").isDisable());
        robot.interact(() -> item(robot, "menuCut").fire());
        assertThat(area(robot).getText()).isEqualTo("我们请到了市交通局的负责人。");
        assertThat(clipboardText(robot)).isEqualTo("今天");

        robot.interact(() -> item(robot, "menuSelectAll").fire());
        assertThat(area(robot).getSelectedText()).isEqualTo(area(robot).getText());
        close(robot);
    }

    @Test
    void keysCopyAndPasteOnceInTheTranscript(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#transcript");
        robot.interact(() -> area(robot).selectRange(0, 2));
        ctrl(robot, KeyCode.C);
        robot.interact(() -> area(robot).moveTo(area(robot).getLength()));
        ctrl(robot, KeyCode.V);
        assertThat(area(robot).getText()).isEqualTo("今天我们请到了市交通局的负责人。今天");
        close(robot);
    }

    @Test
    void theTranscriptsRightClickMenuHoldsTheClipboardAndSelectionCommands(FxRobot robot) throws Exception {
        open(robot);
        ContextMenu menu = area(robot).getContextMenu();
        assertThat(menu).isNotNull();
        List<String> texts = menu.getItems().stream().filter(i -> !(i instanceof SeparatorMenuItem))
                .map(MenuItem::getText).toList();
        assertThat(texts).startsWith(ENGLISH.get("menu.edit.cut"), ENGLISH.get("menu.edit.copy"),
                ENGLISH.get("menu.edit.paste"), ENGLISH.get("menu.edit.pastePlain"), ENGLISH.get("menu.edit.selectAll"))
                .contains(ENGLISH.get("menu.format.bold"), ENGLISH.get("menu.format.uncertain"));

        robot.clickOn("#transcript");
        robot.interact(() -> area(robot).selectRange(0, 2));
        // what a right click or the menu key sends (headless windows do not turn clicks into it)
        robot.interact(() -> {
            var bounds = area(robot).localToScreen(area(robot).getBoundsInLocal());
            area(robot).fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 20,
                    bounds.getMinX() + 20, bounds.getMinY() + 20, false, null));
        });
        FxWait.until(5, menu::isShowing);
        MenuItem copy = menu.getItems().stream().filter(i -> "context-menuCopy".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            area(robot).selectRange(0, 2);
            copy.fire();
            menu.hide();
        });
        assertThat(clipboardText(robot)).isEqualTo("今天");
        close(robot);
    }

    @Test
    void ctrlHInTheFindFieldOpensReplaceAndKeepsTheText(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#transcript");
        ctrl(robot, KeyCode.F);
        Typing.write(robot, "交通");
        ctrl(robot, KeyCode.H);
        assertThat(inWindow(robot, "#findField").queryAs(TextField.class).getText()).isEqualTo("交通");
        assertThat(inWindow(robot, "#replaceField").queryAs(TextField.class).isVisible()).isTrue();
        assertThat(inWindow(robot, "#replaceField").queryAs(TextField.class).isFocused()).isTrue();
        close(robot);
    }

    private String clipboardText(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private MenuItem item(FxRobot robot, String id) {
        MenuBar bar = inWindow(robot, "#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private org.testfx.service.query.NodeQuery inWindow(FxRobot robot, String query) {
        return window.in(robot, query);
    }

    private TranscriptArea area(FxRobot robot) {
        return inWindow(robot, "#transcript").queryAs(TranscriptArea.class);
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        Typing.chord(robot, KeyCode.CONTROL, key);
    }

    private void open(FxRobot robot) throws TimeoutException {
        window.open(robot, (stage, closed) -> new NewsdeskApp().start(stage, dataFolder, ENGLISH, null, closed));
        FxWait.until(60, () -> !area(robot).isDisabled());
    }

    private void close(FxRobot robot) throws InterruptedException {
        window.close(robot);
    }
}
