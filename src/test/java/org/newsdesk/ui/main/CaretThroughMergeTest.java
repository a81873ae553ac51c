package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;

class CaretThroughMergeTest {

    private static Paragraph p(String id, String text) {
        return new Paragraph(id, null, List.of(Span.plain(text)));
    }

    @Test
    void textAColleagueInsertedBeforeTheCaretMovesItOnWithTheSameCharacters() {
        List<Paragraph> before = List.of(p("a", "好，主任。"), p("b", "具体举措。甲改"));
        List<Paragraph> after = List.of(p("a", "乙补好，主任。"), p("b", "具体举措。甲改"));
        int caret = 6 + 7; // the end of paragraph b, after 甲改

        int mapped = CaretThroughMerge.map(before, after, caret);

        assertThat(mapped).isEqualTo(8 + 7); // still after 甲改 (it was 2 characters too early before)
    }

    @Test
    void inTheCaretsOwnParagraphOnlyChangesBeforeItMoveIt() {
        List<Paragraph> before = List.of(p("b", "圍繞目標。我市采取舉措。"));
        // the colleague added at the start and at the end; the caret sat after 我市
        List<Paragraph> after = List.of(p("b", "乙圍繞目標。我市采取舉措。乙改"));

        assertThat(CaretThroughMerge.map(before, after, 7)).isEqualTo(8);
        assertThat(CaretThroughMerge.within("目標。", "目標。乙改", 3)).isEqualTo(3); // at the end: stays before theirs
        assertThat(CaretThroughMerge.within("目標舉措。", "目舉措。", 3)).isEqualTo(2); // deleted before it
        assertThat(CaretThroughMerge.within("目標舉措。", "目XY措。", 2)).isEqualTo(3); // inside their replacement: after it
    }

    @Test
    void paragraphsMovedOrGoneKeepTheCaretInItsParagraphOrInRange() {
        List<Paragraph> before = List.of(p("a", "一"), p("b", "二二"));
        List<Paragraph> movedUp = List.of(p("new", "新段落很长"), p("a", "一"), p("b", "二二"));
        assertThat(CaretThroughMerge.map(before, movedUp, 3)).isEqualTo(6 + 2 + 1);

        List<Paragraph> gone = List.of(p("a", "一"));
        assertThat(CaretThroughMerge.map(before, gone, 4)).isEqualTo(1);
    }
}
