package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Series;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.model.StorySummary;
import org.newsdesk.workflow.names.NameKind;
import org.newsdesk.workflow.names.NameUse;

/**
 * Newsroom stories joined without their body live in the narrow listed table: the library, the
 * search index's feeds and every reader by id see them as before, and the first write here moves
 * them into the story table with a base without a snapshot (a real H2 file).
 */
class ListedStoriesTest {

    @TempDir
    Path folder;
    private Store store;
    private NewsroomReplica replica;

    @BeforeEach
    void open() {
        store = TestStores.fresh(folder);
        replica = store.newsroom();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Story listedStory(String slug, String headline, Status status, String editor, List<String> channels,
                                     Series series) {
        Metadata m = new Metadata(headline, "码头", "", "摘要：" + headline, "", List.of("记者甲"), editor, null,
                Metadata.DEFAULT_ZONE, channels, List.of("渡口"), series, "", null);
        return new Story(UUID.randomUUID(), slug, status, m, List.of(), List.of(), 0, 0, null, null);
    }

    private static NewsroomReplica.Listed joined(Story s, long serverVersion, boolean trashed) {
        return NewsroomReplica.Listed.of(s.id(), s.slug(), s.status().name().toLowerCase(Locale.ROOT),
                StoryJson.toNode(s).get("metadata").toString(), serverVersion, trashed, "赵编辑");
    }

    private List<Story> joinThree() {
        Series series = new Series("du-kou-xi-lie", "渡口系列", 2, 3);
        List<Story> stories = List.of(
                listedStory("hou-chuan-ting", "渡口新修了候船亭", Status.DRAFT, "王编辑", List.of("web"), null),
                listedStory("chuan-gong", "船工的早班", Status.READY, "李编辑", List.of("app"), series),
                listedStory("jiu-ma-tou", "旧码头拆了", Status.DRAFT, "王编辑", List.of("web"), null));
        replica.writeJoined(List.of(), List.of(joined(stories.get(0), 4, false), joined(stories.get(1), 7, false),
                joined(stories.get(2), 2, true)), Map.of());
        return stories;
    }

    @Test
    void theLibraryAndEveryReaderByIdSeeListedStoriesAsBefore() {
        Story local = store.stories().create(Metadata.withHeadline("本地写的稿"), List.of(), List.of(Paragraph.narration("一段。")));
        long before = store.library().changeSequence();
        List<Story> listed = joinThree();

        LibraryRepository library = store.library();
        assertThat(library.list(LibraryFilter.ALL)).extracting(e -> e.summary().id())
                .containsExactlyInAnyOrder(local.id(), listed.get(0).id(), listed.get(1).id());
        assertThat(library.list(new LibraryFilter(null, null, null, null, true))).extracting(e -> e.summary().id())
                .containsExactly(listed.get(2).id());
        LibraryEntry part = library.entries(List.of(listed.get(1).id())).get(0);
        assertThat(part.summary().headline()).isEqualTo("船工的早班");
        assertThat(part.summary().status()).isEqualTo(Status.READY);
        assertThat(part.summary().editor()).isEqualTo("李编辑");
        assertThat(part.summary().part()).isEqualTo(2);
        assertThat(part.seriesName()).isEqualTo("渡口系列");
        assertThat(part.partsTotal()).isEqualTo(3);
        assertThat(part.channels()).containsExactly("app");
        assertThat(library.ids(LibraryFilter.ALL.withEditor("王编辑"), LibrarySort.LIBRARY, null).size()).isEqualTo(1);
        assertThat(library.ids(LibraryFilter.ALL.withChannel("app"), LibrarySort.LIBRARY, null).get(0))
                .isEqualTo(listed.get(1).id());
        assertThat(library.ids(LibraryFilter.ALL.withStatus(Status.READY), LibrarySort.LIBRARY, null).get(0))
                .isEqualTo(listed.get(1).id());
        assertThat(library.anyPart(LibraryFilter.ALL, null)).isTrue();
        assertThat(library.series()).extracting(SeriesInfo::id).containsExactly("du-kou-xi-lie");
        assertThat(library.editors()).containsExactly("李编辑", "王编辑");
        assertThat(library.count()).isEqualTo(3);
        assertThat(store.stories().list(false)).extracting(StorySummary::id).hasSize(3);

        // the search index's feeds: the change numbers and the stream of the library
        assertThat(library.changeSequence()).isGreaterThan(before);
        assertThat(library.changedSince(before)).extracting(LibraryRepository.StoryChange::id)
                .containsExactlyInAnyOrder(listed.get(0).id(), listed.get(1).id(), listed.get(2).id());
        List<UUID> streamed = new ArrayList<>();
        store.storyStream().forEachInLibrary(null, 1, s -> streamed.add(s.id()));
        assertThat(streamed).containsExactlyInAnyOrder(local.id(), listed.get(0).id(), listed.get(1).id());

        // by id: the story without its body, its state, its base
        Story found = store.stories().get(listed.get(1).id());
        assertThat(found.metadata()).isEqualTo(listed.get(1).metadata());
        assertThat(found.paragraphs()).isEmpty();
        assertThat(store.workflow().signOff().state(found.id()).lastChangedBy()).isEqualTo("赵编辑");
        assertThat(store.stories().inLibrary(listed.get(1).id())).isTrue();
        assertThat(replica.trashed(listed.get(2).id())).isTrue();
        Map<UUID, ReplicaBodies.State> states = replica.bodies().states(List.of(local.id(), listed.get(0).id()));
        assertThat(states).containsEntry(listed.get(0).id(), ReplicaBodies.State.LISTED)
                .containsEntry(local.id(), ReplicaBodies.State.HERE);
        assertThat(replica.base(listed.get(1).id())).hasValueSatisfying(b -> {
            assertThat(b.serverVersion()).isEqualTo(7);
            assertThat(b.snapshot()).isNull();
        });
        assertThat(replica.bodies().counts()).isEqualTo(new ReplicaBodies.Counts(0, 3));
        assertThat(replica.pushCandidates()).containsExactly(local.id());
    }

    @Test
    void aWriteHereMovesTheStoryIntoTheStoryTableAsAListedStoryChangedHere() {
        List<Story> listed = joinThree();
        UUID id = listed.get(0).id();
        store.stories().moveToTrash(id);

        assertThat(replica.bodies().states(List.of(id))).containsEntry(id, ReplicaBodies.State.LISTED_CHANGED);
        assertThat(replica.base(id)).hasValueSatisfying(b -> {
            assertThat(b.serverVersion()).isEqualTo(4);
            assertThat(b.snapshot()).isNull();
        });
        assertThat(replica.pushCandidates()).containsExactly(id);
        assertThat(store.stories().get(id).metadata()).isEqualTo(listed.get(0).metadata());
        assertThat(store.workflow().signOff().state(id).lastChangedBy()).isEqualTo("赵编辑");
        assertThat(store.library().list(new LibraryFilter(null, null, null, null, true))).extracting(e -> e.summary().id())
                .containsExactlyInAnyOrder(id, listed.get(2).id());
        assertThat(store.library().count()).isEqualTo(1);
        assertThat(replica.bodies().counts()).isEqualTo(new ReplicaBodies.Counts(0, 3));

        // keeping a story offline moves it too; the keep list refers to its row
        replica.bodies().keep(listed.get(1).id(), true);
        assertThat(replica.bodies().kept(listed.get(1).id())).isTrue();
        assertThat(replica.bodies().states(List.of(listed.get(1).id())))
                .containsEntry(listed.get(1).id(), ReplicaBodies.State.LISTED);
        assertThat(replica.bodies().listedToKeep()).containsExactly(listed.get(1).id());
    }

    @Test
    void aPullReplacesTheListedRowAndAFetchedBodyMakesItAStory() {
        List<Story> listed = joinThree();
        Story s = listed.get(0);
        long seq = store.library().changeSequence();
        Story renamed = new Story(s.id(), s.slug(), Status.READY, s.metadata().withHeadlineText("候船亭启用了"), List.of(),
                List.of(), 0, 1, null, null);
        replica.bodies().writeListed(renamed, StoryJson.toNode(renamed).get("metadata").toString(), 1, 5, false, "钱编辑");
        assertThat(store.stories().get(s.id()).metadata().headline()).isEqualTo("候船亭启用了");
        assertThat(store.library().entries(List.of(s.id())).get(0).summary().status()).isEqualTo(Status.READY);
        assertThat(replica.base(s.id()).orElseThrow().serverVersion()).isEqualTo(5);
        assertThat(store.workflow().signOff().state(s.id()).lastChangedBy()).isEqualTo("钱编辑");
        assertThat(store.library().changedSince(seq)).extracting(LibraryRepository.StoryChange::id).containsExactly(s.id());
        // a pull that read the row before another write is refused
        assertThatThrownBy(() -> replica.bodies().writeListed(renamed, "{}", 1, 6, false, null))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.STALE));

        Story full = new Story(s.id(), s.slug(), Status.READY, renamed.metadata(), List.of(),
                List.of(Paragraph.narration("候船亭能遮风挡雨。")), 0, 0, null, null);
        replica.writePulled(full, 2L, 6, "{\"base\":true}", true, List.of());
        assertThat(replica.bodies().states(List.of(s.id()))).containsEntry(s.id(), ReplicaBodies.State.HERE);
        assertThat(store.stories().get(s.id()).paragraphs()).extracting(Paragraph::text).containsExactly("候船亭能遮风挡雨。");
        assertThat(replica.bodies().counts()).isEqualTo(new ReplicaBodies.Counts(1, 2));
        assertThat(store.library().list(LibraryFilter.ALL)).extracting(e -> e.summary().id())
                .containsExactlyInAnyOrder(s.id(), listed.get(1).id());
        assertThat(replica.pushCandidates()).isEmpty();
    }

    @Test
    void theNameDirectoryCountsAndRenamesListedStoriesToo() {
        List<Story> listed = joinThree();
        assertThat(store.names().all()).contains(new NameUse(NameKind.AUTHOR, "记者甲", 0, 3),
                new NameUse(NameKind.EDITOR, "王编辑", 0, 2), new NameUse(NameKind.EDITOR, "李编辑", 0, 1));

        List<UUID> changed = store.names().rename(NameKind.AUTHOR, "记者甲", "记者乙");

        assertThat(changed).containsExactlyInAnyOrderElementsOf(listed.stream().map(Story::id).toList());
        for (Story s : listed) {
            assertThat(store.stories().get(s.id()).metadata().authors()).containsExactly("记者乙");
        }
        assertThat(replica.pushCandidates()).hasSize(3); // renamed here, so pushed as every other change
        assertThat(store.names().all()).contains(new NameUse(NameKind.AUTHOR, "记者乙", 0, 3))
                .noneMatch(u -> u.name().equals("记者甲") && u.stories() > 0);
    }
}
