package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Story;

/** The real seed interview page (read from the shared folder) is found by the searches an editor types. */
@Tag(TestRequirements.SEED)
class SeedPageSearchTest {

    private SearchIndex index;
    private Story seed;
    private Story weather;

    @BeforeEach
    void build() {
        seed = SearchStories.seed(TestRequirements.seedPage());
        weather = SearchStories.invented("本週天氣預報", "明天多雲轉晴，氣溫二十度左右。");
        index = SearchIndex.inMemory();
        index.rebuild(List.of(seed, weather));
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    private List<UUID> ids(String query) {
        return index.search(query, 0, 20).hits().stream().map(SearchHit::storyId).toList();
    }

    @Test
    void theSeedPageIsReadFromTheSharedFolder() {
        assertThat(seed.metadata().headline()).isEqualTo("市科委副主任李寶純做客天津政務網(3)");
        assertThat(seed.paragraphs().get(0).text()).startsWith("主持人");
    }

    @ParameterizedTest
    @ValueSource(strings = {"創業", "眾創空間", "市科委", "大眾創新 眾創空間", "2015 創新創業", "李寶純"})
    void wordsOfTheInterviewFindItAndNothingElse(String query) {
        assertThat(ids(query)).containsExactly(seed.id());
    }

    @Test
    void everyTranscriptHitIsMarkedWhereItIs() {
        SearchHit hit = index.search("創業", 0, 20).hits().get(0);
        assertThat(hit.highlights()).isNotEmpty().allSatisfy(h -> {
            String paragraph = seed.paragraphs().get(h.paragraphIndex()).text();
            assertThat(paragraph.substring(h.offset(), h.offset() + h.text().length())).isEqualTo(h.text());
        });
    }
}
