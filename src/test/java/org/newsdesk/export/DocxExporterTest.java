package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.review.ReviewFixtures;
import org.newsdesk.model.Story;

class DocxExporterTest {

    private final Story story = ReviewFixtures.interview();

    private XWPFDocument open(byte[] bytes) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void theDocumentHasTheHeadlineTheMetadataAndOneStyledParagraphPerTranscriptParagraph() throws Exception {
        try (XWPFDocument doc = open(ReviewFixtures.exported(story))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getText()).isEqualTo("科技局长谈创新");
            assertThat(ps.get(0).getStyleID()).isEqualTo(DocxStyles.HEADLINE);
            List<String> meta = ps.stream().filter(p -> DocxStyles.META.equals(p.getStyleID()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(meta).containsExactly("【政务访谈】访谈实录", "来源: 本网  作者: 张三  编辑:王编辑",
                    "嘉宾: 市科技局局长 陈明", "主持人: 李主持");
            List<XWPFParagraph> transcript = ps.stream()
                    .filter(p -> DocxStamp.TRANSCRIPT_STYLE.equals(p.getStyleID())).toList();
            assertThat(transcript).extracting(XWPFParagraph::getText).containsExactly(
                    "主持人：各位网友大家好，欢迎来到今天的访谈。",
                    "陈局长：谢谢主持人，很高兴和大家交流。",
                    "今年我们重点推进三项工作，第一项听不清，第二是人才引进。",
                    "主持人：请您具体介绍一下人才政策。",
                    "陈局长：我们每年安排专项资金支持青年科技人才。");
        }
    }

    @Test
    void labelsAreBoldInaudiblePassagesHighlightedAndNotesBecomeComments() throws Exception {
        try (XWPFDocument doc = open(ReviewFixtures.exported(story))) {
            XWPFParagraph first = ReviewFixtures.paragraph(doc, "各位网友");
            assertThat(first.getRuns().get(0).text()).isEqualTo("主持人：");
            assertThat(first.getRuns().get(0).isBold()).isTrue();
            assertThat(first.getRuns().get(1).isBold()).isFalse();
            XWPFParagraph third = ReviewFixtures.paragraph(doc, "三项工作");
            XWPFRun inaudible = third.getRuns().stream().filter(r -> "第一项听不清".equals(r.text())).findFirst().orElseThrow();
            assertThat(inaudible.isHighlighted()).isTrue();
            assertThat(third.getText()).doesNotContain("核对数字");
            assertThat(doc.getDocComments().getComments()).hasSize(1);
            assertThat(doc.getDocComments().getComments().get(0).getText()).isEqualTo("核对数字");
            assertThat(third.getCTP().xmlText()).contains("commentReference");
        }
    }

    @Test
    void theDocumentSaysWhichStoryAndRevisionItIsAndSetsChineseFontsAndPageNumbers() throws Exception {
        try (XWPFDocument doc = open(ReviewFixtures.exported(story))) {
            var custom = doc.getProperties().getCustomProperties();
            assertThat(custom.getProperty(DocxStamp.STORY).getLpwstr()).isEqualTo(story.id().toString());
            assertThat(custom.getProperty(DocxStamp.REVISION).getLpwstr()).isEqualTo("3");
            assertThat(doc.getStyles().getStyle(DocxStamp.TRANSCRIPT_STYLE)).isNotNull();
            assertThat(doc.getStyle().xmlText()).contains("w:eastAsia=\"SimSun\"").contains("w:eastAsia=\"zh-CN\"");
            assertThat(doc.getFooterList()).hasSize(1);
            assertThat(doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
        }
    }

    @Test
    void exportWritesSlugAndRevisionAsTheFileName(@TempDir Path dir) {
        Path file = ReviewFixtures.exporter().export(story, LabelStyle.FULLWIDTH, dir);
        assertThat(file.getFileName().toString()).isEqualTo("keji-juzhang-r3.docx");
        assertThat(file).isNotEmptyFile();
    }
}
