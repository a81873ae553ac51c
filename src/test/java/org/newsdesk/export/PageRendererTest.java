package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.export.script.Script;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;

/** The article page's structure, read back with an HTML parser. */
class PageRendererTest {

    private static final PageRenderer RENDERER = ExportFixtures.exporter().renderer();

    private static Document render(Story story, ExportOptions options) {
        return Jsoup.parse(RENDERER.renderPage(story, options));
    }

    @Test
    void traditionalPageHasTheHeadlineMetadataLineAndSubtitleInThePortalsFormat() {
        Document page = render(ExportFixtures.interview(), ExportOptions.defaults().withScript(ScriptMode.HANT));

        assertThat(page.select("html").attr("lang")).isEqualTo("zh-Hant");
        assertThat(page.select("h1.headline").text()).isEqualTo("科委副主任做客政務網(3)");
        assertThat(page.title()).isEqualTo("科委副主任做客政務網(3)");
        assertThat(page.selectFirst("p.meta").wholeText())
                .isEqualTo("來源: 天津政務網  作者: 王小明  2015-07-31 10:02:54  編輯:張令沛");
        assertThat(page.selectFirst("p.meta time").attr("datetime")).isEqualTo("2015-07-31T10:02:54+08:00");
        assertThat(page.selectFirst("p.subtitle").text()).isEqualTo("【政務訪談】天津市推進大眾創業有關情況");
        assertThat(page.select("a.print-link").text()).isEqualTo("列印");
        assertThat(page.select("meta[name=viewport]")).hasSize(1);
    }

    @Test
    void simplifiedPageUsesSimplifiedChromeWords() {
        Document page = render(ExportFixtures.interview(), ExportOptions.defaults().withScript(ScriptMode.HANS));

        assertThat(page.select("html").attr("lang")).isEqualTo("zh-Hans");
        assertThat(page.selectFirst("p.meta").wholeText())
                .isEqualTo("来源: 天津政务网  作者: 王小明  2015-07-31 10:02:54  编辑:张令沛");
        assertThat(page.select("a.print-link").text()).isEqualTo("打印");
    }

    @Test
    void asIsKeepsTheTextAndGuessesItsScript() {
        Document page = render(ExportFixtures.interview(), ExportOptions.defaults());

        assertThat(page.select("html").attr("lang")).isEqualTo("zh-Hans");
        assertThat(page.select("h1").text()).isEqualTo("科委副主任做客政务网(3)");

        Story traditional = ExportFixtures.interview("科委副主任做客政務網", List.of(Paragraph.of("host", "這裡說的話")));
        assertThat(render(traditional, ExportOptions.defaults()).select("html").attr("lang")).isEqualTo("zh-Hant");
    }

    @Test
    void labelsOnlyAtTurnStartsNarrationAsSuchNotesNeverTimestampsOnlyWhenAsked() {
        Document page = render(ExportFixtures.interview(), ExportOptions.defaults().withScript(ScriptMode.HANT));
        List<Element> paragraphs = page.select("div.transcript > p");

        assertThat(paragraphs).extracting(Element::className).containsExactly(
                "narration", "turn role-host", "turn role-guest", "continuation role-guest", "continuation role-guest",
                "turn role-host");
        assertThat(paragraphs.get(0).text()).isEqualTo("以下是訪談文字實錄");
        assertThat(paragraphs.get(0).select(".speaker")).isEmpty();
        assertThat(paragraphs.get(1).selectFirst(".speaker").text()).isEqualTo("主持人：");
        assertThat(paragraphs.get(2).text()).isEqualTo("李寶純：圍繞上述目標任務，我市採取了四個方面的具體舉措。");
        assertThat(paragraphs.get(2).select("strong").text()).isEqualTo("四個方面");
        assertThat(paragraphs.get(3).select(".speaker")).isEmpty();
        assertThat(paragraphs.get(3).text()).startsWith("首先是");
        assertThat(paragraphs.get(4).select("span.uncertain").text()).isEqualTo("聽不清");
        assertThat(paragraphs.get(5).select("em").text()).isEqualTo("強調");
        assertThat(page.select(".speaker")).hasSize(3);
        String all = page.text();
        assertThat(all).doesNotContain("核對數字", "只給編輯看的話", "內部備註", "[00:01:02]");

        Document withTimes = render(ExportFixtures.interview(),
                ExportOptions.defaults().withScript(ScriptMode.HANT).withTimestamps(true));
        assertThat(withTimes.select("span.timestamp").text()).isEqualTo("[00:01:02]");
    }

    @Test
    void theSeedPagesConversionErrorsDoNotHappen() {
        String text = render(ExportFixtures.interview(), ExportOptions.defaults().withScript(ScriptMode.HANT)).text();

        assertThat(text).contains("幹事創業", "精幹人員", "最後一公里", "提升", "英才");
        assertThat(text).doesNotContain("乾事創業", "精乾人員", "一公裡", "提昇", "英纔");
    }

    @ParameterizedTest
    @CsvSource({"FULLWIDTH, 主持人：, span", "HALFWIDTH, 主持人:, span", "BRACKETS, [主持人], span", "BOLD, 主持人：, strong"})
    void labelStyles(LabelStyle style, String label, String element) {
        Document page = render(ExportFixtures.interview(), ExportOptions.defaults().withLabels(style));

        Element first = page.selectFirst("p.turn .speaker");
        assertThat(first.text()).isEqualTo(label);
        assertThat(first.tagName()).isEqualTo(element);
        assertThat(page.select("p.turn")).allSatisfy(p -> assertThat(p.child(0).hasClass("speaker")).isTrue());
    }

    @Test
    void seriesNavigationLinksOnlyToSafeNeighbours() {
        ExportOptions options = ExportOptions.defaults()
                .withNeighbours(new SeriesNeighbours("kewei-fuzhuren-2", "../../etc/passwd"));
        Document page = render(ExportFixtures.interview(), options);

        assertThat(page.select("nav.series a.previous").attr("href")).isEqualTo("../kewei-fuzhuren-2/");
        assertThat(page.select("nav.series a.next")).isEmpty();
        assertThat(page.select("nav.series .part").text()).isEqualTo("创新对话 (3/5)");

        Story single = ExportFixtures.withMetadata(ExportFixtures.interview(), withoutSeries(ExportFixtures.interview().metadata()));
        Document alone = render(single, ExportOptions.defaults());
        assertThat(alone.select("nav.series")).isEmpty();
        assertThat(alone.select("h1").text()).isEqualTo("科委副主任做客政务网");
    }

    @Test
    void jsonLdDescribesTheNewsArticle() throws Exception {
        Document page = render(ExportFixtures.interview(), ExportOptions.defaults().withScript(ScriptMode.HANT));
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());

        assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.path("headline").asText()).isEqualTo("科委副主任做客政務網(3)");
        assertThat(ld.path("datePublished").asText()).isEqualTo("2015-07-31T10:02:54+08:00");
        assertThat(ld.path("inLanguage").asText()).isEqualTo("zh-Hant");
        assertThat(ld.path("author").get(0).path("name").asText()).isEqualTo("王小明");
        assertThat(ld.path("editor").path("name").asText()).isEqualTo("張令沛");
        assertThat(ld.path("publisher").path("name").asText()).isEqualTo("天津政務網");
        assertThat(ld.path("isPartOf").path("@type").asText()).isEqualTo("CreativeWorkSeries");
        assertThat(ld.path("position").asInt()).isEqualTo(3);
    }

    static final String[] PAYLOADS = {
        "<script>document.title='pwned'</script>",
        "\"><img src=x onerror=\"window.pwned=1\">",
        "javascript:window.pwned=1",
        "</script><script>window.pwned=1</script><!--",
        "'--></script>\u2028\u2029<b>&amp;",
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void everyFieldAndSpanIsEscaped(int which) throws Exception {
        String payload = PAYLOADS[which];
        Story story = hostile(payload);
        String html = RENDERER.renderPage(story, ExportOptions.defaults().withLabels(LabelStyle.BOLD));
        Document page = Jsoup.parse(html);

        // the only elements are the template's own: nothing the payload tried to add
        assertThat(page.select("img, iframe, object, embed, [onerror], [onload]")).isEmpty();
        assertThat(page.select("script")).hasSize(2);
        assertThat(page.select("script[src]").attr("src")).isEqualTo("assets/newsdesk-print.js");
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        // the payload is shown as text, exactly
        assertThat(normalise(page.select("h1").text())).isEqualTo(normalise(payload + "(3)"));
        // the speaker's label is the payload too
        assertThat(normalise(page.selectFirst("div.transcript p.turn").text())).isEqualTo(normalise(payload + "：" + payload));
        // the JSON-LD stays one script element and reads back as the same text
        Element ld = page.selectFirst("script[type=application/ld+json]");
        assertThat(ld.data()).doesNotContain("<", ">", "\u2028", "\u2029");
        JsonNode json = new ObjectMapper().readTree(ld.data());
        assertThat(json.path("headline").asText()).isEqualTo(payload + "(3)");
        assertThat(json.path("editor").path("name").asText()).isEqualTo(payload);
    }

    /** What a browser shows for text: jsoup's text() collapses whitespace the same way. */
    private static String normalise(String s) {
        return s.replace('\u2028', ' ').replace('\u2029', ' ').replace('\u00a0', ' ').replaceAll(" +", " ").strip();
    }

    private static Story hostile(String payload) {
        Story base = ExportFixtures.interview();
        Metadata m = base.metadata();
        Metadata evil = new Metadata(payload, payload, payload, payload, payload, List.of(payload), payload,
                m.publishTime(), m.timeZone(), List.of(payload), List.of(payload), m.series(), payload, null);
        return new Story(base.id(), base.slug(), base.status(), evil,
                List.of(new org.newsdesk.model.Speaker("host", payload, payload, payload, null)),
                List.of(new Paragraph("x1", "host", List.of(Span.plain(payload))),
                        new Paragraph("x2", null, List.of(Span.styled(payload, org.newsdesk.model.SpanStyle.BOLD)))),
                base.revision(), base.version(), base.createdAt(), base.updatedAt());
    }

    private static Metadata withoutSeries(Metadata m) {
        return new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(), m.authors(), m.editor(),
                m.publishTime(), m.timeZone(), m.channels(), m.keywords(), null, m.internalNote(), m.embargoUntil());
    }

    @Test
    void renderingIsAPureFunction() {
        Story story = ExportFixtures.interview();
        ExportOptions options = ExportOptions.defaults().withScript(ScriptMode.BOTH);
        assertThat(RENDERER.renderPage(story, options)).isEqualTo(RENDERER.renderPage(story, options));
        assertThat(RENDERER.renderPage(story, options, Script.HANT)).contains("lang=\"zh-Hant\"");
    }
}
