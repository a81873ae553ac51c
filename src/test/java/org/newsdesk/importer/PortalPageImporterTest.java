package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;

/** Portal pages of other (invented) portals with the same conventions, as HTML and as saved text. */
class PortalPageImporterTest {

    static Path fixture(String name) {
        try {
            return Path.of(PortalPageImporterTest.class.getResource("/fixtures/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportPreview importFixture(String name) {
        return new StoryImporter().preview(fixture(name), ImportOptions.AUTO, ImportProgress.NONE);
    }

    static String allText(ImportPreview p) {
        StringBuilder sb = new StringBuilder();
        p.paragraphs().forEach(x -> sb.append(x.text()).append('\n'));
        return sb.toString();
    }

    @Test
    void simplifiedHtmlPageWithScriptsBrokenTagsAndFieldsInAnotherOrder() {
        ImportPreview p = importFixture("transit-page-zh-CN.html");
        Metadata m = p.metadata();
        assertThat(p.format()).isEqualTo(ImportFormat.HTML);
        assertThat(m.headline()).isEqualTo("城东区副区长谈公交线网优化");
        assertThat(m.series().part()).isEqualTo(2);
        assertThat(m.kicker()).isEqualTo("民生访谈");
        assertThat(m.subtitle()).isEqualTo("城东区今年新开和调整十二条公交线路");
        assertThat(m.source()).isEqualTo("城东在线");
        assertThat(m.authors()).containsExactly("陈立新", "黄丽");
        assertThat(m.editor()).isEqualTo("周晓雯");
        assertThat(m.publishTime()).isEqualTo(ZonedDateTime.of(2023, 11, 8, 15, 20, 0, 0, Metadata.DEFAULT_ZONE));

        assertThat(p.roster()).extracting(Speaker::label).containsExactly("主持人", "刘海燕");
        assertThat(p.paragraphs()).extracting(Paragraph::speakerKey)
                .containsExactly("host", "guest1", "guest1", null, "host", "guest1");
        assertThat(p.paragraphs().get(3).text()).isEqualTo("（现场）");
        assertThat(p.paragraphs().get(5).text()).contains("覆盖火车站和医院");
        String story = allText(p);
        for (String pageOnly : List.of("首页", "客户端", "搜索", "alert", "广告", "打印", "关闭窗口", "版权所有", "Copyright")) {
            assertThat(story).as(pageOnly).doesNotContain(pageOnly);
        }
    }

    @Test
    void traditionalPageTextWithFullWidthColonsAuthorsAndAnEmptyEditor() {
        ImportPreview p = importFixture("afterschool-page-zh-TW.txt");
        Metadata m = p.metadata();
        assertThat(m.headline()).isEqualTo("南灣國小校長談課後照顧班");
        assertThat(m.series().part()).isEqualTo(1);
        assertThat(m.authors()).containsExactly("林佩君", "吳建宏");
        assertThat(m.source()).isEqualTo("港灣新聞網");
        assertThat(m.editor()).isEmpty();
        assertThat(m.publishTime()).isEqualTo(ZonedDateTime.of(2024, 3, 12, 9, 5, 0, 0, Metadata.DEFAULT_ZONE));
        assertThat(m.kicker()).isEqualTo("教育專訪");
        assertThat(m.subtitle()).isEqualTo("課後照顧班名額增加一倍");

        assertThat(p.roster()).extracting(Speaker::label).containsExactly("問", "答");
        assertThat(p.roster()).extracting(Speaker::role).containsExactly(SpeakerRole.HOST, SpeakerRole.GUEST);
        assertThat(p.paragraphs()).extracting(Paragraph::speakerKey)
                .containsExactly(null, "host", "guest1", "guest1", "host", "guest1");
        assertThat(p.paragraphs().get(0).text()).isEqualTo("以下是訪談文字實錄");
        assertThat(p.paragraphs().get(3).text()).startsWith("老師也從原本");
        String story = allText(p);
        for (String pageOnly : List.of("首頁", "App", "搜尋", "分享到", "相關新聞", "體育館", "版權所有")) {
            assertThat(story).as(pageOnly).doesNotContain(pageOnly);
        }
    }

    @Test
    void simplifiedPageTextWithHalfWidthColonsUrlAboveTheHeadlineAndLabelsWithNames() {
        ImportPreview p = importFixture("library-page-zh-CN.txt");
        Metadata m = p.metadata();
        assertThat(m.headline()).isEqualTo("市图书馆馆长谈夜间开放");
        assertThat(m.series().part()).isEqualTo(3);
        assertThat(m.source()).isEqualTo("北岸日报");
        assertThat(m.authors()).isEmpty();
        assertThat(m.editor()).isEqualTo("赵一鸣");
        assertThat(m.publishTime()).isEqualTo(ZonedDateTime.of(2024, 4, 18, 20, 10, 0, 0, Metadata.DEFAULT_ZONE));
        assertThat(m.kicker()).isEqualTo("文化访谈");
        assertThat(p.url()).isEqualTo("http://news.example.cn/culture/2024/0418.html");

        assertThat(p.roster()).hasSize(2);
        Speaker host = p.roster().get(0);
        assertThat(host.label()).isEqualTo("主持人 王芳");
        assertThat(host.fullName()).isEqualTo("王芳");
        assertThat(host.role()).isEqualTo(SpeakerRole.HOST);
        assertThat(p.roster().get(1).label()).isEqualTo("孙建国");
        // "王芳:" later is the same host, not a new speaker
        assertThat(p.paragraphs()).extracting(Paragraph::speakerKey)
                .containsExactly("host", "guest1", "host", "guest1");
        assertThat(allText(p)).doesNotContain("打印").doesNotContain("扫一扫").doesNotContain("关闭");
    }

    @Test
    void seriesIdIsStableForTheSameHeadline() {
        assertThat(PortalPage.seriesId("市图书馆馆长谈夜间开放")).isEqualTo(PortalPage.seriesId("市图书馆馆长谈夜间开放"))
                .isNotEqualTo(PortalPage.seriesId("城东区副区长谈公交线网优化")).matches("series-[0-9a-f]{12}");
    }

    @Test
    void anHtmlPageWithoutAMetadataLineStillGivesItsTextWithANote(@TempDir Path dir) throws java.io.IOException {
        String html = "<html><head><title>座谈会</title></head><body><h1>座谈会</h1>"
                + "<p>主持人：欢迎。</p><p>王强：谢谢。</p><script>evil()</script></body></html>";
        Path file = java.nio.file.Files.writeString(dir.resolve("page.htm"), html);
        ImportPreview p = new StoryImporter().preview(file, ImportOptions.AUTO, ImportProgress.NONE);
        assertThat(p.notes()).extracting(ImportNote::kind).contains(ImportNote.Kind.NO_PAGE_METADATA);
        assertThat(p.metadata().headline()).isEqualTo("座谈会");
        assertThat(allText(p)).contains("欢迎。").contains("谢谢。").doesNotContain("evil");
    }
}
