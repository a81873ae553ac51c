package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.importer.PortalPageImporterTest.importFixture;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;

/**
 * Marks typed for what could not be heard become uncertain passages in every import, not only in
 * Word documents: text files, web pages and pasted text. A mark that is all a quotation holds is
 * spoken of, and one that only starts like a mark is a remark: both stay text.
 */
class TypedInaudibleMarksTest {

    @Test
    void aTextFilesMarksBecomeUncertainPassages() {
        ImportPreview p = importFixture("inaudible-marks-zh-TW.txt");

        assertThat(p.paragraphs().get(1).spans()).containsExactly(Span.plain("大家都說好，每週三"),
                Span.styled("（聽不清）", SpanStyle.UNCERTAIN), Span.plain("還會有志工來量血壓。"));
        assertThat(p.paragraphs().get(3).spans()).containsExactly(Span.plain("是"),
                Span.styled("[聽不清]", SpanStyle.UNCERTAIN), Span.plain("診所，就在市場旁邊，〔問號〕"),
                Span.styled("(??)", SpanStyle.UNCERTAIN), Span.plain("這個我也不確定。"));
        // the reporter asks about the mark itself; the guest quotes a note that only starts like one
        assertThat(uncertain(p.paragraphs().get(4))).isEmpty();
        assertThat(p.paragraphs().get(4).text()).contains("「（聽不清）」");
        assertThat(uncertain(p.paragraphs().get(5))).isEmpty();
    }

    @Test
    void aWebPagesMarksBecomeUncertainPassages() {
        ImportPreview p = importFixture("inaudible-marks-zh-CN.html");

        assertThat(p.format()).isEqualTo(ImportFormat.HTML);
        assertThat(p.paragraphs()).hasSize(6);
        assertThat(uncertain(p.paragraphs().get(1))).containsExactly("【听不清】");
        assertThat(uncertain(p.paragraphs().get(3))).containsExactly("（听不清楚）");
        // “[听不清]” and ‘（听不清）’ name the mark: no passage of the interview is missing there
        assertThat(uncertain(p.paragraphs().get(4))).isEmpty();
        assertThat(uncertain(p.paragraphs().get(5))).isEmpty();
        assertThat(p.paragraphs().get(4).text()).contains("“[听不清]”");
    }

    @Test
    void pastedTextsMarksBecomeUncertainPassagesInEnglishToo() {
        ImportPreview p = new StoryImporter().previewText("""
                Host: How much did the district spend on the new lifts?
                Ms Reed: Around [inaudible] million, and (unclear) more next year.
                Host: Your minutes write "[inaudible]" where the tape breaks. Why?
                Ms Reed: Because (Inaudible passages are rare) is what the clerk wrote, I think.
                """, ImportProgress.NONE);

        assertThat(uncertain(p.paragraphs().get(1))).containsExactly("[inaudible]", "(unclear)");
        assertThat(uncertain(p.paragraphs().get(2))).isEmpty();
        assertThat(uncertain(p.paragraphs().get(3))).isEmpty();
    }

    private static List<String> uncertain(Paragraph paragraph) {
        return paragraph.spans().stream().filter(s -> s.has(SpanStyle.UNCERTAIN)).map(Span::text).toList();
    }
}
