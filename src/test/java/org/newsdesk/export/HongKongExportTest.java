package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsdesk.export.script.Script;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;

/** Traditional (Hong Kong) as an export script: Hong Kong's character forms, corner quotes, its own language tag. */
class HongKongExportTest {

    private static final StoryExporter EXPORTER = ExportFixtures.exporter();

    private static Story quoted() {
        return ExportFixtures.interview("科委副主任说创新", List.of(
                new Paragraph("p1", "host", List.of(Span.plain("主任说：“我们要‘温故知新’，户户受益。”"))),
                new Paragraph("p2", "guest", List.of(Span.plain("我市采取了如下措施，影响干事创业的痛点由精干人员解决。"))),
                new Paragraph("p3", "guest", List.of(Span.plain("西安的英文是Xi’an，它着眼于保卫家园。")))));
    }

    private static Document page(ExportBundle bundle) {
        return Jsoup.parse(new String(bundle.file(BundleBuilder.PAGE).orElseThrow().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theHongKongPageHasHongKongFormsCornerQuotesAndItsLanguageTag() {
        Document hk = page(EXPORTER.bundle(quoted(), ExportOptions.defaults().withScript(ScriptMode.HANT_HK)));
        String text = hk.body().text();
        assertThat(hk.select("html").attr("lang")).isEqualTo("zh-Hant-HK");
        assertThat(text).contains("主任説：「我們要『温故知新』，户户受益。」", "採取了如下", "幹事創業", "精幹人員", "衞")
                .doesNotContain("“", "”", "說", "戶", "溫", "衛");
        // an apostrophe between Latin letters is no quotation mark
        assertThat(text).contains("Xi’an");
    }

    @Test
    void theTaiwanPageKeepsTaiwansFormsAndAlsoGetsCornerQuotes() {
        Document tw = page(EXPORTER.bundle(quoted(), ExportOptions.defaults().withScript(ScriptMode.HANT)));
        String text = tw.body().text();
        assertThat(tw.select("html").attr("lang")).isEqualTo("zh-Hant");
        assertThat(text).contains("主任說：「我們要『溫故知新』，戶戶受益。」", "衛").doesNotContain("説", "户", "衞");
    }

    @Test
    void aSimplifiedPageGetsTheMainlandsQuotes() {
        Story corner = ExportFixtures.interview("主任說", List.of(
                new Paragraph("p1", "host", List.of(Span.plain("主任說：「我們要『溫故知新』。」")))));
        String text = page(EXPORTER.bundle(corner, ExportOptions.defaults().withScript(ScriptMode.HANS))).body().text();
        assertThat(text).contains("主任说：“我们要‘温故知新’。”");
    }

    @Test
    void theHongKongScriptIsOfferedOnTheCommandLineAndNamesItsBundle() {
        assertThat(ScriptMode.parse("hant-hk")).isEqualTo(ScriptMode.HANT_HK);
        assertThat(ScriptMode.HANT_HK.targets()).containsExactly(Script.HANT_HK);
        assertThat(BundlePaths.optionSuffix(ExportOptions.defaults().withScript(ScriptMode.HANT_HK))).isEqualTo("-hant-hk");
        assertThat(BundlePaths.optionSuffix(ExportOptions.defaults().withScript(ScriptMode.HANT_HK).withFixConversion(false)))
                .isEqualTo("-hant-hk-as-written");
        assertThatThrownBy(() -> ScriptMode.parse("hk")).hasMessageContaining("hant-hk");
    }
}
