package org.newsdesk.workflow.readiness;

import org.newsdesk.workflow.metadata.ChannelList;
import org.newsdesk.workflow.metadata.MetadataField;
import org.newsdesk.workflow.metadata.MetadataValidator;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Series;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

class ReadinessCheckTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZonedDateTime PUBLISH = ZonedDateTime.of(2015, 7, 31, 10, 2, 54, 0, SHANGHAI);
    private static final ReadinessCheck CHECK = new ReadinessCheck(new MetadataValidator(ChannelList.DEFAULT));

    private static Metadata metadata(String headline, String source, String editor, ZonedDateTime publish, Series series) {
        return new Metadata(headline, "政務訪談", "", "", source, List.of(), editor, publish, SHANGHAI,
                List.of("新聞"), List.of(), series, "", null);
    }

    private static Story ready() {
        return story(metadata("市科委副主任做客政務網", "天津政務網", "張令沛", PUBLISH, new Series("s", "", 3, 5)),
                List.of(Paragraph.narration("以下是訪談文字實錄"),
                        Paragraph.of("host", "主持人提問。"),
                        Paragraph.of("guest1", "嘉賓回答。")));
    }

    private static Story story(Metadata m, List<Paragraph> paragraphs) {
        return new Story(UUID.randomUUID(), "ok-slug", Status.DRAFT, m,
                List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                        new Speaker("guest1", "李寶純", "李寶純", "市科委副主任", SpeakerRole.GUEST)),
                paragraphs, 0, 1, Instant.EPOCH, Instant.EPOCH);
    }

    private static Story withParagraph(Paragraph p) {
        Story s = ready();
        List<Paragraph> ps = new ArrayList<>(s.paragraphs());
        ps.add(p);
        return story(s.metadata(), ps);
    }

    private static Story withMetadata(UnaryOperator<Metadata> change) {
        Story s = ready();
        return story(change.apply(s.metadata()), s.paragraphs());
    }

    @Test
    void aCompleteStoryIsReady() {
        ReadinessReport report = CHECK.check(ready());
        assertThat(report.failures()).isEmpty();
        assertThat(report.ready()).isTrue();
        assertThat(report.checks()).doesNotContain(ReadinessCheck.Kind.EMBARGO);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("no headline", withMetadata(m -> m.withHeadlineText("")),
                        ReadinessCheck.Kind.REQUIRED_FIELDS, new ReadinessTarget.Field(MetadataField.HEADLINE)),
                Arguments.of("no source", withMetadata(m -> m.withSource(" ")),
                        ReadinessCheck.Kind.REQUIRED_FIELDS, new ReadinessTarget.Field(MetadataField.SOURCE)),
                Arguments.of("no editor", withMetadata(m -> m.withEditor("")),
                        ReadinessCheck.Kind.REQUIRED_FIELDS, new ReadinessTarget.Field(MetadataField.EDITOR)),
                Arguments.of("no publish time", story(metadata("標題", "來源", "編輯", null, null), List.of()),
                        ReadinessCheck.Kind.REQUIRED_FIELDS, new ReadinessTarget.Field(MetadataField.PUBLISH_TIME)),
                Arguments.of("invalid field", withMetadata(m -> m.withSource("來源\u0007")),
                        ReadinessCheck.Kind.VALID_FIELDS, new ReadinessTarget.Field(MetadataField.SOURCE)),
                Arguments.of("unknown speaker", withParagraph(new Paragraph("p-x", "guest9", List.of(Span.plain("誰說的？")))),
                        ReadinessCheck.Kind.SPEAKERS, new ReadinessTarget.InParagraph(3, "p-x", 0, 0)),
                Arguments.of("label in narration", withParagraph(new Paragraph("p-x", null, List.of(Span.plain("李寶純：好的。")))),
                        ReadinessCheck.Kind.SPEAKERS, new ReadinessTarget.InParagraph(3, "p-x", 0, 4)),
                Arguments.of("uncertain span", withParagraph(new Paragraph("p-x", "guest1",
                                List.of(Span.plain("大約"), Span.styled("三十", SpanStyle.UNCERTAIN), Span.plain("個")))),
                        ReadinessCheck.Kind.UNRESOLVED_MARKS, new ReadinessTarget.InParagraph(3, "p-x", 2, 2)),
                Arguments.of("typed inaudible mark", withParagraph(new Paragraph("p-x", "guest1", List.of(Span.plain("我們（聽不清）了")))),
                        ReadinessCheck.Kind.UNRESOLVED_MARKS, new ReadinessTarget.InParagraph(3, "p-x", 2, 5)),
                Arguments.of("typed [inaudible]", withParagraph(new Paragraph("p-x", "guest1", List.of(Span.plain("we [inaudible] it")))),
                        ReadinessCheck.Kind.UNRESOLVED_MARKS, new ReadinessTarget.InParagraph(3, "p-x", 3, 11)),
                Arguments.of("editor's note", withParagraph(new Paragraph("p-x", "guest1",
                                List.of(Span.plain("回答。"), Span.styled("核對數字", SpanStyle.NOTE)))),
                        ReadinessCheck.Kind.EDITOR_NOTES, new ReadinessTarget.InParagraph(3, "p-x", 3, 4)),
                Arguments.of("2,001 characters", withParagraph(new Paragraph("p-x", "guest1", List.of(Span.plain("長".repeat(2_001))))),
                        ReadinessCheck.Kind.PARAGRAPH_LENGTH, new ReadinessTarget.InParagraph(3, "p-x", 2_000, 1)),
                Arguments.of("part suffix differs", withMetadata(m -> m.withHeadlineText("做客政務網(2)")),
                        ReadinessCheck.Kind.HEADLINE_PART, new ReadinessTarget.Field(MetadataField.HEADLINE)),
                Arguments.of("part suffix without series", story(metadata("做客政務網（3）", "來源", "編輯", PUBLISH, null), List.of()),
                        ReadinessCheck.Kind.HEADLINE_PART, new ReadinessTarget.Field(MetadataField.HEADLINE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void eachFailureNamesItsCheckAndWhereItIs(String name, Story story, ReadinessCheck.Kind kind, ReadinessTarget target) {
        ReadinessReport report = CHECK.check(story);

        assertThat(report.ready()).isFalse();
        assertThat(report.failures()).as(name).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.target()).isEqualTo(target);
        });
        assertThat(report.passed(kind)).isFalse();
    }

    @Test
    void exactly2000CharactersAreFineAndAMatchingSuffixToo() {
        Story s = story(metadata("做客政務網(3)", "來源", "編輯", PUBLISH, new Series("s", "", 3, 5)),
                List.of(Paragraph.of("guest1", "長".repeat(2_000))));
        assertThat(CHECK.check(s).failures()).isEmpty();
    }

    @Test
    void narrationInAStoryWithoutRosterIsNotAnInterview() {
        Story s = new Story(UUID.randomUUID(), "ok", Status.DRAFT, ready().metadata(), List.of(),
                List.of(Paragraph.narration("主持人：這是一段引文。")), 0, 1, Instant.EPOCH, Instant.EPOCH);
        assertThat(CHECK.check(s).failures()).isEmpty();
    }

    @Test
    void publishingAlsoChecksTheEmbargo() {
        Story s = withMetadata(m -> new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(),
                m.authors(), m.editor(), m.publishTime(), m.timeZone(), m.channels(), m.keywords(), m.series(), "",
                m.publishTime().minusHours(1)));
        Instant beforeEmbargo = PUBLISH.minusHours(2).toInstant();
        Instant afterEmbargo = PUBLISH.toInstant();

        ReadinessReport early = CHECK.check(s, Status.PUBLISHED, beforeEmbargo);
        assertThat(early.failures()).singleElement().extracting(ReadinessFailure::kind).isEqualTo(ReadinessCheck.Kind.EMBARGO);
        assertThat(CHECK.check(s, Status.PUBLISHED, afterEmbargo).ready()).isTrue();
        assertThat(CHECK.check(s, Status.READY, beforeEmbargo).ready()).isTrue();
    }

    @Test
    void allFailuresAreListedInStoryOrder() {
        Story s = story(metadata("", "", "", null, null), List.of(
                new Paragraph("a", "guest1", List.of(Span.styled("?", SpanStyle.UNCERTAIN))),
                new Paragraph("b", "guest1", List.of(Span.styled("note", SpanStyle.NOTE)))));

        assertThat(CHECK.check(s).failures()).extracting(ReadinessFailure::kind).containsExactly(
                ReadinessCheck.Kind.REQUIRED_FIELDS, ReadinessCheck.Kind.REQUIRED_FIELDS,
                ReadinessCheck.Kind.REQUIRED_FIELDS, ReadinessCheck.Kind.REQUIRED_FIELDS,
                ReadinessCheck.Kind.UNRESOLVED_MARKS, ReadinessCheck.Kind.EDITOR_NOTES);
    }
}
