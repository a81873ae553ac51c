package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;

/** What the GUI's preview dialog does with a preview before and when it commits. */
class ImportPreviewTest {

    @TempDir
    Path dir;

    private ImportPreview preview(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("訪談.txt"), text);
        return new StoryImporter().preview(file, ImportOptions.AUTO, ImportProgress.NONE);
    }

    @Test
    void mergingTwoLabelsOfOnePersonMovesTheParagraphsAndDropsTheEntry() throws IOException {
        ImportPreview p = preview("主持人：請介紹一下。\n李寶純：好的。\n主持人：還有呢？\n李主任：還有一點。\n補充一句。");
        assertThat(p.roster()).extracting(Speaker::key).containsExactly("host", "guest1", "guest2");
        ImportPreview merged = p.mergeSpeakers("guest1", "guest2");
        assertThat(merged.roster()).extracting(Speaker::label).containsExactly("主持人", "李寶純");
        assertThat(merged.paragraphs()).extracting(Paragraph::speakerKey)
                .containsExactly("host", "guest1", "host", "guest1", "guest1");
        assertThat(merged.paragraphCounts()).containsEntry("guest1", 3).containsEntry("host", 2).hasSize(2);
        assertThat(p.roster()).hasSize(3); // the original preview is untouched
        assertThat(merged.paragraphs()).extracting(Paragraph::id)
                .containsExactlyElementsOf(p.paragraphs().stream().map(Paragraph::id).toList());
    }

    @Test
    void changingARoleKeepsKeysAndParagraphs() throws IOException {
        ImportPreview p = preview("網友：請問？\n主持人：請嘉賓回答。");
        ImportPreview changed = p.withSpeakerRole("audience1", SpeakerRole.GUEST);
        assertThat(changed.roster().get(0).role()).isEqualTo(SpeakerRole.GUEST);
        assertThat(changed.paragraphs()).isEqualTo(p.paragraphs());
        assertThatThrownBy(() -> p.withSpeakerRole("nobody", SpeakerRole.HOST)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commitCreatesTheStoryInOneGo(@TempDir Path data) throws IOException {
        ImportPreview p = preview("主持人：請介紹一下。\n李寶純：好的。\n繼續。");
        ImportPreview edited = p.withMetadata(p.metadata().withHeadlineText("科委訪談"));
        try (Store store = TestStores.fresh(data)) {
            Story story = edited.commit(store.stories());
            Story read = store.stories().get(story.id());
            assertThat(read.metadata().headline()).isEqualTo("科委訪談");
            assertThat(read.speakers()).isEqualTo(edited.roster());
            assertThat(read.paragraphs()).extracting(Paragraph::speakerKey).containsExactly("host", "guest1", "guest1");
            assertThat(read.paragraphs()).extracting(Paragraph::text).containsExactly("請介紹一下。", "好的。", "繼續。");
        }
    }

    @Test
    void pastedTextHasNoEncodingToChange() {
        ImportPreview p = new StoryImporter().previewText("主持人：你好。", ImportProgress.NONE);
        assertThat(p.source()).isEmpty();
        assertThat(p.encodingChoices()).isEmpty();
        assertThatThrownBy(() -> p.reDecode(EncodingDetector.BIG5, ImportProgress.NONE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void progressIsReportedUpToTheWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("long.txt"), "主持人：你好。\n李寶純：你好。\n".repeat(5000));
        long[] last = {0, 0};
        int[] calls = {0};
        new StoryImporter().preview(file, ImportOptions.AUTO, new ImportProgress() {
            @Override
            public void update(long done, long total) {
                assertThat(done).isBetween(0L, total);
                last[0] = done;
                last[1] = total;
                calls[0]++;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(calls[0]).isGreaterThan(2);
        assertThat(last[0]).isEqualTo(last[1]);
    }
}
