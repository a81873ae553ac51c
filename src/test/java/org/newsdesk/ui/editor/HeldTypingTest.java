package org.newsdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.StorySaver;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Keys typed after asking for another story (Ctrl+N, a click) go into that story once it shows, never the one before. */
class HeldTypingTest {

    @TempDir
    Path dir;

    private EditorStage editor;
    private Store store;
    private StoreWriter writer;
    private EditorViewModel viewModel;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void window() throws Exception {
        editor = EditorStage.open(dir, StackPane::new);
        store = editor.store;
        writer = editor.writer;
        viewModel = editor.viewModel;
    }

    @AfterEach
    void close() throws Exception {
        editor.close();
    }

    @Test
    void keysTypedWhileTheNextStoryLoadsGoIntoIt() throws Exception {
        Story before = store.stories().create(Metadata.withHeadline("上一篇"), SampleInterview.speakers(),
                List.of(Paragraph.of(SampleInterview.HOST, "上一篇的内容。")));
        Story next = store.stories().create(Metadata.withHeadline("新稿"), SampleInterview.speakers(), List.of());
        robot.interact(() -> viewModel.open(before, new StorySaver(store, writer, before), 0));
        robot.clickOn("#transcript");
        robot.type(KeyCode.END);

        robot.interact(viewModel::expectStory);
        robot.write("abc");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.BACK_SPACE);
        robot.write("xyz");
        assertThat(text()).as("the story on screen is left alone").isEqualTo("上一篇的内容。");

        robot.interact(() -> viewModel.open(next, new StorySaver(store, writer, next), 0));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text()).isEqualTo("abc\nxyz");
        robot.interact(viewModel::flush);
        writer.drain();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.stories().get(next.id()).paragraphs().stream()
                .anyMatch(p -> p.text().equals("xyz")));
        assertThat(store.stories().get(before.id()).paragraphs()).extracting(Paragraph::text)
                .containsExactly("上一篇的内容。");
    }

    private String text() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#transcript").queryAs(TranscriptArea.class).getText())
                .get(10, TimeUnit.SECONDS);
    }
}
