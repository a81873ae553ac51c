package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.export.script.ConversionLists;
import org.newsdesk.export.script.PhraseList;
import org.newsdesk.export.script.Script;
import org.newsdesk.export.script.ScriptConverter;
import org.newsdesk.export.script.WordSegmenter;
import org.newsdesk.export.script.Wording;

/** The real converter with the real shipped override lists against the golden file of trap phrases. */
class ScriptConversionGoldenTest {

    private static final ScriptConverter CONVERTER = ScriptConverter.standard();

    static Stream<Arguments> golden() throws IOException {
        try (InputStream in = ScriptConversionGoldenTest.class.getResourceAsStream("/conversion/golden-hans-hant.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(lines).as("golden rows").hasSizeGreaterThanOrEqualTo(800);
            return lines.stream().map(l -> l.split("\t")).map(f -> Arguments.of(f[0], f[1], f[2]));
        }
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("golden")
    void convertsTrapPhrases(String direction, String source, String expected) {
        if (direction.equals("hk")) {
            assertThat(CONVERTER.convert(source, Script.HANT, org.newsdesk.export.script.Wording.HONG_KONG)).isEqualTo(expected);
            return;
        }
        Script target = direction.equals("hant") ? Script.HANT : Script.HANS;
        assertThat(CONVERTER.convert(source, target)).isEqualTo(expected);
    }

    @Test
    void theSeedPagesErrorsNeverHappenInRunningText() {
        String simplified = "清除影响干事创业的痛点，由各区县抽调精干人员组建团队，实现最后一公里延伸，提升了服务的即时性。诚聘英才。";
        String traditional = CONVERTER.convert(simplified, Script.HANT);

        assertThat(traditional).doesNotContain("乾事創業", "精乾人員", "一公裡", "提昇", "英纔");
        assertThat(traditional).isEqualTo("清除影響幹事創業的痛點，由各區縣抽調精幹人員組建團隊，實現最後一公里延伸，提升了服務的即時性。誠聘英才。");
    }

    @Test
    void aPhraseIsNeverReadAcrossAWordEdge() {
        assertThat(CONVERTER.convert("我市采取了如下四个方面的具体举措", Script.HANT)).isEqualTo("我市採取了如下四個方面的具體舉措");
        assertThat(CONVERTER.convert("他对此了如指掌", Script.HANT)).isEqualTo("他對此瞭如指掌");

        ScriptConverter bare = new ScriptConverter(ConversionLists.shipped(), WordSegmenter.NONE);
        // what the dictionary alone does: the phrase 了如 is taken across 了/如下
        assertThat(bare.convert("采取了如下", Script.HANT)).isEqualTo("採取瞭如下");
    }

    @Test
    void severalThreadsConvertingAtOnceGetWhatOneThreadGets() throws Exception {
        List<String> sentences = golden().map(a -> (Object[]) a.get())
                .filter(a -> a[0].equals("hant")).map(a -> (String) a[1]).toList();
        List<String> alone = sentences.stream().map(t -> CONVERTER.convert(t, Script.HANT)).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int r = 0; r < 4; r++) {
                runs.add(pool.submit(() -> sentences.stream().map(t -> CONVERTER.convert(t, Script.HANT)).toList()));
            }
            for (java.util.concurrent.Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wordsDecideWithoutAnOverride() {
        ScriptConverter noLists = new ScriptConverter(new ConversionLists(PhraseList.EMPTY, PhraseList.EMPTY, PhraseList.EMPTY));

        assertThat(noLists.convert("采取了如下措施", Script.HANT)).isEqualTo("採取了如下措施");
        assertThat(noLists.convert("展示了如何办理", Script.HANT)).isEqualTo("展示了如何辦理");
    }

    @Test
    void charactersOnlyNeverRewordsButTaiwanVocabularyDoes() {
        String speech = "我们的信息系统用了新软件，打印机在出租车上。";

        String characters = CONVERTER.convert(speech, Script.HANT, Wording.CHARACTERS);
        assertThat(characters).isEqualTo("我們的信息系統用了新軟件，打印機在出租車上。");
        assertThat(characters.codePointCount(0, characters.length())).isEqualTo(speech.codePointCount(0, speech.length()));

        assertThat(CONVERTER.convert(speech, Script.HANT, Wording.TAIWAN_PHRASES)).contains("軟體", "印表機");
        assertThat(CONVERTER.convert("信息", Script.HANT, Wording.TAIWAN_PHRASES)).isEqualTo("資訊");
        assertThat(CONVERTER.convert("出租车", Script.HANT, Wording.TAIWAN_PHRASES)).isEqualTo("計程車");
    }

    @Test
    void charactersOnlyIgnoresOverridesThatReword() {
        PhraseList rewording = PhraseList.parse("信息\t資訊\n刚才\t剛剛才\n", "test");
        ConversionLists shipped = ConversionLists.shipped();
        ScriptConverter converter = new ScriptConverter(new ConversionLists(
                shipped.toTraditional().overriddenBy(rewording), shipped.toSimplified(), shipped.variants()));

        assertThat(converter.convert("信息刚才", Script.HANT)).isEqualTo("信息剛才");
        assertThat(converter.convert("信息", Script.HANT, Wording.TAIWAN_PHRASES)).isEqualTo("資訊");
    }

    @Test
    void aNewsroomOverrideWinsButALongerLibraryPhraseStartingEarlierStillCounts() {
        PhraseList newsroom = PhraseList.parse("干事\t干事\n钟\t鐘\n", "newsroom");
        ConversionLists shipped = ConversionLists.shipped();
        ScriptConverter converter = new ScriptConverter(new ConversionLists(
                shipped.toTraditional().overriddenBy(newsroom), shipped.toSimplified(), shipped.variants()));

        assertThat(converter.convert("钟", Script.HANT)).isEqualTo("鐘");
        assertThat(CONVERTER.convert("钟", Script.HANT)).isEqualTo("鍾");
        // 若干 (library) starts before 干事 (override) and is taken first
        assertThat(converter.convert("若干事项", Script.HANT)).isEqualTo("若干事項");
    }

    @Test
    void twoConvertersWithDifferentListsDoNotShareTheirPhrases() {
        ScriptConverter plain = new ScriptConverter(new ConversionLists(PhraseList.EMPTY, PhraseList.EMPTY, PhraseList.EMPTY),
                WordSegmenter.NONE);
        // built after the standard one: a shared phrase index would give it the shipped 不干燥
        assertThat(CONVERTER.convert("不干燥", Script.HANT)).isEqualTo("不乾燥");
        assertThat(plain.convert("不干燥", Script.HANT)).isEqualTo("不幹燥");
        assertThat(plain.convert("乾燥", Script.HANS)).isEqualTo("乾燥");
        assertThat(CONVERTER.convert("乾燥", Script.HANS)).isEqualTo("干燥");
    }

    @Test
    void phraseListReportsBadLinesAndFormatsSorted() {
        PhraseList list = PhraseList.parse("# comment\n乙\t乙2\nbroken line\n甲\t甲2\n", "x.txt");

        assertThat(list.entries()).containsExactly(java.util.Map.entry("乙", "乙2"), java.util.Map.entry("甲", "甲2"));
        assertThat(list.problems()).containsExactly("x.txt line 3: expected two phrases separated by one tab");
        assertThat(list.format("header")).isEqualTo("# header\n乙\t乙2\n甲\t甲2\n");
    }
}
