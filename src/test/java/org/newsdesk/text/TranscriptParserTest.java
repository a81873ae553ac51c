package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;

/** Lines to paragraphs with speakers: the rules the paste and the importers share. */
class TranscriptParserTest {

    private final TranscriptParser parser = new TranscriptParser();

    private static List<String> keys(ParsedTranscript t) {
        return t.paragraphs().stream().map(Paragraph::speakerKey).toList();
    }

    private static List<String> texts(ParsedTranscript t) {
        return t.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void labelledLinesStartTurnsAndOtherLinesContinueThem() {
        ParsedTranscript t = parser.parse("""
                以下是訪談文字實錄
                主持人：請問具體的舉措有哪些？
                李寶純：主要有四個方面。
                首先是出臺了文件。

                其次是建立了機制。
                主持人：謝謝。""", List.of());
        assertThat(t.roster()).extracting(Speaker::key, Speaker::label, Speaker::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("host", "主持人", SpeakerRole.HOST),
                org.assertj.core.groups.Tuple.tuple("guest1", "李寶純", SpeakerRole.GUEST));
        assertThat(keys(t)).containsExactly(null, "host", "guest1", "guest1", "guest1", "host");
        assertThat(texts(t)).containsExactly("以下是訪談文字實錄", "請問具體的舉措有哪些？", "主要有四個方面。",
                "首先是出臺了文件。", "其次是建立了機制。", "謝謝。");
        assertThat(t.paragraphCounts()).containsEntry("host", 2).containsEntry("guest1", 3);
    }

    @Test
    void aNameThatRecursCountsEvenWhenItSpeaksFirst() {
        ParsedTranscript t = parser.parse("王強：我先說兩句。\n記者：請講。\n王強：好的。", List.of());
        assertThat(t.roster()).extracting(Speaker::label).containsExactly("王強", "記者");
        assertThat(keys(t)).containsExactly("guest1", "host", "guest1");
    }

    @Test
    void aNameThatAppearsOnceBeforeAnybodySpokeIsText() {
        ParsedTranscript t = parser.parse("王強：這是一份說明。\n後面還有。", List.of());
        assertThat(t.roster()).isEmpty();
        assertThat(keys(t)).containsExactly(null, null);
        assertThat(texts(t).get(0)).isEqualTo("王強：這是一份說明。");
    }

    @Test
    void stageNotesAreNarrationAndTheTurnGoesOn() {
        ParsedTranscript t = parser.parse("主持人：歡迎。\n（現場）\n[掌聲]\n請坐。", List.of());
        assertThat(keys(t)).containsExactly("host", null, null, "host");
    }

    @Test
    void aLabelOnItsOwnLineGivesTheNextLinesToThatSpeaker() {
        ParsedTranscript t = parser.parse("主持人：\n第一段。\n第二段。", List.of());
        assertThat(keys(t)).containsExactly("host", "host");
        assertThat(texts(t)).containsExactly("第一段。", "第二段。");
    }

    @Test
    void aColonInRunningTextOrAFieldIsNotALabel() {
        ParsedTranscript t = parser.parse("主持人：會議安排如下。\n時間：2015年7月31日上午。\n"
                + "我想強調的是，這件事情的關鍵在於：大家要一起參與。", List.of());
        assertThat(t.roster()).hasSize(1);
        assertThat(keys(t)).containsExactly("host", "host", "host");
        assertThat(texts(t).get(1)).isEqualTo("時間：2015年7月31日上午。");
    }

    @Test
    void roleAndNameThenTheBareRoleOrTheNameAreOneSpeaker() {
        ParsedTranscript t = parser.parse("主持人 魯健：歡迎。\n鄭秀琴：謝謝。\n主持人：請說。\n魯健：好。", List.of());
        assertThat(t.roster()).extracting(Speaker::label).containsExactly("主持人 魯健", "鄭秀琴");
        assertThat(t.roster().get(0).fullName()).isEqualTo("魯健");
        assertThat(keys(t)).containsExactly("host", "guest1", "host", "host");
    }

    @Test
    void theStorysRosterIsReusedAndNewKeysDoNotCollide() {
        List<Speaker> existing = List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                new Speaker("guest1", "李主任", "李寶純", "市科委副主任", SpeakerRole.GUEST));
        ParsedTranscript t = parser.parse("主持人：還有呢？\n李寶純：還有一點。\n張明：我補充。\n網友：請問？", existing);
        assertThat(keys(t)).containsExactly("host", "guest1", "guest2", "audience1");
        assertThat(t.roster()).extracting(Speaker::key).containsExactly("host", "guest1", "guest2", "audience1");
        assertThat(t.roster().get(3).role()).isEqualTo(SpeakerRole.AUDIENCE);
    }

    @Test
    void questionAndAnswerLettersAndHostsGetTheirOwnKeys() {
        ParsedTranscript t = parser.parse("Q: 菜價會漲嗎？\nA: 暫時不會。\n記者：謝謝。", List.of());
        assertThat(t.roster()).extracting(Speaker::key, Speaker::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("host", SpeakerRole.HOST),
                org.assertj.core.groups.Tuple.tuple("guest1", SpeakerRole.GUEST),
                org.assertj.core.groups.Tuple.tuple("host2", SpeakerRole.HOST));
    }

    @Test
    void headingsInTheSourceAreNarrationAndEndTheTurn() {
        List<SourceParagraph> source = List.of(SourceParagraph.plain("主持人：第一個問題。"),
                new SourceParagraph(List.of(Span.plain("第二部分")), true),
                SourceParagraph.plain("這一段沒有標籤。"));
        ParsedTranscript t = parser.parse(source, List.of(), TranscriptParser.Checkpoint.NONE);
        assertThat(keys(t)).containsExactly("host", null, null);
    }

    @Test
    void stylesSurviveAndTheLabelIsCutFromTheRuns() {
        List<SourceParagraph> source = List.of(new SourceParagraph(List.of(Span.styled("主持人：", SpanStyle.BOLD),
                Span.plain("請問"), Span.styled("重點", SpanStyle.ITALIC)), false));
        ParsedTranscript t = parser.parse(source, List.of(), TranscriptParser.Checkpoint.NONE);
        assertThat(t.paragraphs().get(0).spans()).containsExactly(Span.plain("請問"), Span.styled("重點", SpanStyle.ITALIC));
    }

    @Test
    void longParagraphsAreSplitAndKeepTheirSpeaker() {
        String sentence = "這是一個用來測試的句子，長度大約二十個字。";
        String text = "主持人：" + sentence.repeat(300);
        ParsedTranscript t = parser.parse(text, List.of());
        assertThat(t.split()).isEqualTo(1);
        assertThat(t.paragraphs()).hasSizeGreaterThan(3)
                .allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(2000))
                .allSatisfy(p -> assertThat(p.speakerKey()).isEqualTo("host"));
        assertThat(String.join("", texts(t))).isEqualTo(sentence.repeat(300));
        assertThat(t.paragraphs()).extracting(Paragraph::id).doesNotHaveDuplicates();
    }

    @Test
    void aCheckpointCanStopTheParse() {
        List<SourceParagraph> many = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(SourceParagraph.plain("主持人：第" + i + "段。"));
        }
        int[] calls = {0};
        assertThatThrownBy(() -> parser.parse(many, List.of(), (done, total) -> {
            if (++calls[0] > 2) {
                throw new IllegalStateException("stop");
            }
        })).hasMessage("stop");
    }
}
