package org.newsdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * A colleague's change merged into the open story is not an undo step, and does not cost the
 * editor theirs: Ctrl+Z undoes the editor's own typing, in its place, with the colleague's text
 * kept. Where the colleague changed the very words the editor typed, the merged text is shown
 * whole and the history starts again: nothing typed is lost either way.
 */
class UndoThroughMergeTest {

    @TempDir
    Path dir;

    private Store store;
    private StoreWriter writer;
    private EditorStage editor;
    private EditorViewModel viewModel;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void window() throws Exception {
        editor = EditorStage.open(dir, VBox::new);
        store = editor.store;
        writer = editor.writer;
        viewModel = editor.viewModel;
    }

    @AfterEach
    void close() throws Exception {
        editor.close();
    }

    @Test
    void ownTypingIsUndoneInItsPlaceAfterAColleaguesChangeMergedInBeforeIt() throws Exception {
        Story story = open();
        type(2, "第2段。".length(), "我补的");
        type(2, 0, "开头");
        assertThat(texts()).containsExactly("第0段。", "第1段。", "开头第2段。我补的", "第3段。");

        // the colleague's words in paragraph 0 and at the end of paragraph 3, merged in (as NewsroomLink does)
        showAgain(story, "同事改的第0段。", "第1段。", "开头第2段。我补的", "第3段。同事补充");
        assertThat(texts()).containsExactly("同事改的第0段。", "第1段。", "开头第2段。我补的", "第3段。同事补充");

        robot.interact(() -> area().undo());
        assertThat(texts()).as("the last own step undone, the colleague's text kept")
                .containsExactly("同事改的第0段。", "第1段。", "第2段。我补的", "第3段。同事补充");
        robot.interact(() -> area().undo());
        assertThat(texts()).containsExactly("同事改的第0段。", "第1段。", "第2段。", "第3段。同事补充");
        assertThat(FxWait.read(() -> area().isUndoAvailable())).as("the colleague's change is no step of ours").isFalse();
        robot.interact(() -> area().redo());
        assertThat(texts()).containsExactly("同事改的第0段。", "第1段。", "第2段。我补的", "第3段。同事补充");
    }

    @Test
    void whereTheColleagueChangedTheWordsJustTypedTheMergedTextStandsAndNothingIsUndoneWrongly() throws Exception {
        Story story = open();
        type(1, "第1段".length(), "，补一句");
        showAgain(story, "第0段。", "第1段，改一句。", "第2段。", "第3段。"); // the colleague's 改 for our 补

        assertThat(texts()).containsExactly("第0段。", "第1段，改一句。", "第2段。", "第3段。");
        assertThat(FxWait.read(() -> area().isUndoAvailable())).isFalse();
        robot.interact(() -> area().undo());
        assertThat(texts()).containsExactly("第0段。", "第1段，改一句。", "第2段。", "第3段。");
    }

    @Test
    void replaceAllIsUndoneAroundAColleaguesWordsInTheSameParagraphs() throws Exception {
        Story story = open();
        robot.interact(() -> {
            FindBar bar = editor.view.findBar();
            bar.showReplace();
            robot.lookup("#findField").queryAs(javafx.scene.control.TextField.class).setText("段");
            robot.lookup("#replaceField").queryAs(javafx.scene.control.TextField.class).setText("节");
            robot.lookup("#replaceAll").queryAs(javafx.scene.control.Button.class).fire();
        });
        assertThat(texts()).containsExactly("第0节。", "第1节。", "第2节。", "第3节。");

        showAgain(story, "同事说第0节。", "第1节。", "第2节。同事补充", "第3节。");

        robot.interact(() -> area().undo());
        assertThat(texts()).as("every replacement undone, the colleague's words kept")
                .containsExactly("同事说第0段。", "第1段。", "第2段。同事补充", "第3段。");
        robot.interact(() -> area().redo());
        assertThat(texts()).containsExactly("同事说第0节。", "第1节。", "第2节。同事补充", "第3节。");
    }

    @Test
    void aSpeakerChangeIsUndoneAfterAColleagueTypedIntoThatParagraph() throws Exception {
        Story story = open();
        robot.interact(() -> {
            area().selectRange(area().getAbsolutePosition(1, 1), area().getAbsolutePosition(1, 1));
            editor.view.commands().setSpeaker(SampleInterview.GUEST);
        });
        assertThat(speakers()).containsExactly(SampleInterview.HOST, SampleInterview.GUEST, SampleInterview.HOST, SampleInterview.HOST);

        showAgain(story, "第0段。", "同事：第1段。还有", "第2段。", "第3段。");

        robot.interact(() -> area().undo());
        assertThat(speakers()).as("our speaker change undone").containsOnly(SampleInterview.HOST);
        assertThat(texts()).as("the colleague's words kept").containsExactly("第0段。", "同事：第1段。还有", "第2段。", "第3段。");
    }

    @Test
    void aSpeakerReassignedEverywhereIsUndoneAfterAColleagueAddedAParagraphAndTypedInOne() throws Exception {
        Story story = open();
        robot.interact(() -> editor.view.commands().reassignSpeaker(SampleInterview.HOST, SampleInterview.GUEST));
        assertThat(speakers()).containsOnly(SampleInterview.GUEST);

        showAgain(story, "第0段。", "第1段。", "第2段，同事改。", "第3段。", "同事加的一段");
        assertThat(texts()).containsExactly("第0段。", "第1段。", "第2段，同事改。", "第3段。", "同事加的一段");

        robot.interact(() -> area().undo());
        assertThat(speakers()).as("our four paragraphs back to the host; the colleague's new one as they wrote it")
                .containsExactly(SampleInterview.HOST, SampleInterview.HOST, SampleInterview.HOST, SampleInterview.HOST,
                        SampleInterview.GUEST);
        assertThat(texts()).containsExactly("第0段。", "第1段。", "第2段，同事改。", "第3段。", "同事加的一段");
    }

    @Test
    void whereTheColleagueGaveTheSameParagraphAnotherSpeakerTheirsStandsAndTheHistoryStartsAgain() throws Exception {
        Story story = open();
        robot.interact(() -> {
            area().moveTo(2, 0);
            editor.view.commands().setSpeaker(SampleInterview.GUEST);
        });
        showAgain(story, java.util.Map.of(2, SampleInterview.HOST), "第0段。", "第1段。", "第2段。", "第3段。");

        assertThat(speakers().get(2)).isEqualTo(SampleInterview.HOST);
        assertThat(FxWait.read(() -> area().isUndoAvailable())).isFalse();
    }

    private Story open() throws Exception {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            paragraphs.add(Paragraph.of(SampleInterview.HOST, "第" + i + "段。"));
        }
        Story story = store.stories().create(Metadata.withHeadline("合并后撤销"), SampleInterview.speakers(), paragraphs);
        robot.interact(() -> viewModel.open(story, new StorySaver(store, writer, story), 0));
        FxWait.until(10, () -> area().getText().startsWith("第0段"));
        return story;
    }

    /** Inserts {@code text} in paragraph {@code paragraph} at {@code column}: one undo step, as a burst of typing is. */
    private void type(int paragraph, int column, String text) {
        robot.interact(() -> {
            area().getUndoManager().preventMerge();
            area().insertText(paragraph, column, text);
        });
    }

    private void showAgain(Story story, String... texts) {
        showAgain(story, java.util.Map.of(), texts);
    }

    /**
     * Writes and shows the stored story with {@code texts} as its paragraphs' words (more texts
     * than paragraphs: new paragraphs at the end) and the speakers {@code speakers} gives by index.
     */
    private void showAgain(Story story, java.util.Map<Integer, String> speakers, String... texts) {
        // the editor's own typing is saved before a colleague's change merged with it is written
        // (otherwise an autosave of a slow machine, 300 ms after the typing, and this write race
        // each other for the same version); written first, then shown, as NewsroomLink does with a pulled merge
        robot.interact(viewModel::flush);
        writer.drain();
        List<Paragraph> saved = store.stories().get(story.id()).paragraphs();
        List<Paragraph> merged = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Paragraph p = i < saved.size() ? saved.get(i) : Paragraph.of(SampleInterview.GUEST, "");
            merged.add(new Paragraph(p.id(), speakers.getOrDefault(i, p.speakerKey()), List.of(Span.plain(texts[i]))));
        }
        try {
            new StorySaver(store, writer, store.stories().get(story.id())).saveTranscript(merged).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Story shown = store.stories().get(story.id());
        robot.interact(() -> viewModel.open(shown, new StorySaver(store, writer, shown), 0));
    }

    private List<String> speakers() {
        return FxWait.read(() -> area().getParagraphs().stream().map(p -> p.getParagraphStyle().speakerKey()).toList());
    }

    private List<String> texts() {
        return FxWait.read(() -> area().getParagraphs().stream().map(p -> p.getText()).toList());
    }

    private TranscriptArea area() {
        return robot.lookup("#transcript").queryAs(TranscriptArea.class);
    }
}
