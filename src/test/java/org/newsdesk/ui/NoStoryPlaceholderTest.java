package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.actions.ActionRegistry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * With no story open the transcript is not an empty white box: it says, in the window's
 * language, how to open a story or make one, with the keys the menus really have; it goes once
 * a story is open.
 */
@ExtendWith(ApplicationExtension.class)
class NoStoryPlaceholderTest {

    private static final String HEADLINE = "渡口摆渡人的四十年";

    @TempDir
    Path dataFolder;
    private final AppWindow window = new AppWindow();

    @Test
    void theEmptyTranscriptSaysHowToOpenOrMakeAStoryUntilOneIsOpen(FxRobot robot) throws Exception {
        try (Store store = TestStores.fresh(dataFolder)) {
            store.stories().create(Metadata.withHeadline(HEADLINE),
                    List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST)),
                    List.of(Paragraph.of("host", "您在渡口干了多少年？")));
        }
        Messages chinese = Messages.forTag("zh-CN");
        window.open(robot, (stage, closed) -> new NewsdeskApp().start(stage, dataFolder, chinese, null, closed));

        waitUntil(() -> window.in(robot, "#transcriptPlaceholder").tryQuery().isPresent()
                && window.in(robot, "#transcriptPlaceholder").query().isVisible());
        String hint = FxWait.read(() -> window.in(robot, "#transcriptPlaceholder").queryAs(Label.class).getText());
        assertThat(hint).isEqualTo(chinese.get("ux24.editor.noStory"));

        TableView<LibraryEntry> table = window.in(robot, "#storyList").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> HEADLINE.equals(window.in(robot, "#headlineField").queryTextInputControl().getText()));
        waitUntil(() -> !window.in(robot, "#transcriptPlaceholder").query().isVisible());
        window.close(robot);
    }

    @Test
    void theHintNamesTheKeysTheMenusHaveInEveryLanguage() {
        for (String id : List.of("menuNew", "menuImport", "menuSearchLibrary")) {
            String shortcut = ActionRegistry.find(id).orElseThrow().accelerator();
            // as the menus and the first-steps card write keys on Linux and Windows
            String shown = shortcut.replace("Shortcut", "Ctrl");
            assertThat(KeyCombination.valueOf(shortcut)).isNotNull();
            for (Messages m : List.of(new Messages(Locale.ENGLISH), Messages.forTag("zh-CN"), Messages.forTag("zh-TW"),
                    Messages.forTag("zh-HK"))) {
                assertThat(m.get("ux24.editor.noStory")).as(id + " in " + m).contains(shown);
            }
        }
        for (String tag : List.of("zh-CN", "zh-TW")) {
            // no English in a Chinese window but the keys' names
            assertThat(Messages.forTag(tag).get("ux24.editor.noStory").replaceAll("Ctrl\\+(Shift\\+)?[A-Z]", ""))
                    .doesNotContainPattern("[A-Za-z]");
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
