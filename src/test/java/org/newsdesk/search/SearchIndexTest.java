package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Series;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

class SearchIndexTest {

    private SearchIndex index;
    /** An invented interview with 創業 in its transcript. */
    private Story seed;
    /** Invented stories without 創 at all. */
    private Story weather;
    private Story traffic;
    /** Has 創 and 業 but never 創業 next to each other. */
    private Story apart;
    private Story mixed;

    @BeforeEach
    void build() {
        index = SearchIndex.inMemory();
        seed = SearchStories.interview();
        weather = SearchStories.invented("本週天氣預報", "明天多雲轉晴，氣溫二十度左右。", "週末有小雨，請市民帶傘出門。");
        traffic = SearchStories.invented("地鐵新線開通", "新線共設十二座車站，早晚高峰兩分鐘一班。");
        apart = SearchStories.invented("城市更新", "老廠房改造成了文創園區。", "園區帶動了周邊就業。");
        mixed = SearchStories.invented("Newsdesk 訪談：AI 創業者談 5G 網絡", "We asked the founders about their startup.");
        index.rebuild(List.of(seed, weather, traffic, apart, mixed));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<UUID> ids(String query) {
        return index.search(query, 0, 20).hits().stream().map(SearchHit::storyId).toList();
    }

    @Test
    void theInterviewIsOneStoryWithItsParagraphs() {
        assertThat(index.versions()).hasSize(5);
        assertThat(ids("林曉雯 導師")).containsExactly(seed.id());
    }

    @Test
    void aTwoCharacterQueryFindsTheInterviewAndNothingUnrelated() {
        assertThat(ids("創業")).contains(seed.id()).doesNotContain(weather.id(), traffic.id(), apart.id());
    }

    @Test
    void aSingleCharacterFindsEveryStoryThatHasIt() {
        assertThat(ids("創")).containsExactlyInAnyOrder(seed.id(), apart.id(), mixed.id());
        // 業 only ever ends a run in the 'apart' story (就業): single characters need their own field
        assertThat(ids("業")).contains(seed.id(), apart.id()).doesNotContain(weather.id(), traffic.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"眾創空間", "區科技局", "大眾創新 眾創空間", "2015 創新創業", "林曉雯"})
    void longerAndSeveralRunsFindTheInterview(String query) {
        assertThat(ids(query)).containsExactly(seed.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AI 創業", "ai創業", "ＡＩ 創業", "newsdesk", "5g", "STARTUP", "創業者"})
    void mixedChineseAndLatinQueries(String query) {
        assertThat(ids(query)).contains(mixed.id()).doesNotContain(weather.id(), traffic.id(), apart.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"颱風", "創意", "   ", "，。！", "zzz"})
    void queriesThatMatchNothing(String query) {
        assertThat(ids(query)).isEmpty();
    }

    @Test
    void headlineMatchesRankFirstAndResultsAreHighlighted() {
        SearchPage page = index.search("創業", 0, 20);

        assertThat(page.hits().get(0).storyId()).isEqualTo(mixed.id());
        SearchHit hit = page.hits().stream().filter(h -> h.storyId().equals(seed.id())).findFirst().orElseThrow();
        assertThat(hit.highlights()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.field()).isEqualTo(SearchField.TRANSCRIPT);
            assertThat(h.marked("[", "]")).contains("[創業]");
            String paragraph = seed.paragraphs().get(h.paragraphIndex()).text();
            assertThat(paragraph.substring(h.offset(), h.offset() + h.text().length())).isEqualTo(h.text());
        });
        Highlight headline = page.hits().get(0).highlights().get(0);
        assertThat(headline.field()).isEqualTo(SearchField.HEADLINE);
        assertThat(headline.marked("<mark>", "</mark>")).isEqualTo("Newsdesk 訪談：AI <mark>創業</mark>者談 5G 網絡");
    }

    @Test
    void metadataIsSearchedButNotTheInternalNote() {
        Metadata m = new Metadata("標題", "政務訪談", "", "", "城市政務網", List.of("王記者"), "周文遠", null, null,
                List.of("健康"), List.of("醫保"), new Series("s", "醫改系列", 1, 2), "內部機密備註", null);
        Story s = new Story(UUID.randomUUID(), "s", Status.DRAFT, m, List.of(), List.of(), 0, 1, Instant.EPOCH, Instant.EPOCH);
        index.update(s);

        assertThat(ids("周文遠")).containsExactly(s.id());
        assertThat(ids("醫改")).containsExactly(s.id());
        assertThat(ids("機密")).isEmpty();
    }

    @Test
    void anUpdateIsSearchableAtOnceWithoutACommitAndADeleteRemoves() {
        Story edited = new Story(weather.id(), "w", Status.DRAFT, weather.metadata(), List.of(),
                List.of(Paragraph.narration("颱風明天登陸。")), 0, 2, Instant.EPOCH, Instant.EPOCH);
        index.update(edited);

        assertThat(index.hasUncommittedChanges()).isTrue();
        assertThat(ids("颱風")).containsExactly(weather.id());
        assertThat(ids("小雨")).isEmpty();
        assertThat(index.versions()).containsEntry(weather.id(), 2L).hasSize(5);

        index.delete(weather.id());
        assertThat(ids("颱風")).isEmpty();
        index.commit();
        assertThat(index.hasUncommittedChanges()).isFalse();
    }

    @Test
    void pagesSplitTheResults() {
        SearchPage first = index.search("創", 0, 2);
        SearchPage second = index.search("創", 1, 2);
        assertThat(first.totalHits()).isEqualTo(3);
        assertThat(first.hits()).hasSize(2);
        assertThat(second.hits()).hasSize(1);
        assertThat(second.hits().get(0).storyId()).isNotIn(first.hits().stream().map(SearchHit::storyId).toList());
    }

    @Test
    void anIndexOnDiskSurvivesReopeningAndSyncsWithItsSource(@TempDir Path dir) {
        Map<UUID, Story> stories = new HashMap<>(Map.of(seed.id(), seed, weather.id(), weather));
        StorySource source = new StorySource() {
            @Override
            public Map<UUID, Long> versions() {
                Map<UUID, Long> v = new HashMap<>();
                stories.values().forEach(s -> v.put(s.id(), s.version()));
                return v;
            }

            @Override
            public Optional<Story> load(UUID id) {
                return Optional.ofNullable(stories.get(id));
            }
        };
        try (SearchIndex disk = SearchIndex.open(dir)) {
            assertThat(IndexSync.refresh(disk, source)).isEqualTo(new IndexSync.Outcome(2, 0, false));
        }
        stories.remove(weather.id());
        stories.put(traffic.id(), traffic);
        try (SearchIndex disk = SearchIndex.open(dir)) {
            assertThat(disk.outdated()).isFalse();
            assertThat(disk.search("創業", 0, 10).hits()).extracting(SearchHit::storyId).containsExactly(seed.id());
            assertThat(IndexSync.refresh(disk, source)).isEqualTo(new IndexSync.Outcome(1, 1, false));
            assertThat(IndexSync.refresh(disk, source)).isEqualTo(new IndexSync.Outcome(0, 0, false));
            assertThat(disk.versions().keySet()).containsExactlyInAnyOrder(seed.id(), traffic.id());
        }
    }

    @Test
    void theBackgroundIndexerCommitsWhenIdleNotPerUpdate() {
        Runnable[] pending = new Runnable[1];
        BackgroundIndexer.IdleTimer manual = new BackgroundIndexer.IdleTimer() {
            @Override
            public void restart(Runnable onIdle) {
                pending[0] = onIdle;
            }

            @Override
            public void close() {
            }
        };
        index.commit();
        try (BackgroundIndexer indexer = new BackgroundIndexer(index, manual)) {
            indexer.storyChanged(SearchStories.invented("颱風來了", "颱風")).join();
            indexer.storyChanged(SearchStories.invented("颱風走了", "晴")).join();
            indexer.drain().join();
            assertThat(index.hasUncommittedChanges()).isTrue();
            assertThat(ids("颱風")).hasSize(2);

            pending[0].run();
            indexer.drain().join();
            assertThat(index.hasUncommittedChanges()).isFalse();
        }
    }
}
