package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;

/**
 * The store's bulk path on a real H2 file: stories made in batches read back as made, slugs
 * stay unique across batches and against stories made one by one, and the bulk-load
 * compaction (a whole rewrite on close) brings the file within 1.5 times the text it holds,
 * and the store opens again with every story.
 */
class BulkStoriesTest {

    @TempDir
    Path dir;

    private static List<BulkStories.NewStory> batch(int from, int count, long[] textBytes) {
        List<BulkStories.NewStory> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            List<Paragraph> ps = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                String text = CompactionTest.text(i, k);
                textBytes[0] += text.getBytes(StandardCharsets.UTF_8).length;
                ps.add(Paragraph.of(k % 2 == 0 ? SampleInterview.HOST : SampleInterview.GUEST, text));
            }
            out.add(new BulkStories.NewStory(Metadata.withHeadline("Harbour ferry"), SampleInterview.speakers(), ps));
        }
        return out;
    }

    @Test
    void batchesOfStoriesReadBackWithUniqueSlugsAndCompactToNearTheirText() throws Exception {
        long[] text = {0};
        List<UUID> ids = new ArrayList<>();
        Store store = TestStores.fresh(dir);
        try {
            Story single = store.stories().create(Metadata.withHeadline("Harbour ferry"), SampleInterview.speakers(),
                    List.of(Paragraph.of(SampleInterview.HOST, "one by one")));
            for (int b = 0; b < 6; b++) {
                ids.addAll(store.bulk().create(batch(b * 100, 100, text)));
            }
            assertThat(store.library().count()).isEqualTo(601);
            Story first = store.stories().get(ids.get(0));
            assertThat(first.paragraphs()).hasSize(4);
            assertThat(first.paragraphs().get(3).text()).isEqualTo(CompactionTest.text(0, 3));
            assertThat(first.speakers()).isEqualTo(SampleInterview.speakers());
            List<String> slugs = new ArrayList<>();
            slugs.add(single.slug());
            for (UUID id : ids) {
                slugs.add(store.stories().get(id).slug());
            }
            assertThat(slugs).doesNotHaveDuplicates().hasSize(601);
        } finally {
            store.closeCompacted();
        }
        long file = Files.size(dir.resolve(Store.DATABASE_FILE));
        assertThat((double) file / text[0]).as("file %d bytes for %d bytes of text", file, text[0])
                .isLessThanOrEqualTo(1.5);
        try (Store again = TestStores.fresh(dir)) {
            assertThat(again.library().count()).isEqualTo(601);
            assertThat(again.stories().get(ids.get(599)).paragraphs()).hasSize(4);
        }
    }
}
