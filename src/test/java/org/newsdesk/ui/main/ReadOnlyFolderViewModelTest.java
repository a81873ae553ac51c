package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.SmallDisk;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.Startup;
import org.newsdesk.store.Store;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.workflow.metadata.ChannelList;

/**
 * The window's model on a data folder that is really read-only (a tmpfs remounted read-only):
 * stories open for reading, nothing can be typed where it could not be saved, the status line
 * says why, and the search index lives outside the folder.
 */
@Tag("system")
class ReadOnlyFolderViewModelTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @Test
    void aReadOnlyFolderOpensItsStoriesForReadingOnly() throws Exception {
        try (SmallDisk disk = SmallDisk.mount("64m")) {
            Path data = disk.root().resolve("data");
            Story story;
            try (Store writable = Store.open(data)) {
                story = writable.stories().create(Metadata.withHeadline("只读文件夹里的访谈"), List.of(),
                        List.of(Paragraph.narration("这一段只能阅读。")));
                writable.appState().put(Startup.LAST_STORY, story.id().toString());
            }
            disk.makeReadOnly();

            SameThreadTasks tasks = new SameThreadTasks();
            try (Store store = Store.open(data)) {
                assertThat(store.readOnly()).isTrue();
                MainViewModel main = new MainViewModel(tasks, ENGLISH, ChannelList.DEFAULT, TestFolder.services(store));
                main.begin(null);
                tasks.settle();

                assertThat(main.openStoryProperty().get()).isEqualTo(story.id());
                assertThat(main.editor().storyProperty().get().paragraphs()).extracting(Paragraph::text)
                        .containsExactly("这一段只能阅读。");
                assertThat(main.editor().readOnlyProperty().get()).as("no typing where it cannot be saved").isTrue();
                assertThat(main.metadata().editableProperty().get()).isFalse();
                assertThat(main.noticeProperty().get()).isEqualTo(ENGLISH.get("store.error.readOnly", data));
                try (var inFolder = Files.list(data)) {
                    assertThat(inFolder).as("no index or journal written into the folder")
                            .noneMatch(p -> p.getFileName().toString().equals("index"));
                }
                boolean[] done = new boolean[1];
                main.shutdown(() -> done[0] = true);
                tasks.settleUntil(() -> done[0]);
            }
        }
    }
}
