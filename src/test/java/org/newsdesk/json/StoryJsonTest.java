package org.newsdesk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Series;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.junit.jupiter.api.Test;

class StoryJsonTest {

    private static final ObjectMapper READER = new ObjectMapper();

    /** The sample interview with every metadata field set, except authors (empty). */
    private static Story fullStory() {
        Metadata m = SampleInterview.metadata().withAuthors(List.of());
        return new Story(UUID.fromString("0b6e1f3a-2c4d-4e5f-8a9b-0c1d2e3f4a5b"), "broadband-for-every-village",
                Status.READY, m, SampleInterview.speakers(), SampleInterview.paragraphs(), 3, 17L,
                Instant.parse("2015-07-30T08:15:00.123456Z"), Instant.parse("2015-07-31T01:59:12Z"));
    }

    @Test
    void fullStoryRoundTrips() {
        Story story = fullStory();

        Story back = StoryJson.fromJson(StoryJson.toJson(story));

        assertThat(back).isEqualTo(story);
        // spelled out, so a failure says which part broke
        assertThat(back.metadata()).isEqualTo(story.metadata());
        assertThat(back.metadata().publishTime()).isEqualTo(SampleInterview.PUBLISH_TIME);
        assertThat(back.metadata().publishTime().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(back.metadata().series()).isEqualTo(new Series("broadband-2015", "乡村宽带系列", 2, 3));
        assertThat(back.metadata().authors()).isEmpty();
        assertThat(back.speakers()).isEqualTo(story.speakers());
        assertThat(back.paragraphs()).isEqualTo(story.paragraphs());
        assertThat(back.paragraphs()).anySatisfy(p -> assertThat(p.isNarration()).isTrue());
    }

    @Test
    void minimalStoryRoundTrips() {
        Story story = new Story(UUID.randomUUID(), "story-0b6e1f3a", Status.DRAFT,
                Metadata.withHeadline("乡村宽带"), List.of(), List.of(), 0, 1L,
                Instant.parse("2015-07-30T08:15:00Z"), Instant.parse("2015-07-30T08:15:00Z"));

        Story back = StoryJson.fromJson(StoryJson.toJson(story));

        assertThat(back).isEqualTo(story);
        assertThat(back.metadata().publishTime()).isNull();
        assertThat(back.metadata().series()).isNull();
    }

    @Test
    void seriesWithoutTotalRoundTrips() {
        Story full = fullStory();
        Metadata m = full.metadata();
        Metadata openEnded = new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(),
                m.authors(), m.editor(), m.publishTime(), m.timeZone(), m.channels(), m.keywords(),
                new Series("broadband-2015", "", 4, null), m.internalNote(), null);
        Story story = new Story(full.id(), full.slug(), full.status(), openEnded, full.speakers(),
                full.paragraphs(), full.revision(), full.version(), full.createdAt(), full.updatedAt());

        assertThat(StoryJson.fromJson(StoryJson.toJson(story))).isEqualTo(story);
    }

    @Test
    void documentShape() throws Exception {
        JsonNode n = READER.readTree(StoryJson.toJson(fullStory()));

        assertThat(n.path("id").asText()).isEqualTo("0b6e1f3a-2c4d-4e5f-8a9b-0c1d2e3f4a5b");
        assertThat(n.path("status").asText()).isEqualTo("ready");
        assertThat(n.path("revision").asInt()).isEqualTo(3);
        assertThat(n.path("version").asLong()).isEqualTo(17L);
        assertThat(n.path("createdAt").asText()).isEqualTo("2015-07-30T08:15:00.123456Z");

        JsonNode m = n.path("metadata");
        assertThat(m.path("publishTime").asText()).isEqualTo("2015-07-31T10:02:54+08:00");
        assertThat(m.path("embargoUntil").asText()).isEqualTo("2015-07-31T09:00:00+08:00");
        assertThat(m.path("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(m.path("authors").isArray()).isTrue();
        assertThat(m.path("authors")).isEmpty();
        assertThat(m.path("series").path("part").asInt()).isEqualTo(2);
        assertThat(m.path("series").path("total").asInt()).isEqualTo(3);

        JsonNode speakers = n.path("speakers");
        assertThat(speakers.get(0).path("role").asText()).isEqualTo("host");
        assertThat(speakers.get(1).path("role").asText()).isEqualTo("guest");
        assertThat(speakers.get(1).path("label").asText()).isEqualTo("李主任");

        JsonNode paragraphs = n.path("paragraphs");
        assertThat(paragraphs).hasSize(7);
        JsonNode styled = paragraphs.get(1);
        assertThat(styled.path("speaker").asText()).isEqualTo(SampleInterview.GUEST);
        assertThat(styled.path("spans").get(0).path("styles").get(0).asText()).isEqualTo("timestamp");
        assertThat(styled.path("spans").get(2).path("styles").get(0).asText()).isEqualTo("bold");
        assertThat(styled.path("text").asText()).startsWith("[00:01:05]主持人好。");
        // styles are listed in a fixed order whatever order the span was built in
        JsonNode twoStyles = paragraphs.get(6).path("spans").get(1).path("styles");
        assertThat(twoStyles).extracting(JsonNode::asText).containsExactly("italic", "uncertain");

        JsonNode narration = paragraphs.get(4);
        assertThat(narration.has("speaker")).isTrue();
        assertThat(narration.path("speaker").isNull()).isTrue();
    }

    @Test
    void timeInAnotherOffsetIsReadInTheStoryZone() {
        Story story = fullStory();
        String json = StoryJson.toJson(story).replace("2015-07-31T10:02:54+08:00", "2015-07-31T02:02:54Z");

        ZonedDateTime publish = StoryJson.fromJson(json).metadata().publishTime();

        assertThat(publish).isEqualTo(SampleInterview.PUBLISH_TIME);
    }

    @Test
    void paragraphWithoutIdGetsOne() {
        String json = """
                {"id":"0b6e1f3a-2c4d-4e5f-8a9b-0c1d2e3f4a5b","slug":"x1","status":"draft",
                 "metadata":{"headline":"宽带"},
                 "speakers":[{"key":"host","label":"主持人","role":"host"}],
                 "paragraphs":[{"speaker":"host","spans":[{"text":"您好。","styles":[]}]}]}
                """;

        Story story = StoryJson.fromJson(json);

        Paragraph p = story.paragraphs().get(0);
        assertThat(p.id()).isNotBlank();
        assertThat(p.text()).isEqualTo("您好。");
        assertThat(story.metadata().timeZone()).isEqualTo(Metadata.DEFAULT_ZONE);
    }

    @Test
    void notJsonIsRejected() {
        assertThatThrownBy(() -> StoryJson.fromJson("{ not json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a story document");
    }
}
