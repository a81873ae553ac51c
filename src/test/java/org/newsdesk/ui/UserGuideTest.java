package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.help.UserGuideWindow;

/** The user guide exists in every UI language, with the same sections in the same order. */
class UserGuideTest {

    private static final List<String> SECTIONS = List.of("what", "window", "transcribing", "recordings", "speakers",
            "import", "metadata", "proofreading", "search", "names", "revisions", "publishing", "export", "review", "print", "trash", "newsroom", "keys",
            "data");

    private static Document guide(String tag) throws IOException {
        String resource = UserGuideWindow.resourceFor(new Messages(Locale.forLanguageTag(tag)).locale());
        try (InputStream in = UserGuideWindow.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyLanguageHasTheSameSectionsAndWorkingLinks() throws IOException {
        for (String tag : List.of("en", "zh-CN", "zh-TW")) {
            Document doc = guide(tag);
            assertThat(doc.select("h2").eachAttr("id")).as(tag).containsExactlyElementsOf(SECTIONS);
            assertThat(doc.select("nav a").eachAttr("href")).as(tag)
                    .containsExactlyElementsOf(SECTIONS.stream().map(s -> "#" + s).toList());
            for (Element section : doc.select("h2")) {
                Element text = section.nextElementSibling();
                assertThat(text).as(tag + " " + section.id()).isNotNull();
                assertThat(text.text()).as(tag + " " + section.id()).hasSizeGreaterThan(60);
            }
            assertThat(doc.select("link[rel=stylesheet]").attr("href")).isEqualTo("guide.css");
            assertThat(doc.select("img").eachAttr("src")).as(tag + ": screenshots").hasSize(4)
                    .allSatisfy(src -> assertThat(UserGuideWindow.class.getResource("/org/newsdesk/help/" + src))
                            .as(src).isNotNull());
        }
        assertThat(UserGuideWindow.class.getResource("/org/newsdesk/help/guide.css")).isNotNull();
    }

    @Test
    void eachLanguageGetsItsOwnGuide() throws IOException {
        assertThat(guide("en").select("html").attr("lang")).isEqualTo("en");
        assertThat(guide("fr").select("html").attr("lang")).isEqualTo("en");
        assertThat(guide("zh-CN").select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(guide("zh-HK").select("html").attr("lang")).isEqualTo("zh-TW");
    }

    @Test
    void eachChineseGuideKeepsToItsScript() throws IOException {
        String pairs = "體体 們们 這这 說说 發发 錄录 處处 儲存储存 開开 關关 選选 檔档 設设 導导 認认 與与 網网 單单";
        String simplified = guide("zh-CN").text();
        String traditional = guide("zh-TW").text();
        for (String pair : pairs.split(" ")) {
            int half = pair.length() / 2;
            for (int i = 0; i < half; i++) {
                char t = pair.charAt(i);
                char s = pair.charAt(half + i);
                if (t != s) {
                    assertThat(simplified).as("zh-CN has no " + t).doesNotContain(String.valueOf(t));
                    assertThat(traditional).as("zh-TW has no " + s).doesNotContain(String.valueOf(s));
                }
            }
        }
        assertThat(traditional).contains("說明", "儲存");
        assertThat(simplified).contains("帮助", "保存");
    }
}
