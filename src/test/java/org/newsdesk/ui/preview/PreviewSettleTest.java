package org.newsdesk.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.StoryPages;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.SameThreadTasks;

/**
 * The Preview tab's model without the JavaFX toolkit: it renders when shown, and a burst of
 * changes makes one new page once they settle, with the newest text.
 */
class PreviewSettleTest {

    @TempDir
    Path dataFolder;
    private final SameThreadTasks tasks = new SameThreadTasks();

    @Test
    void aBurstOfChangesRendersOnceWithTheNewestText() throws Exception {
        try (Store store = TestStores.fresh(dataFolder)) {
            Story[] current = {store.stories().create(Metadata.withHeadline("Harbour ferries at dawn"), List.of(),
                    List.of(Paragraph.narration("渡輪清晨六點開出。")))};
            StoryPages pages = StoryPages.forStore(store);
            PreviewViewModel preview = new PreviewViewModel(tasks, new Messages(Locale.ENGLISH), () -> current[0],
                    () -> pages, () -> dataFolder.resolve("preview"));
            List<URI> shown = new ArrayList<>();
            preview.pageProperty().addListener((o, was, now) -> shown.add(now));

            preview.changed();
            assertThat(shown).as("a hidden preview renders nothing").isEmpty();
            preview.activeProperty().set(true);
            assertThat(shown).hasSize(1);

            for (String text : List.of("渡輪七點開出。", "渡輪八點開出。", "渡輪九點開出。")) {
                Story s = current[0];
                current[0] = new Story(s.id(), s.slug(), s.status(), s.metadata(), s.speakers(),
                        List.of(Paragraph.narration(text)), s.revision(), s.version(), s.createdAt(), s.updatedAt());
                preview.changed();
                tasks.advance(Duration.ofMillis(100));
            }
            assertThat(shown).as("still changing: no new page yet").hasSize(1);

            tasks.advance(Duration.ofMillis(500));

            assertThat(shown).hasSize(2);
            Path file = Path.of(URI.create(shown.get(1).toString().replaceFirst("\\?.*$", "")));
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("渡輪九點開出。").doesNotContain("渡輪八點開出。");
            assertThat(preview.problemProperty().get()).isEmpty();
        }
    }
}
