package org.newsdesk.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.store.StorySaver;
import org.newsdesk.ui.FxWait;
import org.testfx.api.FxRobot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A keystroke lays out the transcript alone: the panes around the editor (in the window: its
 * column, the proofreading split, the tab, the window's columns) are not laid out again, though
 * the typed paragraph grows a line.
 */
class TypingLayoutTest {

    @TempDir
    Path dir;

    private EditorStage editor;
    private final FxRobot robot = new FxRobot();
    /** How often the pane around the editor laid out its children. */
    private final int[] aroundLaidOut = {0};

    @BeforeEach
    void window() throws Exception {
        editor = EditorStage.open(dir, root -> new VBox(root) {
            @Override
            protected void layoutChildren() {
                aroundLaidOut[0]++;
                super.layoutChildren();
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        editor.close();
    }

    @Test
    void typingLaysOutTheTranscriptNotThePanesAroundIt() throws Exception {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            paragraphs.add(Paragraph.of(SampleInterview.HOST, "第" + i + "段，说了几句话。"));
        }
        Story story = editor.store.stories().create(Metadata.withHeadline("打字的布局"), SampleInterview.speakers(), paragraphs);
        robot.interact(() -> editor.viewModel.open(story, new StorySaver(editor.store, editor.writer, story), 0));
        FxWait.until(10, () -> editor.view.area().getText().startsWith("第0段"));
        TranscriptArea area = editor.view.area();
        robot.interact(() -> {
            area.moveTo(3, 4);
            area.requestFocus();
        });
        robot.interact(() -> { }); // a pulse: everything laid out once
        int before = FxWait.read(() -> aroundLaidOut[0]);
        int length = FxWait.read(area::getLength);

        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            typed.append('长');
            robot.interact(() -> {
                area.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "长", "", KeyCode.UNDEFINED, false, false, false, false));
                area.getScene().getRoot().layout();
            });
        }

        assertThat(FxWait.read(area::getLength)).isEqualTo(length + 60);
        assertThat(FxWait.read(() -> area.getParagraph(3).getText())).contains(typed);
        assertThat(FxWait.read(() -> aroundLaidOut[0])).as("layouts of the pane around the editor while typing")
                .isEqualTo(before);
    }
}
