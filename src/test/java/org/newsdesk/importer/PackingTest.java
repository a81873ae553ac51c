package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.text.SourceParagraph;

/** Short lines and short paragraphs are packed only past the limits, keeping every character. */
class PackingTest {

    private static String shortLines(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i % 2 == 0 ? "甲：嗯\n" : "乙：好\n");
        }
        return sb.toString();
    }

    @Test
    void aFileIsDenseOnlyPastTheLineLimitAndBlankLinesDoNotCount() {
        assertThat(DenseLines.isDense(shortLines(DenseLines.DENSE_LINES))).isFalse();
        assertThat(DenseLines.isDense(shortLines(DenseLines.DENSE_LINES + 1))).isTrue();
        assertThat(DenseLines.isDense("\n \n\u3000\n".repeat(DenseLines.DENSE_LINES))).isFalse();
        String noFinalNewline = shortLines(DenseLines.DENSE_LINES) + "甲：完";
        assertThat(DenseLines.isDense(noFinalNewline)).isTrue();
    }

    @Test
    void shortLinesArePackedWithTheirLabelsAndLongLinesStayAlone() {
        String longLine = "嘉賓：" + "我們先聽取居民的意見，再請設計師畫出幾種方案。".repeat(3);
        String text = "甲：嗯\n\n乙：好\n" + longLine + "\n甲：對\n乙：是";
        DenseLines.Packed packed = DenseLines.pack(text, 0);

        assertThat(packed.paragraphs()).extracting(SourceParagraph::text)
                .containsExactly("甲：嗯 乙：好", longLine, "甲：對 乙：是");
        assertThat(packed.paragraphs()).extracting(SourceParagraph::line).containsExactly(1, 4, 5);
        assertThat(packed.packedLines()).isEqualTo(4);
        assertThat(packed.packs()).isEqualTo(2);
        assertThat(packed.firstPackedLine()).isEqualTo(1);
    }

    @Test
    void aPackEndsAtItsLengthAndNoCharacterIsLost() {
        String text = shortLines(10_000);
        DenseLines.Packed packed = DenseLines.pack(text, 0);
        assertThat(packed.paragraphs()).allSatisfy(p -> assertThat(p.text().length())
                .isLessThanOrEqualTo(DenseLines.PACK_CHARS + DenseLines.SHORT_LINE + 1));
        String joined = String.join(" ", packed.paragraphs().stream().map(SourceParagraph::text).toList());
        assertThat(joined.replace(" ", "")).isEqualTo(text.replace("\n", ""));
        assertThat(packed.packedLines()).isEqualTo(10_000);
    }

    @Test
    void shortParagraphsArePackedOnlyPastTheParagraphLimitWithLabelsAtEachChangeOfSpeaker() {
        List<Speaker> roster = List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                new Speaker("guest1", "嘉賓", "", "", SpeakerRole.GUEST));
        List<Paragraph> few = List.of(Paragraph.of("host", "好。"), Paragraph.of("guest1", "是。"));
        assertThat(ParagraphPacking.packIfNeeded(few, roster).paragraphs()).isSameAs(few);

        List<Paragraph> many = new ArrayList<>();
        for (int i = 0; i <= ParagraphPacking.MAX_PARAGRAPHS; i++) {
            many.add(Paragraph.of(i % 2 == 0 ? "host" : "guest1", i % 2 == 0 ? "好。" : "是。"));
        }
        many.add(Paragraph.of("guest1", "這是一段很長的回答，".repeat(10)));
        ParagraphPacking.Packed packed = ParagraphPacking.packIfNeeded(many, roster);

        assertThat(packed.paragraphs().size()).isLessThan(many.size() / 100);
        assertThat(packed.paragraphs().get(0).speakerKey()).isEqualTo("host");
        assertThat(packed.paragraphs().get(0).text()).startsWith("好。 嘉賓：是。 主持人：好。");
        assertThat(packed.paragraphs().get(packed.paragraphs().size() - 1).text()).isEqualTo("這是一段很長的回答，".repeat(10));
        assertThat(packed.packedParagraphs()).isEqualTo(ParagraphPacking.MAX_PARAGRAPHS + 1);
    }

    @Test
    void aPackedImportSaysSoInItsReport() {
        ImportPreview p = new StoryImporter().previewText(shortLines(DenseLines.DENSE_LINES + 2), ImportProgress.NONE);
        ImportNote packed = p.notes().stream().filter(n -> n.kind() == ImportNote.Kind.SHORT_LINES_PACKED).findFirst()
                .orElseThrow();
        // the head's lines stay one paragraph each
        assertThat(packed.count()).isEqualTo(DenseLines.DENSE_LINES + 2 - DenseLines.HEAD_LINES);
        assertThat(Integer.parseInt(packed.detail())).isEqualTo(p.paragraphs().size() - DenseLines.HEAD_LINES);
        assertThat(packed.line()).isEqualTo(DenseLines.HEAD_LINES + 1);
        assertThat(p.canUndo(packed)).isFalse();
        assertThat(p.roster()).extracting(Speaker::label).contains("甲");
    }

    @Test
    void theHeadOfADenseFileIsReadAsUsualSoItsHeadlineIsFound() {
        ImportPreview p = new StoryImporter().previewText("閒聊記錄整理稿\n" + shortLines(DenseLines.DENSE_LINES + 2),
                ImportProgress.NONE);
        assertThat(p.metadata().headline()).isEqualTo("閒聊記錄整理稿");
        assertThat(p.paragraphs().get(0).speakerKey()).isNotNull();
        assertThat(p.paragraphs().size()).isLessThan(DenseLines.DENSE_LINES / 50);
    }
}
