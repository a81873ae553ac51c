package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Series;
import org.newsdesk.model.Story;

/**
 * The library's columns of a listed story read with the streaming parser are the ones the story
 * reader (a tree of the whole document) gives, for plain and for awkward metadata documents.
 */
class ListedColumnsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The columns as the story reader gives them: the tree path the join took before. */
    private static ListedColumns byTree(String metadataJson) throws Exception {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", UUID.randomUUID().toString());
        n.set("metadata", JSON.readTree(metadataJson));
        Metadata m = StoryJson.fromNode(n).metadata();
        return new ListedColumns(m.headline(), m.editor(), m.series(), m.channels());
    }

    @Test
    void aDocumentWrittenByTheStoryWriterGivesItsColumns() throws Exception {
        Metadata m = new Metadata("渡口新修了候船亭：“等船不再淋雨”", "码头", "副题", "摘要", "来源", List.of("记者甲", "记者乙"),
                "王编辑", ZonedDateTime.parse("2026-12-03T08:00:00+08:00[Asia/Shanghai]"), Metadata.DEFAULT_ZONE,
                List.of("web", "应用"), List.of("渡口"), new Series("du-kou", "渡口系列", 2, null), "内部备注", null);
        String json = StoryJson.toNode(new Story(UUID.randomUUID(), "x", null, m, List.of(), List.of(), 0, 0, null, null))
                .get("metadata").toString();

        ListedColumns columns = ListedColumns.of(json);

        assertThat(columns).isEqualTo(byTree(json));
        assertThat(columns.headline()).isEqualTo("渡口新修了候船亭：“等船不再淋雨”");
        assertThat(columns.editor()).isEqualTo("王编辑");
        assertThat(columns.series()).isEqualTo(new Series("du-kou", "渡口系列", 2, null));
        assertThat(columns.channels()).containsExactly("web", "应用");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // escapes: quotes, backslash, control characters, \\u escapes of Chinese, a surrogate pair
        "{\"headline\":\"\\\"引号\\\"与\\\\反斜杠\\n换行\\t\\u6e21\\u53e3 \\ud83d\\ude00\",\"editor\":\"\\u738b\\u7f16\\u8f91\"}",
        // missing fields, an empty document
        "{}",
        "{\"kicker\":\"只有肩题\"}",
        // nulls everywhere
        "{\"headline\":null,\"editor\":null,\"series\":null,\"channels\":null}",
        "{\"channels\":[\"web\",null,\"app\"]}",
        "{\"series\":{\"id\":null,\"name\":null,\"part\":null,\"total\":null}}",
        // values of other types than the writer's
        "{\"headline\":12.50,\"editor\":true,\"channels\":[\"web\",3,{\"x\":1},[\"y\"],false]}",
        "{\"headline\":{\"zh\":\"标题\"},\"editor\":[\"王编辑\"]}",
        "{\"channels\":{\"a\":\"web\",\"b\":\"应用\"}}",
        "{\"channels\":\"web\"}",
        "{\"series\":{\"part\":\"3\",\"total\":\"7\",\"name\":5}}",
        "{\"series\":{\"id\":\"s\",\"part\":2.9,\"total\":4.2}}",
        "{\"series\":\"du-kou\"}",
        "{\"series\":[1,2]}",
        // a key given twice: the last counts; the columns' names inside other fields are not theirs
        "{\"headline\":\"一\",\"channels\":[\"web\"],\"headline\":\"二\",\"channels\":[\"app\"]}",
        "{\"series\":{\"id\":\"a\",\"part\":1},\"series\":null}",
        "{\"kicker\":{\"headline\":\"不是这个\",\"channels\":[\"x\"]},\"headline\":\"是这个\",\"keywords\":[{\"editor\":\"也不是\"}]}",
        // a document that is not an object
        "null",
        "[{\"headline\":\"数组里的\"}]",
        "\"只是一段文字\""
    })
    void awkwardDocumentsGiveTheColumnsTheStoryReaderGives(String json) throws Exception {
        assertThat(ListedColumns.of(json)).isEqualTo(byTree(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"headline\":\"没写完\"", "{\"headline\":\"x\",\"channels\":[}", "{\"kicker\":{\"a\":}, \"headline\":\"x\"}"})
    void aBrokenDocumentIsRefusedAsTheTreeReaderRefusesIt(String json) {
        assertThatThrownBy(() -> JSON.readTree(json)).isNotNull();
        assertThatThrownBy(() -> ListedColumns.of(json)).isInstanceOf(IllegalArgumentException.class);
    }
}
