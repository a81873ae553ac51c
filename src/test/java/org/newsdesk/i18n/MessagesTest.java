package org.newsdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three message bundles stay complete and consistent, and each locale gets the right script. */
class MessagesTest {

    /**
     * Traditional / Simplified pairs of characters that differ between the scripts and
     * that a UI text commonly uses. Characters written the same in both (料, 稿, 窗, 台)
     * are deliberately absent, and so are simplified forms that are also ordinary
     * Traditional characters (后 as in 皇后, 并, 里).
     */
    private static final String PAIRS = "檔档 體体 們们 開开 關关 與与 這这 資资 儲储 還还 編编 輯辑 說说 發发 錄录 請请 "
            + "讀读 寫写 庫库 擇择 態态 誤误 無无 損损 壞坏 夾夹 權权 視视 擁拥 結结 號号 個个 來来 為为 時时 會会 "
            + "對对 應应 聞闻 確确 記记 選选 標标 題题 訪访 談谈 實实 頁页 審审 啟启 問问 將将 認认 該该 試试 裝装 "
            + "處处 絕绝 許许 狀状 從从 篩筛 數数 動动 變变 復复 刪删 當当 現现 閉闭 內内";
    /** Traditional-only characters whose simplified form is also a Traditional character. */
    private static final String TRADITIONAL_ONLY_EXTRA = "後";

    private static Properties english;
    private static Properties simplified;
    private static Properties traditional;

    @BeforeAll
    static void loadFiles() throws IOException {
        english = load("/i18n/messages.properties");
        simplified = load("/i18n/messages_zh_CN.properties");
        traditional = load("/i18n/messages_zh_TW.properties");
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            return p;
        }
    }

    // ------------------------------------------------------------ the files

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() {
        assertThat(english.stringPropertyNames()).isNotEmpty();
        assertThat(simplified.stringPropertyNames()).as("zh_CN keys")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(traditional.stringPropertyNames()).as("zh_TW keys")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noValueIsBlank() {
        for (Properties p : List.of(english, simplified, traditional)) {
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(key).isNotBlank();
            }
        }
    }

    @Test
    void everyTranslationUsesTheSamePlaceholdersAsEnglish() {
        List<String> mismatches = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            Set<String> expected = placeholders(english.getProperty(key));
            for (var entry : List.of(java.util.Map.entry("zh_CN", simplified), java.util.Map.entry("zh_TW", traditional))) {
                String value = entry.getValue().getProperty(key);
                if (value != null && !placeholders(value).equals(expected)) {
                    mismatches.add(entry.getKey() + " " + key + ": " + placeholders(value) + " vs " + expected);
                }
            }
        }
        assertThat(mismatches).isEmpty();
        // The check would notice a difference at all: some keys do have arguments.
        assertThat(placeholders(english.getProperty("status.counts"))).containsExactly("{0}", "{1}");
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[^}]*}").matcher(value);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }

    @Test
    void simplifiedFileHasNoTraditionalOnlyCharacters() {
        String forbidden = traditionalOnly();
        List<String> hits = hits(simplified, forbidden);
        assertThat(hits).isEmpty();
        // The list is relevant: the Traditional file itself uses many of these characters.
        assertThat(hits(traditional, forbidden)).hasSizeGreaterThan(10);
    }

    @Test
    void traditionalFileHasNoSimplifiedOnlyCharacters() {
        String forbidden = simplifiedOnly();
        List<String> hits = hits(traditional, forbidden);
        assertThat(hits).isEmpty();
        assertThat(hits(simplified, forbidden)).hasSizeGreaterThan(10);
    }

    private static String traditionalOnly() {
        StringBuilder sb = new StringBuilder(TRADITIONAL_ONLY_EXTRA);
        for (String pair : PAIRS.split(" ")) {
            sb.append(pair.charAt(0));
        }
        return sb.toString();
    }

    private static String simplifiedOnly() {
        StringBuilder sb = new StringBuilder();
        for (String pair : PAIRS.split(" ")) {
            sb.append(pair.charAt(1));
        }
        return sb.toString();
    }

    /** "key: char" for every forbidden character in a value. */
    private static List<String> hits(Properties p, String forbidden) {
        List<String> out = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            String value = p.getProperty(key);
            value.codePoints().filter(c -> forbidden.indexOf(c) >= 0)
                    .forEach(c -> out.add(key + ": " + Character.toString(c)));
        }
        return out;
    }

    @Test
    void thePairsReallyDiffer() {
        for (String pair : PAIRS.split(" ")) {
            assertThat(pair).hasSize(2);
            assertThat(pair.charAt(0)).as(pair).isNotEqualTo(pair.charAt(1));
        }
    }

    // ------------------------------------------------------------ choosing the bundle

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh", "zh-SG", "zh-Hans", "zh-Hans-CN", "zh-Hans-HK"})
    void simplifiedLocales(String tag) {
        assertThat(Messages.bundleLocale(Locale.forLanguageTag(tag))).isEqualTo(Locale.forLanguageTag("zh-CN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-CN", "zh-Hant-TW"})
    void traditionalLocales(String tag) {
        assertThat(Messages.bundleLocale(Locale.forLanguageTag(tag))).isEqualTo(Locale.forLanguageTag("zh-TW"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "fr", "de", "ja"})
    void otherLocalesGetTheEnglishRootBundle(String tag) {
        assertThat(Messages.bundleLocale(Locale.forLanguageTag(tag))).isEqualTo(Locale.ROOT);
    }

    @Test
    void forTagServesTheFilesTexts() {
        assertThat(Messages.forTag("zh-HK").get("menu.file")).isEqualTo(traditional.getProperty("menu.file"));
        assertThat(Messages.forTag("zh-HK").get("menu.help.guide")).isNotEqualTo(traditional.getProperty("menu.help.guide"))
                .isNotEqualTo(english.getProperty("menu.help.guide"));
        assertThat(Messages.forTag("zh_TW").get("menu.file")).isEqualTo(traditional.getProperty("menu.file"));
        assertThat(Messages.forTag("zh-CN").get("menu.file")).isEqualTo(simplified.getProperty("menu.file"));
        assertThat(Messages.forTag(" zh-Hans ").get("menu.file")).isEqualTo(simplified.getProperty("menu.file"));
        assertThat(Messages.forTag("fr").get("menu.file")).isEqualTo(english.getProperty("menu.file"));
        assertThat(traditional.getProperty("menu.file")).isNotEqualTo(simplified.getProperty("menu.file"));
    }

    @Test
    void everyKeyResolvesInEveryBundle() {
        for (String tag : List.of("en", "zh-CN", "zh-TW")) {
            Messages messages = Messages.forTag(tag);
            Properties file = tag.equals("en") ? english : tag.equals("zh-CN") ? simplified : traditional;
            for (String key : english.stringPropertyNames()) {
                if (placeholders(file.getProperty(key)).isEmpty()) {
                    assertThat(messages.get(key)).as(tag + " " + key).isEqualTo(file.getProperty(key));
                }
            }
        }
    }

    @Test
    void argumentsAreFilledIn() {
        Messages traditionalMessages = Messages.forTag("zh-TW");

        assertThat(traditionalMessages.get("notice.revisionSaved", 3)).isEqualTo("已儲存第 3 版");
        assertThat(Messages.forTag("en").get("status.failed", "disk full")).isEqualTo("Save failed: disk full");
        assertThat(Messages.forTag("en").get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
