package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;

/** The change sequence (migration V10) and the paged stream over the library. */
class StoryStreamTest {

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Story create(String headline, int paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            ps.add(i % 2 == 0 ? Paragraph.of("host", headline + "的第" + i + "段") : Paragraph.of("guest", "回答" + i));
        }
        return store.stories().create(Metadata.withHeadline(headline),
                List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                        new Speaker("guest", "林先生", "林大同", "館長", SpeakerRole.GUEST)), ps);
    }

    @Test
    void everyWriteOfAStoryMovesTheChangeSequenceOn() {
        assertThat(store.library().changeSequence()).isZero();
        Story a = create("港口擴建", 2);
        long created = store.library().changeSequence();
        assertThat(created).isPositive();
        long v = store.stories().updateMetadata(a.id(), a.version(), Metadata.withHeadline("港口擴建二期"));
        long afterMeta = store.library().changeSequence();
        assertThat(afterMeta).isGreaterThan(created);
        store.stories().applyEdit(a.id(), v, org.newsdesk.model.TranscriptEdit.between(
                store.stories().get(a.id()).paragraphs(),
                List.of(store.stories().get(a.id()).paragraphs().get(0), Paragraph.of("guest", "新的回答"))));
        long afterEdit = store.library().changeSequence();
        assertThat(afterEdit).isGreaterThan(afterMeta);
        store.stories().moveToTrash(a.id());
        assertThat(store.library().changedSince(afterEdit))
                .containsExactly(new LibraryRepository.StoryChange(a.id(), false, store.library().changeSequence()));
        assertThat(store.library().changedSince(store.library().changeSequence())).isEmpty();
    }

    @Test
    void theStreamHandsOutTheLibraryInIdOrderPageByPageAndResumesAfterAnId() {
        List<Story> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(create("故事" + i, 3 + i));
        }
        Story trashed = create("已刪除", 1);
        store.stories().moveToTrash(trashed.id());

        List<Story> seen = new ArrayList<>();
        store.storyStream().forEachInLibrary(null, 2, seen::add);
        List<UUID> expectedOrder = made.stream().map(Story::id)
                .sorted(Comparator.comparing(UUID::toString)).toList();
        assertThat(seen).extracting(Story::id).containsExactlyElementsOf(expectedOrder);
        for (Story s : seen) {
            assertThat(s).isEqualTo(store.stories().get(s.id()));
        }
        assertThat(store.library().count()).isEqualTo(5);

        List<UUID> rest = new ArrayList<>();
        store.storyStream().forEachInLibrary(expectedOrder.get(1), 2, s -> rest.add(s.id()));
        assertThat(rest).containsExactlyElementsOf(expectedOrder.subList(2, 5));
    }
}
