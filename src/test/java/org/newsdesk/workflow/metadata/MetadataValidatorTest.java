package org.newsdesk.workflow.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Series;

class MetadataValidatorTest {

    private static final MetadataValidator VALIDATOR = new MetadataValidator(
            new ChannelList(List.of("政务", "科技", "新聞")));

    private static Metadata valid() {
        return SampleInterview.metadata();
    }

    private static Metadata with(UnaryOperator<Metadata> change) {
        return change.apply(valid());
    }

    private static Metadata copy(Metadata m, String kicker, String subtitle, String summary, List<String> keywords,
                                 List<String> channels, Series series, String note) {
        return new Metadata(m.headline(), kicker, subtitle, summary, m.source(), m.authors(), m.editor(),
                m.publishTime(), m.timeZone(), channels, keywords, series, note, m.embargoUntil());
    }

    @Test
    void theSampleIsValid() {
        assertThat(VALIDATOR.validate(valid(), "broadband-for-every-village")).isEmpty();
    }

    static Stream<Arguments> badMetadata() {
        Metadata v = valid();
        return Stream.of(
                Arguments.of("10,000-character headline", with(m -> m.withHeadlineText("長".repeat(10_000))),
                        MetadataField.HEADLINE, "validation.tooLong"),
                Arguments.of("201-character headline", with(m -> m.withHeadlineText("x".repeat(201))),
                        MetadataField.HEADLINE, "validation.tooLong"),
                Arguments.of("bell in headline", with(m -> m.withHeadlineText("標題\u0007")),
                        MetadataField.HEADLINE, "validation.controlCharacter"),
                Arguments.of("new line in headline", with(m -> m.withHeadlineText("兩行\n標題")),
                        MetadataField.HEADLINE, "validation.controlCharacter"),
                Arguments.of("C1 control in source", with(m -> m.withSource("新聞\u0085台")),
                        MetadataField.SOURCE, "validation.controlCharacter"),
                Arguments.of("NUL in editor", with(m -> m.withEditor("趙\u0000")),
                        MetadataField.EDITOR, "validation.controlCharacter"),
                Arguments.of("tab in an author", with(m -> m.withAuthors(List.of("王\t小明"))),
                        MetadataField.AUTHORS, "validation.controlCharacter"),
                Arguments.of("empty author", with(m -> m.withAuthors(List.of("王小明", " "))),
                        MetadataField.AUTHORS, "validation.emptyEntry"),
                Arguments.of("eleven authors", with(m -> m.withAuthors(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"))),
                        MetadataField.AUTHORS, "validation.tooMany"),
                Arguments.of("escape in kicker", copy(v, "政務\u001b", v.subtitle(), v.summary(), v.keywords(), v.channels(), v.series(), ""),
                        MetadataField.KICKER, "validation.controlCharacter"),
                Arguments.of("form feed in summary", copy(v, v.kicker(), v.subtitle(), "提要\f", v.keywords(), v.channels(), v.series(), ""),
                        MetadataField.SUMMARY, "validation.controlCharacter"),
                Arguments.of("delete char in keyword", copy(v, v.kicker(), v.subtitle(), v.summary(), List.of("寬帶\u007f"), v.channels(), v.series(), ""),
                        MetadataField.KEYWORDS, "validation.controlCharacter"),
                Arguments.of("unknown channel", copy(v, v.kicker(), v.subtitle(), v.summary(), v.keywords(), List.of("體育"), v.series(), ""),
                        MetadataField.CHANNELS, "validation.channel.unknown"),
                Arguments.of("part 0", copy(v, v.kicker(), v.subtitle(), v.summary(), v.keywords(), v.channels(), new Series("s", "", 0, 3), ""),
                        MetadataField.PART, "validation.part.tooSmall"),
                Arguments.of("part beyond total", copy(v, v.kicker(), v.subtitle(), v.summary(), v.keywords(), v.channels(), new Series("s", "", 4, 3), ""),
                        MetadataField.PART, "validation.part.beyondTotal"),
                Arguments.of("total 0", copy(v, v.kicker(), v.subtitle(), v.summary(), v.keywords(), v.channels(), new Series("s", "", 1, 0), ""),
                        MetadataField.TOTAL, "validation.total.tooSmall"),
                Arguments.of("series without id", copy(v, v.kicker(), v.subtitle(), v.summary(), v.keywords(), v.channels(), new Series("", "x", 1, 2), ""),
                        MetadataField.SERIES_ID, "validation.series.noId"),
                Arguments.of("vertical tab in note", copy(v, v.kicker(), v.subtitle(), v.summary(), v.keywords(), v.channels(), v.series(), "a\u000bb"),
                        MetadataField.INTERNAL_NOTE, "validation.controlCharacter"),
                Arguments.of("embargo after publish", new Metadata(v.headline(), v.kicker(), v.subtitle(), v.summary(), v.source(),
                                v.authors(), v.editor(), v.publishTime(), v.timeZone(), v.channels(), v.keywords(), v.series(),
                                v.internalNote(), v.publishTime().plusMinutes(1)),
                        MetadataField.EMBARGO_UNTIL, "validation.embargo.afterPublish"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMetadata")
    void eachBadValueIsReportedAtItsField(String name, Metadata metadata, MetadataField field, String key) {
        List<FieldProblem> problems = VALIDATOR.validate(metadata, "ok-slug");

        assertThat(problems).as(name).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void multiLineFieldsMayHoldLineBreaksAndTabs() {
        Metadata v = valid();
        Metadata m = copy(v, v.kicker(), v.subtitle(), "第一段\n第二段\r\n\t第三段", v.keywords(), v.channels(), v.series(),
                "核對\n數字");

        assertThat(VALIDATOR.validate(m, "ok")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ok-slug|",
        "a|",
        "'' |validation.slug.empty",
        "a/b|validation.slug.unsafe",
        "..|validation.slug.unsafe",
        "../etc|validation.slug.unsafe",
        "Upper|validation.slug.unsafe",
        "trailing-|validation.slug.unsafe",
        "double--hyphen|validation.slug.unsafe",
        "中文|validation.slug.unsafe",
        "con|validation.slug.reserved",
        "lpt1|validation.slug.reserved",
        "nul|validation.slug.reserved"})
    void slugsMustBeSafeFileAndUrlNames(String slug, String expectedKey) {
        List<FieldProblem> problems = VALIDATOR.validate(valid(), slug == null ? "" : slug.strip());

        if (expectedKey == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo(MetadataField.SLUG);
                assertThat(p.messageKey()).isEqualTo(expectedKey);
            });
        }
    }

    @Test
    void aTooLongSlugIsRefused() {
        assertThat(VALIDATOR.validate(valid(), "a".repeat(81))).extracting(FieldProblem::messageKey)
                .containsExactly("validation.tooLong");
    }

    @Test
    void anEmptyDraftIsValidBecauseEmptinessIsAReadinessQuestion() {
        assertThat(VALIDATOR.validate(Metadata.withHeadline(""), "story-1")).isEmpty();
    }

    @Test
    void embargoBeforeOrAtPublishIsFine() {
        Metadata v = valid();
        ZonedDateTime at = v.publishTime();
        Metadata m = new Metadata(v.headline(), v.kicker(), v.subtitle(), v.summary(), v.source(), v.authors(), v.editor(),
                at, v.timeZone(), v.channels(), v.keywords(), v.series(), "", at);
        assertThat(VALIDATOR.validate(m, "ok")).isEmpty();
    }

    @Test
    void problemsDescribeThemselvesWithTheFieldLabel() {
        FieldProblem p = FieldProblem.of(MetadataField.HEADLINE, "validation.tooLong", MetadataField.HEADLINE, 200, 300);
        var english = new org.newsdesk.i18n.Messages(java.util.Locale.ENGLISH);
        assertThat(p.describe(english::get)).isEqualTo("Headline is longer than 200 characters (it has 300)");
    }
}
