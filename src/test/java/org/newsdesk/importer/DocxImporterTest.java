package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.importer.DocxFixtures.bold;
import static org.newsdesk.importer.DocxFixtures.boldOff;
import static org.newsdesk.importer.DocxFixtures.heading;
import static org.newsdesk.importer.DocxFixtures.italic;
import static org.newsdesk.importer.DocxFixtures.p;
import static org.newsdesk.importer.DocxFixtures.r;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;

class DocxImporterTest {

    @TempDir
    Path dir;

    private ImportPreview importDocx(String body) throws IOException {
        Path file = DocxFixtures.write(dir.resolve("訪談.docx"), body);
        return new StoryImporter().preview(file, ImportOptions.AUTO, ImportProgress.NONE);
    }

    @Test
    void paragraphsWithBoldAndItalicSpeakersAndHeadingsAsNarration() throws IOException {
        ImportPreview p = importDocx(
                heading("課後照顧班座談")
                        + p(bold("主持人：") + r("今年名額") + italic("夠不夠") + r("？"))
                        + p(r("林校長：") + r("夠，") + boldOff("增加了一倍。"))
                        + p(r("老師") + "<w:r><w:tab/></w:r>" + r("也增加了。"))
                        + p(r("主持人：第一行") + "<w:r><w:br/></w:r>" + r("第二行")));
        assertThat(p.format()).isEqualTo(ImportFormat.DOCX);
        assertThat(p.encoding()).isEmpty();
        assertThat(p.metadata().headline()).isEqualTo("訪談");
        assertThat(p.roster()).extracting(Speaker::label).containsExactly("主持人", "林校長");
        assertThat(p.paragraphs()).extracting(Paragraph::speakerKey)
                .containsExactly(null, "host", "guest1", "guest1", "host", "host");
        assertThat(p.paragraphs().get(0).text()).isEqualTo("課後照顧班座談");
        assertThat(p.paragraphs().get(1).spans()).containsExactly(Span.plain("今年名額"),
                Span.styled("夠不夠", SpanStyle.ITALIC), Span.plain("？"));
        assertThat(p.paragraphs().get(2).spans()).containsExactly(Span.plain("夠，增加了一倍。"));
        assertThat(p.paragraphs().get(3).text()).isEqualTo("老師\t也增加了。");
        assertThat(p.paragraphs().get(5).text()).isEqualTo("第二行");
        assertThat(p.notes()).isEmpty();
    }

    @Test
    void tablesAndPicturesAreSkippedAndCounted() throws IOException {
        String table = "<w:tbl><w:tr><w:tc>" + p(r("表格裡的字")) + "<w:tbl><w:tr><w:tc>" + p(r("巢狀表格"))
                + "</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>";
        String drawing = p("<w:r><w:drawing><wp:inline xmlns:wp=\"urn:x\"><w:t>圖說</w:t></wp:inline></w:drawing></w:r>");
        String alternate = p("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing/></mc:Choice>"
                + "<mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r>");
        ImportPreview p = importDocx(p(r("主持人：你好。")) + table + drawing + table + alternate + p(r("再見。")));
        assertThat(p.notes()).containsExactlyInAnyOrder(new ImportNote(ImportNote.Kind.TABLES_IGNORED, 2),
                new ImportNote(ImportNote.Kind.IMAGES_IGNORED, 2));
        assertThat(PortalPageImporterTest.allText(p)).doesNotContain("表格").doesNotContain("圖說");
        assertThat(p.paragraphs()).extracting(Paragraph::text).containsExactly("你好。", "再見。");
    }
}
