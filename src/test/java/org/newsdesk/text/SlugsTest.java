package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    private static final UUID ID = UUID.fromString("3f2a9c1e-7b44-4d21-9e0f-5a6b7c8d9e01");
    private static final String FALLBACK = "story-3f2a9c1e";

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Broadband for every village           | broadband-for-every-village
            "  Rural Broadband, Part 2  "         | rural-broadband-part-2
            COVID-19: What's next?                | covid-19-what-s-next
            Café culture in 2015                  | cafe-culture-in-2015
            Smart city 2.0 -- the plan            | smart-city-2-0-the-plan
            李主任谈 5G broadband                 | 5g-broadband
            ＡＢＣ　News                          | abc-news
            """)
    void asciiHeadlines(String headline, String expected) {
        String slug = Slugs.fromHeadline(headline, ID);

        assertThat(slug).isEqualTo(expected);
        assertThat(Slugs.isSafe(slug)).isTrue();
    }

    @ParameterizedTest(name = "[{0}] falls back")
    @ValueSource(strings = {"乡村宽带进村入户", "李主任谈宽带：九成村通光纤", "5G", "！？", "Con", "COM1", "lpt9 "})
    void headlinesWithoutAUsableAsciiNameFallBackToTheId(String headline) {
        assertThat(Slugs.fromHeadline(headline, ID)).isEqualTo(FALLBACK);
    }

    @Test
    void missingHeadlineFallsBackToTheId() {
        assertThat(Slugs.fromHeadline(null, ID)).isEqualTo(FALLBACK);
        assertThat(Slugs.fromHeadline("", ID)).isEqualTo(FALLBACK);
        assertThat(Slugs.isSafe(FALLBACK)).isTrue();
    }

    @Test
    void longHeadlineIsCutToTheMaximumLength() {
        String slug = Slugs.fromHeadline("a".repeat(200), ID);

        assertThat(slug).isEqualTo("a".repeat(Slugs.MAX_LENGTH));
        assertThat(Slugs.isSafe(slug)).isTrue();
    }

    @Test
    void longHeadlineOfWordsStopsAtAWordWithinTheMaximum() {
        String slug = Slugs.fromHeadline("word ".repeat(30), ID);

        assertThat(slug).startsWith("word-word").endsWith("word").hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(Slugs.isSafe(slug)).isTrue();
    }

    @ParameterizedTest(name = "[{0}] is safe")
    @ValueSource(strings = {"a", "hello-world", "story-3f2a9c1e", "2015", "covid-19", "con1", "console"})
    void safeSlugs(String slug) {
        assertThat(Slugs.isSafe(slug)).isTrue();
    }

    @Test
    void slugOfExactlyTheMaximumLengthIsSafe() {
        assertThat(Slugs.isSafe("a".repeat(Slugs.MAX_LENGTH))).isTrue();
        assertThat(Slugs.isSafe("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
    }

    @ParameterizedTest(name = "[{0}] is not safe")
    @NullAndEmptySource
    @ValueSource(strings = {"..", ".", "a/b", "a\\b", "CON", "con", "Con", "nul", "prn", "aux", "com1", "lpt9",
            "Hello", "hello_world", "hello world", "-hello", "hello-", "hello--world", "café", "宽带", "a.b",
            " hello"})
    void unsafeSlugs(String slug) {
        assertThat(Slugs.isSafe(slug)).isFalse();
    }
}
