package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;

/**
 * The index against a real store file: the watermark confirms a current index without
 * reading the library, catching up reads only what changed, a story in the trash leaves the
 * results, and a rebuild cut short goes on from its last checkpoint.
 */
class IndexWatermarkTest {

    @TempDir
    Path data;
    private Store store;
    private Path indexFolder;

    @BeforeEach
    void open() {
        store = TestStores.fresh(data.resolve("store"));
        indexFolder = data.resolve("index");
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The store's source, counting what the index asks of it. */
    private static final class Counting implements StorySource {
        private final StorySource real;
        int versionCalls;
        int loads;
        int streamed;
        final List<UUID> streamStarts = new ArrayList<>();
        /** Throw after handing out this many stories (a process that ends mid-rebuild); -1: never. */
        int failAfter = -1;

        Counting(StorySource real) {
            this.real = real;
        }

        @Override
        public Map<UUID, Long> versions() {
            versionCalls++;
            return real.versions();
        }

        @Override
        public Optional<Story> load(UUID id) {
            loads++;
            return real.load(id);
        }

        @Override
        public long changeSequence() {
            return real.changeSequence();
        }

        @Override
        public List<Change> changesSince(long sequence) {
            return real.changesSince(sequence);
        }

        @Override
        public int count() {
            return real.count();
        }

        @Override
        public void forEachStory(UUID afterId, Consumer<Story> each) {
            streamStarts.add(afterId);
            real.forEachStory(afterId, s -> {
                if (failAfter >= 0 && streamed >= failAfter) {
                    throw new IllegalStateException("stopped mid-rebuild");
                }
                streamed++;
                each.accept(s);
            });
        }
    }

    private Story create(String headline, String text) {
        return store.stories().create(Metadata.withHeadline(headline),
                List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST)),
                List.of(Paragraph.of("host", text), Paragraph.narration("以下是訪談文字實錄")));
    }

    private List<UUID> hits(SearchIndex index, String query) {
        return index.search(query, 0, 50).hits().stream().map(SearchHit::storyId).toList();
    }

    @Test
    void aCurrentIndexIsConfirmedByItsWatermarkWithoutReadingTheLibrary() {
        Story a = create("河畔公園重新開放", "公園的步道已經修好了。");
        create("夜市攤位抽籤", "今年共有八十個攤位。");
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            IndexSync.Outcome first = IndexSync.refresh(index, new StoreStories(store));
            assertThat(first).isEqualTo(new IndexSync.Outcome(2, 0, true));
            assertThat(index.watermark()).isEqualTo(store.library().changeSequence()).isPositive();
        }
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            Counting source = new Counting(new StoreStories(store));
            assertThat(IndexSync.refresh(index, source)).isEqualTo(new IndexSync.Outcome(0, 0, false));
            assertThat(source.versionCalls).isZero();
            assertThat(source.loads).isZero();
            assertThat(source.streamStarts).isEmpty();
            assertThat(hits(index, "步道")).containsExactly(a.id());
        }
    }

    @Test
    void catchingUpReadsOnlyTheStoriesWrittenSinceTheWatermark() {
        Story a = create("河畔公園重新開放", "公園的步道已經修好了。");
        Story b = create("夜市攤位抽籤", "今年共有八十個攤位。");
        create("圖書館延長開放", "週末開到晚上九點。");
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            IndexSync.refresh(index, new StoreStories(store));
        }
        store.stories().updateMetadata(b.id(), b.version(), Metadata.withHeadline("夜市攤位抽籤延期"));
        Story c = create("新建單車道", "單車道沿著河岸鋪設。");
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            Counting source = new Counting(new StoreStories(store));
            assertThat(IndexSync.refresh(index, source)).isEqualTo(new IndexSync.Outcome(2, 0, false));
            assertThat(source.loads).isEqualTo(2);
            assertThat(source.versionCalls).isZero();
            assertThat(source.streamStarts).isEmpty();
            assertThat(index.watermark()).isEqualTo(store.library().changeSequence());
            assertThat(hits(index, "延期")).containsExactly(b.id());
            assertThat(hits(index, "單車道")).containsExactly(c.id());
            assertThat(hits(index, "步道")).containsExactly(a.id());
            assertThat(index.size()).isEqualTo(4);
        }
    }

    @Test
    void aStoryMovedToTheTrashLeavesTheIndexAndComesBackWhenRestored() {
        Story a = create("河畔公園重新開放", "公園的步道已經修好了。");
        create("夜市攤位抽籤", "今年共有八十個攤位。");
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            IndexSync.refresh(index, new StoreStories(store));
            store.stories().moveToTrash(a.id());
            assertThat(IndexSync.refresh(index, new StoreStories(store))).isEqualTo(new IndexSync.Outcome(0, 1, false));
            assertThat(hits(index, "步道")).isEmpty();
            assertThat(index.size()).isEqualTo(1);
            store.stories().restoreFromTrash(a.id());
            assertThat(IndexSync.refresh(index, new StoreStories(store))).isEqualTo(new IndexSync.Outcome(1, 0, false));
            assertThat(hits(index, "步道")).containsExactly(a.id());
        }
    }

    @Test
    void aRebuildCutShortGoesOnFromItsLastCheckpoint() {
        List<Story> made = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            made.add(create("社區報導第" + (i + 1) + "篇", "第" + (i + 1) + "位居民談社區花園。"));
        }
        Counting first = new Counting(new StoreStories(store));
        first.failAfter = 7;
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            assertThatThrownBy(() -> IndexSync.refresh(index, first, IndexSync.Progress.NONE, 5))
                    .hasMessageContaining("stopped mid-rebuild");
        }
        // written while no one was indexing: the resumed rebuild must catch it up
        Story changed = made.get(0);
        store.stories().updateMetadata(changed.id(), changed.version(), Metadata.withHeadline("社區花園開放日"));

        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            Optional<SearchIndex.UnfinishedRebuild> unfinished = index.unfinishedRebuild();
            assertThat(unfinished).isPresent();
            assertThat(index.watermark()).isEqualTo(-1);
            Counting second = new Counting(new StoreStories(store));
            List<int[]> reports = new ArrayList<>();
            IndexSync.Outcome outcome = IndexSync.refresh(index, second, (done, total) -> reports.add(new int[] {done, total}), 5);
            assertThat(outcome.rebuilt()).isTrue();
            assertThat(second.streamStarts).containsExactly(unfinished.get().afterId());
            assertThat(second.streamed).isEqualTo(7); // 12 stories, the first 5 kept from the checkpoint
            assertThat(index.size()).isEqualTo(12);
            assertThat(index.unfinishedRebuild()).isEmpty();
            assertThat(index.watermark()).isEqualTo(store.library().changeSequence());
            assertThat(hits(index, "開放日")).containsExactly(changed.id());
            assertThat(hits(index, "社區花園")).hasSize(12).doesNotHaveDuplicates();
            assertThat(reports.get(reports.size() - 1)).containsExactly(12, 12);
        }
    }

    @Test
    void aRebuildAskedToStopKeepsWhatItBuiltSearchesItAndGoesOnNextTime() {
        for (int i = 0; i < 12; i++) {
            create("社區報導第" + (i + 1) + "篇", "第" + (i + 1) + "位居民談社區花園。");
        }
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            int[] asked = {0};
            IndexSync.Outcome stopped = IndexSync.refresh(index, new StoreStories(store), IndexSync.Progress.NONE,
                    () -> ++asked[0] > 5);
            assertThat(stopped).isEqualTo(new IndexSync.Outcome(5, 0, true));
            assertThat(IndexSync.complete(index)).isFalse();
            assertThat(index.size()).isEqualTo(5);
            assertThat(hits(index, "社區花園")).hasSize(5);
        }
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            assertThat(IndexSync.complete(index)).isFalse();
            Counting source = new Counting(new StoreStories(store));
            assertThat(IndexSync.refresh(index, source).rebuilt()).isTrue();
            assertThat(source.streamed).isEqualTo(7);
            assertThat(IndexSync.complete(index)).isTrue();
            assertThat(index.watermark()).isEqualTo(store.library().changeSequence());
            assertThat(hits(index, "社區花園")).hasSize(12).doesNotHaveDuplicates();
        }
    }

    @Test
    void aRebuildReportsEveryStoryOfTheTotal() {
        for (int i = 0; i < 3; i++) {
            create("市場報導" + i, "菜價平穩。");
        }
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            List<String> reports = new ArrayList<>();
            IndexSync.rebuild(index, new StoreStories(store), (done, total) -> reports.add(done + "/" + total));
            assertThat(reports).containsExactly("0/3", "1/3", "2/3", "3/3");
            assertThat(index.size()).isEqualTo(3);
        }
    }

    @Test
    void anIndexOfAnotherSchemaIsRebuiltOnceAndThenConfirmedByItsWatermark() throws Exception {
        Story a = create("河畔公園重新開放", "公園的步道已經修好了。");
        try (org.apache.lucene.store.FSDirectory dir = org.apache.lucene.store.FSDirectory.open(indexFolder);
             org.apache.lucene.index.IndexWriter old = new org.apache.lucene.index.IndexWriter(dir,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField("id", "old", org.apache.lucene.document.Field.Store.YES));
            old.addDocument(doc);
            old.setLiveCommitData(Map.of(SearchIndex.SCHEMA_KEY, "newsdesk-search-0").entrySet());
            old.commit();
        }
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            assertThat(index.outdated()).isTrue();
            assertThat(IndexSync.refresh(index, new StoreStories(store))).isEqualTo(new IndexSync.Outcome(1, 0, true));
            assertThat(index.outdated()).isFalse();
            Counting source = new Counting(new StoreStories(store));
            assertThat(IndexSync.refresh(index, source)).isEqualTo(new IndexSync.Outcome(0, 0, false));
            assertThat(source.streamStarts).isEmpty();
            assertThat(hits(index, "步道")).containsExactly(a.id());
            assertThat(index.size()).isEqualTo(1);
        }
    }

    @Test
    void anIndexOfAnotherSchemaOrWithoutWatermarkIsRebuiltFromTheStream() {
        create("河畔公園重新開放", "公園的步道已經修好了。");
        try (SearchIndex index = SearchIndex.open(indexFolder)) {
            index.rebuild(List.of()); // as an index written before watermarks: no watermark recorded
            assertThat(index.watermark()).isEqualTo(-1);
            Counting source = new Counting(new StoreStories(store));
            assertThat(IndexSync.refresh(index, source)).isEqualTo(new IndexSync.Outcome(1, 0, true));
            assertThat(source.streamStarts).containsExactly((UUID) null);
            assertThat(source.versionCalls).isZero();
        }
    }
}
