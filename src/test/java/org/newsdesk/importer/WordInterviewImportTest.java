package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.LabelStyle;
import org.newsdesk.export.review.ReviewFixtures;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Series;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/**
 * "Import as new story" of a Word document laid out as an interview: Newsdesk's own review copy
 * and documents others type the same way (a title, "Label: value" lines, "Speaker: text"
 * paragraphs). The headline, the metadata and the people come from the document, not from the
 * file's name, and none of those lines becomes a transcript paragraph.
 */
class WordInterviewImportTest {

    @TempDir
    Path dir;

    private ImportPreview importFile(Path file) {
        return new StoryImporter().preview(file, ImportOptions.AUTO, ImportProgress.NONE);
    }

    private static List<String> texts(ImportPreview p) {
        return p.paragraphs().stream().map(Paragraph::text).toList();
    }

    private static Speaker speaker(ImportPreview p, String label) {
        return p.roster().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void ourOwnReviewCopyReadsBackAsTheStoryItWasExportedFrom() throws IOException {
        Story story = ReviewFixtures.interview();
        Path file = Files.write(dir.resolve("采访稿2.docx"), ReviewFixtures.exported(story));

        ImportPreview p = importFile(file);

        Metadata m = p.metadata();
        assertThat(m.headline()).isEqualTo("科技局长谈创新");
        assertThat(m.kicker()).isEqualTo("政务访谈");
        assertThat(m.subtitle()).isEqualTo("访谈实录");
        assertThat(m.source()).isEqualTo("本网");
        assertThat(m.authors()).containsExactly("张三");
        assertThat(m.editor()).isEqualTo("王编辑");
        assertThat(p.roster()).extracting(Speaker::label).containsExactlyInAnyOrder("主持人", "陈局长");
        assertThat(speaker(p, "主持人")).extracting(Speaker::fullName, Speaker::role).containsExactly("李主持", SpeakerRole.HOST);
        assertThat(speaker(p, "陈局长")).extracting(Speaker::fullName, Speaker::title, Speaker::role)
                .containsExactly("陈明", "市科技局局长", SpeakerRole.GUEST);
        assertThat(texts(p)).containsExactly("各位网友大家好，欢迎来到今天的访谈。", "谢谢主持人，很高兴和大家交流。",
                "今年我们重点推进三项工作，第一项听不清，第二是人才引进。", "请您具体介绍一下人才政策。",
                "我们每年安排专项资金支持青年科技人才。");
        String host = speaker(p, "主持人").key();
        String guest = speaker(p, "陈局长").key();
        assertThat(p.paragraphs()).extracting(Paragraph::speakerKey).containsExactly(host, guest, guest, host, guest);
        // the passage marked inaudible comes back marked
        assertThat(p.paragraphs().get(2).spans()).contains(Span.styled("第一项听不清", SpanStyle.UNCERTAIN));
        assertThat(p.notes()).extracting(ImportNote::kind).doesNotContain(ImportNote.Kind.ROLE_INFERRED);
    }

    @Test
    void aTraditionalReviewCopyWithTimeSeriesAndSummaryKeepsThemAll() throws IOException {
        Metadata m = new Metadata("城市更新座談", "民生", "", "重點談老舊社區的改造。", "本台", List.of("陳記者", "林記者"),
                "黃編輯", ZonedDateTime.of(2025, 6, 3, 9, 30, 0, 0, Metadata.DEFAULT_ZONE), null, List.of(), List.of(),
                new Series("series-x", "城市更新座談", 2, 3), "", null);
        Story story = new Story(UUID.randomUUID(), "chengshi", Status.DRAFT, m,
                List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                        new Speaker("guest1", "周立群", "周立群", "都市發展局副局長", SpeakerRole.GUEST)),
                List.of(new Paragraph("p1", "host", List.of(Span.plain("歡迎收看今天的節目。"))),
                        new Paragraph("p2", "guest1", List.of(Span.plain("謝謝，很高興來到這裡。"))),
                        new Paragraph("p3", "host", List.of(Span.plain("請談談改造的進度。")))),
                1, 1, Instant.EPOCH, Instant.EPOCH);
        Path file = Files.write(dir.resolve("匯出.docx"), ReviewFixtures.exporter().bytes(story, LabelStyle.HALFWIDTH));

        ImportPreview p = importFile(file);

        assertThat(p.metadata().headline()).isEqualTo("城市更新座談");
        assertThat(p.metadata().series().part()).isEqualTo(2);
        assertThat(p.metadata().kicker()).isEqualTo("民生");
        assertThat(p.metadata().summary()).isEqualTo("重點談老舊社區的改造。");
        assertThat(p.metadata().authors()).containsExactly("陳記者", "林記者");
        assertThat(p.metadata().editor()).isEqualTo("黃編輯");
        assertThat(p.metadata().publishTime()).isEqualTo(m.publishTime());
        assertThat(speaker(p, "主持人")).extracting(Speaker::fullName, Speaker::role).containsExactly("", SpeakerRole.HOST);
        assertThat(speaker(p, "周立群")).extracting(Speaker::title, Speaker::role)
                .containsExactly("都市發展局副局長", SpeakerRole.GUEST);
        assertThat(texts(p)).containsExactly("歡迎收看今天的節目。", "謝謝，很高興來到這裡。", "請談談改造的進度。");
    }

    @Test
    void aChineseInterviewTypedInWordByOthersGivesItsTitleFieldsAndPeople() throws IOException {
        Path file = word("老旧小区改造访谈.docx", doc -> {
            plain(doc, "老旧小区怎么改");
            plain(doc, "来源：城市晚报");
            plain(doc, "日期：2025年6月3日");
            plain(doc, "嘉宾：区住建局副局长 周立群、居民代表 何芳");
            plain(doc, "主持人：林晓");
            plain(doc, "");
            turn(doc, "林晓：", "各位听众好，今天聊聊老旧小区改造。");
            XWPFParagraph p = turn(doc, "周立群：", "今年改造一百个小区，");
            XWPFRun unheard = p.createRun();
            unheard.setText("（听不清）");
            unheard.setTextHighlightColor("yellow");
            turn(doc, "何芳：", "我们楼装了电梯，[听不清]也好。");
            turn(doc, "周局长：", "明年继续。");
        });

        ImportPreview p = importFile(file);

        assertThat(p.metadata().headline()).isEqualTo("老旧小区怎么改");
        assertThat(p.metadata().source()).isEqualTo("城市晚报");
        assertThat(p.metadata().publishTime().toLocalDate()).hasToString("2025-06-03");
        assertThat(speaker(p, "林晓").role()).isEqualTo(SpeakerRole.HOST);
        assertThat(speaker(p, "周立群")).extracting(Speaker::title, Speaker::role)
                .containsExactly("区住建局副局长", SpeakerRole.GUEST);
        assertThat(speaker(p, "何芳")).extracting(Speaker::title, Speaker::role).containsExactly("居民代表", SpeakerRole.GUEST);
        assertThat(texts(p)).first().isEqualTo("各位听众好，今天聊聊老旧小区改造。");
        assertThat(String.join("", texts(p))).doesNotContain("来源", "嘉宾", "日期", "老旧小区怎么改");
        assertThat(p.paragraphs().get(1).spans()).contains(Span.styled("（听不清）", SpanStyle.UNCERTAIN));
        // a mark typed without highlighting is marked uncertain too
        assertThat(p.paragraphs().get(2).spans()).containsExactly(Span.plain("我们楼装了电梯，"),
                Span.styled("[听不清]", SpanStyle.UNCERTAIN), Span.plain("也好。"));
    }

    @Test
    void anEnglishInterviewTypedInWordGivesItsTitleFieldsAndPeople() throws IOException {
        Path file = word("market.docx", doc -> {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText("Rebuilding the Riverside Market");
            plain(doc, "Source: Harbour Weekly");
            plain(doc, "By: Tom Reed and Mia Chen");
            plain(doc, "Guests: Ana Duarte, market manager; Omar Haddad");
            plain(doc, "Host: Sam Price");
            turn(doc, "Sam Price: ", "Welcome to the programme.");
            turn(doc, "Ana Duarte: ", "Thank you for having me.");
            turn(doc, "Omar: ", "The stalls reopen in May.");
            turn(doc, "Sam Price: ", "Thanks to you both.");
        });

        ImportPreview p = importFile(file);

        assertThat(p.metadata().headline()).isEqualTo("Rebuilding the Riverside Market");
        assertThat(p.metadata().source()).isEqualTo("Harbour Weekly");
        assertThat(p.metadata().authors()).containsExactly("Tom Reed", "Mia Chen");
        assertThat(speaker(p, "Sam Price").role()).isEqualTo(SpeakerRole.HOST);
        assertThat(speaker(p, "Ana Duarte")).extracting(Speaker::title, Speaker::role)
                .containsExactly("market manager", SpeakerRole.GUEST);
        assertThat(speaker(p, "Omar")).extracting(Speaker::fullName, Speaker::role)
                .containsExactly("Omar Haddad", SpeakerRole.GUEST);
        assertThat(texts(p)).containsExactly("Welcome to the programme.", "Thank you for having me.",
                "The stalls reopen in May.", "Thanks to you both.");
    }

    @Test
    void aFirstTurnRightUnderTheFieldsStaysATurn() throws IOException {
        Path file = word("热线.docx", doc -> {
            plain(doc, "市民热线");
            plain(doc, "来源：交通台");
            turn(doc, "主持人：", "各位好，欢迎收听。");
            turn(doc, "王先生：", "我想问公交的事。");
            turn(doc, "主持人：", "请讲。");
        });

        ImportPreview p = importFile(file);

        assertThat(p.metadata().headline()).isEqualTo("市民热线");
        assertThat(p.metadata().source()).isEqualTo("交通台");
        assertThat(texts(p)).containsExactly("各位好，欢迎收听。", "我想问公交的事。", "请讲。");
        assertThat(p.paragraphs().get(0).speakerKey()).isEqualTo(speaker(p, "主持人").key());
    }

    @Test
    void aDocumentWithoutTitleOrFieldsIsReadAsBefore() throws IOException {
        Path file = word("对话.docx", doc -> {
            turn(doc, "主持人：", "你好。");
            turn(doc, "嘉宾：", "你好。");
        });

        ImportPreview p = importFile(file);

        assertThat(p.metadata().headline()).isEqualTo("对话");
        assertThat(texts(p)).containsExactly("你好。", "你好。");
    }

    @Test
    void aBrokenReviewCopyIsRefusedWithAClearErrorAndTheFileIsLeftAsItWas() throws IOException {
        byte[] whole = ReviewFixtures.exported(ReviewFixtures.interview());
        byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);
        Path file = Files.write(dir.resolve("采访稿-损坏.docx"), cut);

        assertThatThrownBy(() -> importFile(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.problem()).isEqualTo(ImportException.Problem.DAMAGED_DOCX);
            assertThat(ImportErrorText.describe(e, new Messages(Locale.ENGLISH)))
                    .contains("采访稿-损坏.docx").contains("not a readable Word document");
            assertThat(ImportErrorText.describe(e, new Messages(Locale.SIMPLIFIED_CHINESE)))
                    .contains("采访稿-损坏.docx").doesNotContain("not a readable");
        });
        assertThat(Files.readAllBytes(file)).isEqualTo(cut);
    }

    @Test
    void aReviewCopyWhoseTextIsNotXmlIsRefusedAsDamaged() throws IOException {
        Path file = DocxFixtures.writeRaw(dir.resolve("半截.docx"), "<?xml version=\"1.0\"?><w:document xmlns:w=\""
                + DocxFixtures.W + "\"><w:body><w:p><w:pPr><w:pStyle w:val=\"NewsdeskHeadline\"/></w:pPr>"
                + "<w:r><w:t>标题</w:t></w:r></w:p><w:p><w:r><w:t>主持人：你");

        assertThatThrownBy(() -> importFile(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problem()).isEqualTo(ImportException.Problem.DAMAGED_DOCX));
    }

    private interface Content {
        void write(XWPFDocument doc);
    }

    private Path word(String name, Content content) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            content.write(doc);
            doc.write(out);
        }
        return file;
    }

    private static void plain(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static XWPFParagraph turn(XWPFDocument doc, String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun bold = p.createRun();
        bold.setBold(true);
        bold.setText(label);
        p.createRun().setText(text);
        return p;
    }
}
