package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;

/**
 * Every guess the import report lists can be taken back before Create, and taking it back
 * changes the previewed result the way reading without that guess would.
 */
class ImportUndoTest {

    @TempDir
    Path dir;

    private ImportPreview preview(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        return new StoryImporter().preview(file, ImportOptions.AUTO, ImportProgress.NONE);
    }

    private static ImportNote note(ImportPreview p, ImportNote.Kind kind) {
        return p.notes().stream().filter(n -> n.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " note in " + p.notes()));
    }

    @Test
    void aHeadlineTakenBackLeavesTheFileNameAndKeepsTheLineInTheText() throws IOException {
        ImportPreview p = preview("綠地訪談.txt", "城市綠地怎樣規劃\n主持人：請您介紹一下。\n嘉賓：好的，我們先說綠地。\n");
        assertThat(p.metadata().headline()).isEqualTo("城市綠地怎樣規劃");
        ImportNote chosen = note(p, ImportNote.Kind.HEADLINE_CHOSEN);
        assertThat(p.canUndo(chosen)).isTrue();

        ImportPreview undone = p.undo(chosen, ImportProgress.NONE);

        assertThat(undone.metadata().headline()).isEqualTo("綠地訪談");
        assertThat(undone.paragraphs().get(0).text()).isEqualTo("城市綠地怎樣規劃");
        assertThat(undone.paragraphs().get(0).speakerKey()).isNull();
        assertThat(undone.paragraphs()).hasSize(p.paragraphs().size() + 1);
        assertThat(undone.notes()).noneMatch(n -> n.kind() == ImportNote.Kind.HEADLINE_CHOSEN);
        assertThat(p.metadata().headline()).as("the preview before is untouched").isEqualTo("城市綠地怎樣規劃");
    }

    @Test
    void aRepeatedHeadlineLineTakenBackStaysInTheText() throws IOException {
        ImportPreview p = preview("a.txt", "城市綠地怎樣規劃\n城市綠地怎樣規劃\n主持人：請您介紹一下。\n嘉賓：好的。\n");
        ImportNote dropped = note(p, ImportNote.Kind.LINE_DROPPED);

        ImportPreview undone = p.undo(dropped, ImportProgress.NONE);

        assertThat(undone.metadata().headline()).isEqualTo("城市綠地怎樣規劃");
        assertThat(undone.paragraphs()).extracting(Paragraph::text).startsWith("城市綠地怎樣規劃", "請您介紹一下。");
        assertThat(undone.notes()).noneMatch(n -> n.kind() == ImportNote.Kind.LINE_DROPPED)
                .anyMatch(n -> n.kind() == ImportNote.Kind.HEADLINE_CHOSEN);
    }

    @Test
    void aCaptionTakenBackStaysInTheTurnItInterrupted() throws IOException {
        ImportPreview p = preview("a.txt", "主持人：請您介紹一下新建的公園。\n嘉賓：好的，我們先說綠地。\n"
                + "圖為新建的口袋公園。王小明 攝\n嘉賓：還有一點要補充。\n主持人：謝謝。\n");
        ImportNote caption = note(p, ImportNote.Kind.CAPTION_AS_NARRATION);
        Paragraph before = p.paragraphs().stream().filter(par -> par.text().startsWith("圖為")).findFirst().orElseThrow();
        assertThat(before.speakerKey()).isNull();

        ImportPreview undone = p.undo(caption, ImportProgress.NONE);

        Paragraph after = undone.paragraphs().stream().filter(par -> par.text().startsWith("圖為")).findFirst()
                .orElseThrow();
        assertThat(after.speakerKey()).isEqualTo("guest1");
        assertThat(undone.notes()).noneMatch(n -> n.kind() == ImportNote.Kind.CAPTION_AS_NARRATION);
    }

    @Test
    void labelsMergedIntoOneSpeakerTakenBackAreTwoSpeakers() throws IOException {
        ImportPreview p = preview("a.txt", "主持人 魯健：各位好，歡迎收看。\n李寶純：大家好。\n主持人：請您先介紹一下。\n"
                + "李寶純：好的。\n");
        ImportNote merged = note(p, ImportNote.Kind.LABELS_MERGED);
        int speakers = p.roster().size();

        ImportPreview undone = p.undo(merged, ImportProgress.NONE);

        assertThat(undone.roster()).hasSize(speakers + 1);
        assertThat(undone.roster()).extracting(Speaker::label).contains("主持人");
        assertThat(undone.paragraphs().get(2).speakerKey()).isNotEqualTo(undone.paragraphs().get(0).speakerKey());
        assertThat(undone.notes()).noneMatch(n -> n.kind() == ImportNote.Kind.LABELS_MERGED);
    }

    @Test
    void namesAcceptedAsSpeakersTakenBackLeaveNoSpeakers() throws IOException {
        ImportPreview p = preview("a.txt", "交通運輸部副部長 王志清：今天介紹一下公路建設的情況。\n"
                + "李四 中央電視台記者：請問今年要修多少公里？\n");
        assertThat(p.roster()).extracting(Speaker::label).containsExactly("王志清", "李四");
        ImportNote accepted = note(p, ImportNote.Kind.LABELS_ACCEPTED);

        ImportPreview undone = p.undo(accepted, ImportProgress.NONE);

        assertThat(undone.roster()).isEmpty();
        assertThat(undone.paragraphs()).extracting(Paragraph::speakerKey).containsOnlyNulls();
        assertThat(undone.paragraphs().get(0).text()).startsWith("交通運輸部副部長 王志清：");
    }

    @Test
    void guessesTakenBackOneAfterAnotherStayTakenBackAndARoleTheEditorSetStays() throws IOException {
        ImportPreview p = preview("綠地訪談.txt", "城市綠地怎樣規劃\n主持人：請您介紹一下新建的公園。\n嘉賓：好的，我們先說綠地。\n"
                + "圖為新建的口袋公園。王小明 攝\n嘉賓：還有一點要補充。\n");
        ImportPreview edited = p.withSpeakerRole("guest1", SpeakerRole.OTHER);
        ImportPreview once = edited.undo(note(edited, ImportNote.Kind.CAPTION_AS_NARRATION), ImportProgress.NONE);
        ImportPreview twice = once.undo(note(once, ImportNote.Kind.HEADLINE_CHOSEN), ImportProgress.NONE);

        assertThat(twice.notes()).noneMatch(n -> n.kind() == ImportNote.Kind.CAPTION_AS_NARRATION
                || n.kind() == ImportNote.Kind.HEADLINE_CHOSEN);
        assertThat(twice.metadata().headline()).isEqualTo("綠地訪談");
        assertThat(twice.roster().stream().filter(s -> s.key().equals("guest1")).findFirst().orElseThrow().role())
                .isEqualTo(SpeakerRole.OTHER);
    }

    @Test
    void pastedTextCanBeTakenBackToo() {
        ImportPreview p = new StoryImporter().previewText("城市綠地怎樣規劃\n主持人：請您介紹一下。\n嘉賓：好的。\n",
                ImportProgress.NONE);
        ImportPreview undone = p.undo(note(p, ImportNote.Kind.HEADLINE_CHOSEN), ImportProgress.NONE);
        assertThat(undone.paragraphs().get(0).text()).isEqualTo("城市綠地怎樣規劃");
        assertThat(undone.encodingChoices()).as("pasted text has no bytes to decode again").isEmpty();
    }

    @Test
    void notesThatAreNotGuessesHaveNoUndo() throws IOException {
        ImportPreview p = preview("a.txt", "主持人：請您介紹一下。\n嘉賓：好的。\n");
        ImportNote foreign = new ImportNote(ImportNote.Kind.ENCODING_GUESSED, 1);
        assertThat(p.canUndo(foreign)).isFalse();
        assertThatThrownBy(() -> p.undo(foreign, ImportProgress.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean beforeFirstTurn(ImportPreview p, String text) {
        for (Paragraph par : p.paragraphs()) {
            if (par.speakerKey() != null) {
                return false;
            }
            if (par.text().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** Over the whole fixture set: each undoable note, taken back alone, goes and changes the preview. */
    @Test
    void everyGuessInEveryFixtureCanBeTakenBackAndChangesThePreview() throws IOException, URISyntaxException {
        Path fixtures = Path.of(Objects.requireNonNull(getClass().getResource("/importer/fixtures")).toURI());
        Set<ImportNote.Kind> undone = EnumSet.noneOf(ImportNote.Kind.class);
        List<Path> files;
        try (Stream<Path> all = Files.list(fixtures)) {
            files = all.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(40);
        for (Path f : files) {
            ImportPreview p = new StoryImporter().preview(f, ImportOptions.AUTO, ImportProgress.NONE);
            for (ImportNote n : p.notes()) {
                if (!p.canUndo(n)) {
                    continue;
                }
                ImportPreview after = p.undo(n, ImportProgress.NONE);
                String where = f.getFileName() + " " + n;
                assertThat(after.notes()).as(where).doesNotContain(n);
                boolean changed = !after.paragraphs().stream().map(par -> par.speakerKey() + "|" + par.text()).toList()
                        .equals(p.paragraphs().stream().map(par -> par.speakerKey() + "|" + par.text()).toList())
                        || !after.roster().equals(p.roster()) || !after.metadata().equals(p.metadata());
                // a line above the first turn is narration with or without the guess
                assertThat(changed || beforeFirstTurn(after, n.detail())).as("taking back %s changes the preview", where)
                        .isTrue();
                undone.add(n.kind());
            }
        }
        System.out.println("[import-undo] kinds taken back over the fixtures: " + undone);
        assertThat(undone).contains(ImportNote.Kind.ROLE_INFERRED, ImportNote.Kind.HEADLINE_CHOSEN,
                ImportNote.Kind.CAPTION_AS_NARRATION);
    }
}
