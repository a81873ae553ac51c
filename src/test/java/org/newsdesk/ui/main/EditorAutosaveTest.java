package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.workflow.metadata.ChannelList;

/**
 * The transcript editor's autosave without the JavaFX toolkit: saved once typing pauses, and
 * during steady typing at the latest 900 ms after the first unsaved change, on the seam's clock.
 */
class EditorAutosaveTest {

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private List<Paragraph> shown;
    private Store store;
    private MainViewModel main;
    private Story story;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir);
        story = store.stories().create(Metadata.withHeadline("Harbour ferries at dawn"), List.of(),
                List.of(Paragraph.narration("渡輪清晨六點開出。")));
        main = new MainViewModel(tasks, new Messages(Locale.ENGLISH), ChannelList.DEFAULT, TestFolder.services(store));
        shown = ShownTranscript.follow(main);
        main.begin(null);
        tasks.settle();
        main.open(story.id());
        tasks.settle();
    }

    @AfterEach
    void close() {
        boolean[] done = new boolean[1];
        main.shutdown(() -> done[0] = true);
        tasks.settleUntil(() -> done[0]);
    }

    private void type(String text) {
        shown.add(Paragraph.narration(text));
        main.editor().edited();
    }

    private List<String> stored() {
        return store.stories().get(story.id()).paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void typingIsSavedOnceItPauses() {
        type("碼頭上已經排滿了人。");
        tasks.advance(Duration.ofMillis(299));
        assertThat(stored()).containsExactly("渡輪清晨六點開出。");
        assertThat(main.editor().hasUnsaved()).isTrue();

        tasks.advance(Duration.ofMillis(1));

        assertThat(stored()).containsExactly("渡輪清晨六點開出。", "碼頭上已經排滿了人。");
        assertThat(main.editor().hasUnsaved()).isFalse();
    }

    @Test
    void steadyTypingIsSavedAtTheLatestAfterTheLongestDelay() {
        for (int i = 0; i < 4; i++) {
            type("第" + i + "句。");
            tasks.advance(Duration.ofMillis(200));
        }
        assertThat(stored()).as("800 ms of steady typing: not yet").hasSize(1);
        type("第4句。");

        tasks.advance(Duration.ofMillis(100));

        assertThat(stored()).hasSize(6).endsWith("第4句。");
    }
}
