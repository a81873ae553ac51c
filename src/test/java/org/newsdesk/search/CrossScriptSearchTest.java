package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Series;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/** Simplified finds Traditional and Traditional finds Simplified, in every searched field; highlights mark the text as written. */
class CrossScriptSearchTest {

    private SearchIndex index;
    /** Written in Traditional (Taiwan forms). */
    private Story traditional;
    /** Written in Simplified. */
    private Story simplified;
    /** Neither has the query words. */
    private Story unrelated;

    @BeforeEach
    void build() {
        index = SearchIndex.inMemory();
        traditional = story("市環保局專員談垃圾分類",
                new Metadata("市環保局專員談垃圾分類", "政務訪談", "", "", "東港區融媒體中心", List.of("龔曉雯"), "賴書恆",
                        null, null, List.of(), List.of("綠色發展"), new Series("s1", "綠色社區系列", 1, 3), "", null),
                "主持人：請您談談社區裡的分類回收點。", "嘉賓：我們在每個社區都設了回收點，居民反映很方便。");
        simplified = story("区卫健委专员介绍家庭医生签约",
                new Metadata("区卫健委专员介绍家庭医生签约", "政务访谈", "", "", "南湖县新闻中心", List.of("郑晓云"), "欧阳静",
                        null, null, List.of(), List.of("健康服务"), new Series("s2", "健康讲堂系列", 2, 4), "", null),
                "主持人：家庭医生签约以后，居民看病方便了吗？", "嘉宾：签约居民可以在社区里直接预约专家号。");
        unrelated = story("新建公園開放", Metadata.withHeadline("新建公園開放"), "公園佔地二十公頃，週末遊人如織。");
        index.rebuild(List.of(traditional, simplified, unrelated));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static Story story(String slug, Metadata metadata, String... paragraphs) {
        return new Story(UUID.randomUUID(), "s-" + Math.abs(slug.hashCode()), Status.DRAFT, metadata, List.of(),
                List.of(paragraphs).stream().map(Paragraph::narration).toList(), 0, 1, Instant.EPOCH, Instant.EPOCH);
    }

    private List<UUID> ids(String query) {
        return index.search(query, 0, 20).hits().stream().map(SearchHit::storyId).toList();
    }

    @ParameterizedTest(name = "{0} finds the Traditional story")
    @CsvSource({"专员", "环保局", "垃圾分类", "东港区", "龚晓雯", "赖书恒", "绿色发展", "绿色社区系列", "社区里", "回收点", "居民反映"})
    void simplifiedQueriesFindTraditionalText(String query) {
        assertThat(ids(query)).contains(traditional.id()).doesNotContain(unrelated.id());
    }

    @ParameterizedTest(name = "{0} finds the Simplified story")
    @CsvSource({"專員", "衛健委", "家庭醫生", "南湖縣", "鄭曉雲", "歐陽靜", "健康服務", "健康講堂系列", "社區裡", "預約專家號"})
    void traditionalQueriesFindSimplifiedText(String query) {
        assertThat(ids(query)).contains(simplified.id()).doesNotContain(unrelated.id());
    }

    @Test
    void aWordInBothScriptsFindsBothStoriesWhicheverScriptIsTyped() {
        assertThat(ids("专员")).containsExactlyInAnyOrder(traditional.id(), simplified.id());
        assertThat(ids("專員")).containsExactlyInAnyOrder(traditional.id(), simplified.id());
        assertThat(ids("社区")).containsExactlyInAnyOrder(traditional.id(), simplified.id());
        assertThat(ids("區")).containsExactlyInAnyOrder(traditional.id(), simplified.id());
    }

    @Test
    void unrelatedWordsStillMatchNothing() {
        assertThat(ids("专家委员")).isEmpty();
        assertThat(ids("環保專員談話")).isEmpty();
    }

    @Test
    void highlightsMarkTheTextAsWrittenInEitherScript() {
        SearchHit hitT = hit("专员", traditional);
        assertThat(hitT.highlights().get(0).field()).isEqualTo(SearchField.HEADLINE);
        assertThat(hitT.highlights().get(0).marked("[", "]")).isEqualTo("市環保局[專員]談垃圾分類");

        SearchHit hitS = hit("專員", simplified);
        assertThat(hitS.highlights().get(0).marked("[", "]")).isEqualTo("区卫健委[专员]介绍家庭医生签约");

        SearchHit transcript = hit("社區裡", simplified);
        Highlight piece = transcript.highlights().stream()
                .filter(h -> h.field() == SearchField.TRANSCRIPT).findFirst().orElseThrow();
        assertThat(piece.marked("[", "]")).contains("[社区里]");
        String paragraph = simplified.paragraphs().get(piece.paragraphIndex()).text();
        assertThat(paragraph.substring(piece.offset(), piece.offset() + piece.text().length())).isEqualTo(piece.text());
    }

    private SearchHit hit(String query, Story story) {
        return index.search(query, 0, 20).hits().stream()
                .filter(h -> h.storyId().equals(story.id())).findFirst().orElseThrow();
    }

    @Test
    void anIndexOfTheFormerFormatIsRebuiltOnceAfterTheUpgrade(@TempDir Path dir) throws Exception {
        // an index as the previous version left it: documents analysed without folding, the old format mark
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(StoryDocuments.ID, traditional.id().toString(), Field.Store.YES));
            old.addDocument(doc);
            old.setLiveCommitData(Map.of(SearchIndex.SCHEMA_KEY, "newsdesk-search-1").entrySet());
            old.commit();
        }
        StorySource source = new StorySource() {
            @Override
            public Map<UUID, Long> versions() {
                return Map.of(traditional.id(), traditional.version(), simplified.id(), simplified.version());
            }

            @Override
            public Optional<Story> load(UUID id) {
                return Optional.of(id.equals(traditional.id()) ? traditional : simplified);
            }
        };
        try (SearchIndex upgraded = SearchIndex.open(dir)) {
            assertThat(upgraded.outdated()).isTrue();
            assertThat(IndexSync.refresh(upgraded, source).rebuilt()).isTrue();
            assertThat(upgraded.search("专员", 0, 10).hits()).hasSize(2);
        }
        try (SearchIndex reopened = SearchIndex.open(dir)) {
            assertThat(reopened.outdated()).as("rebuilt once, not at every start").isFalse();
            assertThat(IndexSync.refresh(reopened, source).rebuilt()).isFalse();
            assertThat(reopened.search("專員", 0, 10).hits()).hasSize(2);
        }
    }
}
