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
            李主任谈 5G broadband                 | li-zhu-ren-tan-5g-broadband
            ＡＢＣ　News                          | abc-news
            """)
    void asciiHeadlines(String headline, String expected) {
        String slug = Slugs.fromHeadline(headline, ID);

        assertThat(slug).isEqualTo(expected);
        assertThat(Slugs.isSafe(slug)).isTrue();
    }

    @ParameterizedTest(name = "[{0}] falls back")
    @ValueSource(strings = {"5G", "！？", "Con", "COM1", "lpt9 ", "㐀"})
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

        assertThat(slug).isEqualTo("a".repeat(Slugs.GENERATED_MAX_LENGTH));
        assertThat(Slugs.isSafe(slug)).isTrue();
    }

    @Test
    void longHeadlineOfWordsStopsAtAWordWithinTheMaximum() {
        String slug = Slugs.fromHeadline("word ".repeat(30), ID);

        assertThat(slug).startsWith("word-word").endsWith("word").hasSizeLessThanOrEqualTo(Slugs.GENERATED_MAX_LENGTH);
        assertThat(Slugs.isSafe(slug)).isTrue();
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            市科委副主任李宝纯做客天津政务网(3)     | shi-ke-wei-fu-zhu-ren-li-bao-chun-zuo-ke-tian-jin-zheng-wu
            市科委副主任李寶純做客天津政務網(3)     | shi-ke-wei-fu-zhu-ren-li-bao-chun-zuo-ke-tian-jin-zheng-wu
            重庆银行行长谈长江经济带               | chong-qing-yin-hang-hang-zhang-tan-chang-jiang-jing-ji-dai
            行长走访长江沿线                       | hang-zhang-zou-fang-chang-jiang-yan-xian
            李宝纯做客政务网(3)                    | li-bao-chun-zuo-ke-zheng-wu-wang-3
            乡村宽带进村入户                       | xiang-cun-kuan-dai-jin-cun-ru-hu
            李主任谈宽带：九成村通光纤             | li-zhu-ren-tan-kuan-dai-jiu-cheng-cun-tong-guang-xian
            绿色出行，从我做起                     | lv-se-chu-xing-cong-wo-zuo-qi
            2026年重点项目“十大工程”发布          | 2026-nian-zhong-dian-xiang-mu-shi-da-gong-cheng-fa-bu
            """)
    void chineseHeadlinesGiveTonelessPinyinReadByWord(String headline, String expected) {
        String slug = Slugs.fromHeadline(headline, ID);

        assertThat(slug).isEqualTo(expected);
        assertThat(Slugs.isSafe(slug)).isTrue();
    }

    @Test
    void aLongChineseHeadlineIsCutAtASyllableWithinSixty() {
        String headline = "市人大常委会副主任带队检查全市义务教育均衡发展和农村学校布局调整工作推进落实情况";
        String slug = Slugs.fromHeadline(headline, ID);

        assertThat(slug).hasSizeLessThanOrEqualTo(60).startsWith("shi-ren-da-chang-wei-hui-fu-zhu-ren");
        String all = String.join("-", java.util.List.of("shi", "ren", "da", "chang", "wei", "hui", "fu", "zhu", "ren",
                "dai", "dui", "jian", "cha", "quan", "shi", "yi", "wu", "jiao", "yu", "jun", "heng", "fa", "zhan"));
        assertThat(all + "-").startsWith(slug + "-");
        assertThat(Slugs.isSafe(slug)).isTrue();
    }

    @Test
    void aTakenSlugGetsTheFirstFreeSuffixWithinTheLimit() {
        java.util.Set<String> taken = new java.util.HashSet<>(java.util.List.of("chang-jiang", "chang-jiang-2"));

        assertThat(Slugs.unique("chang-jiang", taken::contains)).isEqualTo("chang-jiang-3");
        assertThat(Slugs.unique("huang-he", taken::contains)).isEqualTo("huang-he");

        String long60 = Slugs.fromHeadline("市人大常委会副主任带队检查全市义务教育均衡发展和农村学校布局调整工作", ID);
        String second = Slugs.unique(long60, s -> s.equals(long60));
        assertThat(second).endsWith("-2").hasSizeLessThanOrEqualTo(60);
        assertThat(long60 + "-").startsWith(second.substring(0, second.length() - 2) + "-");
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
