package org.newsdesk.ui.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.workflow.names.NameKind;
import org.newsdesk.workflow.names.NameUse;

/** Story → Name directory's model without a window: filter, check the new spelling, rename on the writer. */
class NameDirectoryViewModelTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final List<List<UUID>> renamed = new ArrayList<>();
    private final List<String> order = new ArrayList<>();
    private Store store;
    private StoreWriter writer;
    private Story story;
    private NameDirectoryViewModel names;

    private static Metadata byAuthor(String headline, String author) {
        Metadata m = Metadata.withHeadline(headline);
        return new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(), List.of(author), m.editor(),
                m.publishTime(), m.timeZone(), m.channels(), m.keywords(), m.series(), m.internalNote(), m.embargoUntil());
    }

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir);
        writer = new StoreWriter();
        Metadata m = byAuthor("Harbour ferries at dawn", "Lin Wen");
        story = store.stories().create(m, List.of(), List.of());
        store.names().recordUse(m);
        Metadata other = byAuthor("The night market reopens", "Zhou Ping");
        store.stories().create(other, List.of(), List.of());
        store.names().recordUse(other);
        names = new NameDirectoryViewModel(tasks, ENGLISH, store.names(), writer, () -> order.add("typing queued"),
                changed -> {
                    order.add("renamed");
                    renamed.add(changed);
                });
        names.load();
    }

    @AfterEach
    void close() {
        writer.close();
        store.close();
    }

    private NameUse author(String name) {
        return names.names().stream().filter(u -> u.kind() == NameKind.AUTHOR && u.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void theFilterNarrowsTheNames() {
        assertThat(names.names()).extracting(NameUse::name).contains("Lin Wen", "Zhou Ping");

        names.filterProperty().set("zhou");

        assertThat(names.names()).extracting(NameUse::name).containsExactly("Zhou Ping");
    }

    @Test
    void aRenameRunsAfterTheTypingAndChangesEveryStoryThatUsesTheName() {
        names.selectedProperty().set(author("Lin Wen"));
        assertThat(names.newNameProperty().get()).isEqualTo("Lin Wen");
        assertThat(names.canRename()).as("the same spelling is no rename").isFalse();
        names.newNameProperty().set("Lin Wenjun");
        assertThat(names.canRename()).isTrue();

        names.rename();
        tasks.settle();

        assertThat(order).containsExactly("typing queued", "renamed");
        assertThat(renamed).containsExactly(List.of(story.id()));
        assertThat(names.outcomeProperty().get()).isNotEmpty();
        assertThat(names.names()).extracting(NameUse::name).contains("Lin Wenjun").doesNotContain("Lin Wen");
        assertThat(store.stories().get(story.id()).metadata().authors()).containsExactly("Lin Wenjun");
    }
}
