package org.newsdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.StorySaver;
import org.newsdesk.ui.FxWait;
import org.testfx.api.FxRobot;

/**
 * A colleague's changes merged into the open story show it again: the editor reading further down
 * stays where they were, and whoever is typing in another field keeps the focus.
 */
class MergedStoryShownAgainTest {

    @TempDir
    Path dir;

    private Store store;
    private StoreWriter writer;
    private EditorStage editor;
    private EditorViewModel viewModel;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void window() throws Exception {
        editor = EditorStage.open(dir, root -> {
            TextField headline = new TextField();
            headline.setId("headline");
            return new VBox(headline, root);
        });
        store = editor.store;
        writer = editor.writer;
        viewModel = editor.viewModel;
    }

    @AfterEach
    void close() throws Exception {
        editor.close();
    }

    @Test
    void theViewKeepsItsTopParagraphAndTheFocusStaysInTheOtherField() throws Exception {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            paragraphs.add(Paragraph.of(SampleInterview.HOST, "第" + i + "段。"));
        }
        Story story = store.stories().create(Metadata.withHeadline("合并"), SampleInterview.speakers(), paragraphs);
        robot.interact(() -> viewModel.open(story, new StorySaver(store, writer, story), 0));
        robot.interact(() -> robot.lookup("#transcript").queryAs(TranscriptArea.class).showParagraphAtTop(20));
        FxWait.until(10, () -> area().firstVisibleParToAllParIndex() == 20);
        robot.clickOn("#headline");
        FxWait.until(10, () -> robot.lookup("#headline").query().isFocused());

        // the colleague's words at the top of the story, merged in (what NewsroomLink does)
        List<Paragraph> merged = new ArrayList<>(story.paragraphs());
        Paragraph first = merged.get(0);
        merged.set(0, new Paragraph(first.id(), first.speakerKey(), List.of(Span.plain("同事补充。第0段。"))));
        Story shown = new Story(story.id(), story.slug(), story.status(), story.metadata(), story.speakers(), merged,
                story.revision(), story.version() + 1, story.createdAt(), story.updatedAt());
        robot.interact(() -> viewModel.open(shown, new StorySaver(store, writer, shown), 5));

        FxWait.until(10, () -> area().getText().startsWith("同事补充。"));
        assertThat(FxWait.read(() -> robot.lookup("#headline").query().isFocused()))
                .as("the field being typed in keeps the focus").isTrue();
        assertThat(FxWait.read(() -> area().firstVisibleParToAllParIndex()))
                .as("the paragraph at the top of the view").isEqualTo(20);
        assertThat(FxWait.read(() -> area().getCaretPosition())).isEqualTo(5);
    }

    @Test
    void theCaretsLineStaysWhereItWasOnScreenWhenTheColleagueWroteAboveAndBelowIt() throws Exception {
        String words = "码头的吊车还在转，夜班工人把最后一批集装箱送上了船，海关的人在一旁核对单据。".repeat(3);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            paragraphs.add(Paragraph.of(SampleInterview.HOST, i + words));
        }
        Story story = store.stories().create(Metadata.withHeadline("合并"), SampleInterview.speakers(), paragraphs);
        robot.interact(() -> viewModel.open(story, new StorySaver(store, writer, story), 0));
        // typing at the end of wrapped paragraph 5; the view scrolled so paragraph 3 is cut at the top
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(5, area().getParagraphLength(5));
            area().showParagraphAtTop(3);
            area().layout();
            area().scrollYBy(9);
        });
        FxWait.until(10, () -> area().getCaretBounds().isPresent());
        double before = FxWait.read(() -> area().getCaretBounds().orElseThrow().getMinY());

        // the colleague adds a sentence to paragraph 4 (one more line above the caret) and changes paragraph 8
        String added = "同事补了一句，说船期推迟到明天早上六点。";
        List<Paragraph> merged = new ArrayList<>(story.paragraphs());
        for (int i : new int[] {4, 8}) {
            Paragraph p = merged.get(i);
            merged.set(i, new Paragraph(p.id(), p.speakerKey(), List.of(Span.plain(p.text() + added))));
        }
        Story shown = new Story(story.id(), story.slug(), story.status(), story.metadata(), story.speakers(), merged,
                story.revision(), story.version() + 1, story.createdAt(), story.updatedAt());
        int caret = FxWait.read(() -> area().getCaretPosition()) + added.length();
        robot.interact(() -> viewModel.open(shown, new StorySaver(store, writer, shown), caret));

        FxWait.until(10, () -> area().getParagraph(4).getText().endsWith(added));
        assertThat(FxWait.read(() -> area().getCaretPosition())).isEqualTo(caret);
        double after = FxWait.read(() -> {
            area().layout();
            return area().getCaretBounds().orElseThrow().getMinY();
        });
        assertThat(after).as("the caret's line on screen").isCloseTo(before, org.assertj.core.data.Offset.offset(1.0));
    }

    private TranscriptArea area() {
        return robot.lookup("#transcript").queryAs(TranscriptArea.class);
    }
}
