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
 * The speaker chip beside a paragraph is made once: typing (which makes the paragraph's cell
 * again at every keystroke) hands the same chip to the new cell, and the chip still shows what
 * the paragraph is (turn start or continued, the paragraph being heard, a change of speaker).
 */
class SpeakerChipReuseTest {

    @TempDir
    Path dir;

    private EditorStage editor;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void window() throws Exception {
        editor = EditorStage.open(dir, VBox::new);
    }

    @AfterEach
    void close() throws Exception {
        editor.close();
    }

    @Test
    void typingMakesNoChipAndTheReusedChipFollowsTheParagraph() throws Exception {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // host, guest, guest, host, guest, guest ...: turn starts and continued turns
            paragraphs.add(Paragraph.of(i % 3 == 0 ? SampleInterview.HOST : SampleInterview.GUEST, "第" + i + "段，说了几句话。"));
        }
        Story story = editor.store.stories().create(Metadata.withHeadline("说话人标签"), SampleInterview.speakers(), paragraphs);
        robot.interact(() -> editor.viewModel.open(story, new StorySaver(editor.store, editor.writer, story), 0));
        FxWait.until(10, () -> editor.view.area().getText().startsWith("第0段"));
        TranscriptArea area = editor.view.area();
        robot.interact(() -> {
            area.moveTo(1, 3);
            area.requestFocus();
        });
        robot.interact(() -> { }); // a pulse: every visible paragraph has its chip
        SpeakerChip before = FxWait.read(() -> chipOf(area, 1));
        int made = FxWait.read(editor.view::chipsMade);
        assertThat(FxWait.read(before::text)).isEqualTo("李主任");

        for (int i = 0; i < 30; i++) {
            robot.interact(() -> {
                area.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "长", "", KeyCode.UNDEFINED, false, false, false, false));
                area.getScene().getRoot().layout();
            });
        }

        assertThat(FxWait.read(() -> area.getParagraph(1).getText())).contains("长".repeat(30));
        assertThat(FxWait.read(editor.view::chipsMade)).as("chips made while typing").isEqualTo(made);
        assertThat(FxWait.read(() -> chipOf(area, 1))).isSameAs(before);
        assertThat(FxWait.read(() -> chipOf(area, 2).text())).isEqualTo("┆");
        assertThat(FxWait.read(() -> chipOf(area, 2).getChildrenUnmodifiable().get(0).getStyleClass()))
                .containsExactly("speaker-chip-text", "speaker-continued");

        // the paragraph being heard is marked, and unmarked again, on the same chip
        robot.interact(() -> editor.view.showPlaying(1));
        robot.interact(() -> { });
        assertThat(FxWait.read(() -> chipOf(area, 1).getStyleClass())).contains("paragraph-playing");
        robot.interact(() -> editor.view.showPlaying(-1));
        robot.interact(() -> { });
        assertThat(FxWait.read(() -> chipOf(area, 1).getStyleClass())).doesNotContain("paragraph-playing");

        // the guest's second paragraph given to the host: it starts a turn, the next one too
        robot.interact(() -> editor.view.commands().reassignSpeaker(SampleInterview.GUEST, SampleInterview.HOST));
        robot.interact(() -> { });
        assertThat(FxWait.read(() -> chipOf(area, 1).text())).isEqualTo("┆");
        assertThat(FxWait.read(() -> chipOf(area, 0).text())).isEqualTo("主持人");
        assertThat(FxWait.read(() -> chipOf(area, 2).getChildrenUnmodifiable().get(0).getStyleClass()))
                .containsExactly("speaker-chip-text", "speaker-continued");
    }

    /** The chip shown beside paragraph {@code index} (the one in the scene, in its paragraph's cell). */
    private static SpeakerChip chipOf(TranscriptArea area, int index) {
        String text = area.getParagraph(index).getText();
        for (var node : area.lookupAll(".speaker-chip")) {
            if (node instanceof SpeakerChip chip && node.getScene() != null) {
                var box = chip.getParent();
                for (var sibling : box.getChildrenUnmodifiable()) {
                    if (sibling instanceof javafx.scene.text.TextFlow flow && flowText(flow).equals(text)) {
                        return chip;
                    }
                }
            }
        }
        throw new AssertionError("no chip shown beside paragraph " + index);
    }

    private static String flowText(javafx.scene.text.TextFlow flow) {
        StringBuilder b = new StringBuilder();
        for (var child : flow.getChildren()) {
            if (child instanceof javafx.scene.text.Text t) {
                b.append(t.getText());
            }
        }
        return b.toString();
    }
}
