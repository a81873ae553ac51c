package org.newsdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.support.datamap.IDataMap;
import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Traditional bundle as the app reads it (Taiwan; Hong Kong over Taiwan) uses one form per
 * word, the region's own vocabulary, and no Simplified character. The glossary lists competing
 * forms: the region's word first, the forms it must not use after it.
 */
class TraditionalBundleGlossaryTest {

    /** Words both regions write the same way: preferred, then the rejected forms. */
    private static final List<List<String>> COMMON = List.of(
            List.of("發布", "發佈"),
            List.of("檔案", "文件"),
            List.of("預設", "默認", "缺省"),
            List.of("資訊", "信息"),
            List.of("設定", "設置"),
            List.of("儲存", "保存"),
            List.of("選單", "菜單"),
            List.of("視窗", "窗口"),
            List.of("螢幕", "屏幕"),
            List.of("伺服器", "服務器"),
            List.of("搜尋", "搜索"),
            List.of("匯出", "導出"),
            List.of("匯入", "導入"),
            List.of("貼上", "粘貼"),
            List.of("字元", "字符"),
            List.of("字型", "字體"),
            List.of("支援", "支持"),
            List.of("載入", "加載"),
            List.of("登入", "登錄"),
            List.of("品質", "質量"),
            List.of("資料夾", "文件夾"),
            List.of("帳號", "賬號"),
            List.of("圖示", "圖標"),
            List.of("音訊", "音頻"),
            List.of("快速鍵", "快捷鍵"),
            List.of("介面", "界面", "接口"),
            List.of("即時", "實時"),
            List.of("範本", "模板"),
            List.of("訊息", "消息"),
            List.of("重新整理", "刷新"),
            List.of("取得", "獲取"),
            List.of("影片", "視頻"),
            List.of("實錄", "逐字稿", "文字稿"),
            List.of("鑰匙圈", "金鑰圈"),
            // OpenCC's inherited forms where both regions print the common one
            List.of("為", "爲"),
            List.of("眾", "衆"),
            List.of("啟", "啓"),
            List.of("群", "羣"),
            List.of("麵", "麪"),
            List.of("才", "纔"));

    private static final List<List<String>> TAIWAN = List.of(
            List.of("軟體", "軟件"),
            List.of("網路", "網絡"),
            List.of("使用者", "用戶"),
            List.of("列印", "打印"),
            List.of("線上", "在線"),
            List.of("裡", "裏"),
            List.of("線", "綫"),
            List.of("資料庫", "數據庫"),
            List.of("剪貼簿", "剪貼板"));

    private static final List<List<String>> HONG_KONG = List.of(
            List.of("軟件", "軟體"),
            List.of("網絡", "網路"),
            List.of("用戶", "使用者"),
            List.of("打印", "列印"),
            List.of("在線", "線上"),
            List.of("裏", "裡"),
            List.of("數據庫", "資料庫"),
            List.of("剪貼板", "剪貼簿"),
            List.of("USB 手指", "隨身碟"));

    /** Values that are sample Simplified text on purpose (the override editor's example pair). */
    private static final Set<String> SAMPLE_TEXT_KEYS = Set.of("overrides.prompt");

    static Stream<Arguments> bundles() {
        return Stream.of(
                Arguments.of("zh-TW", concat(COMMON, TAIWAN)),
                Arguments.of("zh-HK", concat(COMMON, HONG_KONG)));
    }

    private static List<List<String>> concat(List<List<String>> a, List<List<String>> b) {
        List<List<String>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, String> values(String tag) {
        ResourceBundle bundle = Messages.forTag(tag).bundle();
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : java.util.Collections.list(bundle.getKeys())) {
            out.put(key, bundle.getString(key));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void oneFormPerWordAndTheRegionsVocabulary(String tag, List<List<String>> glossary) {
        List<String> problems = problems(values(tag), glossary);
        assertThat(problems).as(tag + ": competing forms").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void noSimplifiedCharacters(String tag, List<List<String>> glossary) {
        List<String> problems = new ArrayList<>();
        values(tag).forEach((key, value) -> {
            if (SAMPLE_TEXT_KEYS.contains(key)) {
                return;
            }
            String simplifiedOnly = simplifiedOnly(value);
            if (!simplifiedOnly.isEmpty()) {
                problems.add(key + ": " + simplifiedOnly + " in " + value);
            }
        });
        assertThat(problems).as(tag + ": Simplified characters").isEmpty();
    }

    @Test
    void theCheckFindsMixedFormsRegionalWordsAndSimplifiedCharacters() {
        Map<String, String> mixed = Map.of("a", "發布稿件", "b", "已發佈", "c", "下載軟件", "d", "设定");
        assertThat(problems(mixed, concat(COMMON, TAIWAN)))
                .anySatisfy(p -> assertThat(p).contains("發佈"))
                .anySatisfy(p -> assertThat(p).contains("軟件"));
        assertThat(simplifiedOnly(mixed.get("d"))).isEqualTo("设");
        assertThat(simplifiedOnly("發布稿件，請確認。")).isEmpty();
    }

    @Test
    void hongKongReadsItsOwnWordingAndTaiwansForTheRest() {
        Messages hongKong = Messages.forTag("zh-HK");
        Messages taiwan = Messages.forTag("zh-TW");

        assertThat(hongKong.get("menu.help.guide")).isEqualTo("用戶指南");
        assertThat(taiwan.get("menu.help.guide")).isEqualTo("使用者指南");
        assertThat(hongKong.get("menu.file")).isEqualTo(taiwan.get("menu.file")).isNotEqualTo(Messages.forTag("en").get("menu.file"));
        assertThat(Messages.forTag("zh-MO").get("sync.status.online")).isEqualTo("在線");
        assertThat(hongKong.locale()).isEqualTo(Locale.forLanguageTag("zh-TW"));
    }

    /**
     * Each rejected form found, with its key. The region's own words of two or more characters are
     * taken out first, so that a rejected form inside one of them (文件 in 文件夾 would be, were
     * 文件夾 preferred) is not counted.
     */
    private static List<String> problems(Map<String, String> values, List<List<String>> glossary) {
        List<String> out = new ArrayList<>();
        values.forEach((key, value) -> {
            if (SAMPLE_TEXT_KEYS.contains(key)) {
                return;
            }
            String masked = value;
            for (List<String> entry : glossary) {
                if (entry.get(0).length() > 1) {
                    masked = masked.replace(entry.get(0), "\u0000");
                }
            }
            for (List<String> entry : glossary) {
                for (String rejected : entry.subList(1, entry.size())) {
                    if (masked.contains(rejected)) {
                        out.add(key + ": " + rejected + " (use " + entry.get(0) + ") in " + value);
                    }
                }
            }
        });
        return out;
    }

    /** The characters of {@code text} that only Simplified Chinese writes. */
    private static String simplifiedOnly(String text) {
        IDataMap data = DataMaps.defaults();
        Map<String, List<String>> toTraditional = data.stChar();
        Map<String, List<String>> toSimplified = data.tsChar();
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            List<String> forms = toTraditional.get(ch);
            if (forms != null && !forms.contains(ch) && !toSimplified.containsKey(ch)) {
                out.append(ch);
            }
        });
        return out.toString();
    }
}
