package org.newsdesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PunctuationRuleTest {

    private static List<Finding> simplified(String text) {
        return Proofing.check(text, false, ProofCategory.PUNCTUATION);
    }

    private static List<Finding> traditional(String text) {
        return Proofing.check(text, true, ProofCategory.PUNCTUATION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "好,我们开始吧。|，",
        "他说:明天见。|：",
        "一是质量;二是速度。|；",
        "这是为什么呢?|？",
        "太好了!|！",
    })
    void aHalfWidthMarkBesideChineseIsFlagged(String text, String full) {
        List<Finding> found = simplified(text);
        assertThat(found).extracting(Finding::suggestion).containsExactly(full);
        assertThat(found.get(0).ruleId()).isEqualTo(PunctuationRule.HALF_WIDTH);
    }

    @Test
    void bothParenthesesOfAPairAreFlaggedEvenWhenOneSitsBesideADigit() {
        assertThat(simplified("实施办法(试行)。")).extracting(Finding::suggestion).containsExactly("（", "）");
        assertThat(simplified("天津政务网(3)")).extracting(Finding::suggestion).containsExactly("（", "）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"时间是10:30,地点另行通知。", "网址是http://example.org。", "共1,000人。",
        "He said: yes, of course (really)!", "“十四五”规划开局之年。", "他说：“我们‘一定’能做到。”",
        "我们……还需要时间。", "这是他的回答——不去。", "北京—上海的航班。"})
    void rightUsesAreNotFlagged(String text) {
        List<Finding> found = simplified(text);
        // the first sample keeps one true finding: the comma after 10:30 beside Chinese text
        if (text.startsWith("时间")) {
            assertThat(found).extracting(Finding::found).containsExactly(",");
        } else {
            assertThat(found).isEmpty();
        }
    }

    @Test
    void asciiQuotesBecomeTheTargetsQuotes() {
        assertThat(simplified("他说\"好\"。")).extracting(Finding::suggestion).containsExactly("“", "”");
        assertThat(traditional("他說\"好\"。")).extracting(Finding::suggestion).containsExactly("「", "」");
    }

    @Test
    void quoteStyleFollowsTheScript() {
        assertThat(traditional("推進「大眾創業」的措施。")).isEmpty();
        assertThat(traditional("推進“大眾創業”的措施。")).extracting(Finding::suggestion).containsExactly("「", "」");
        assertThat(simplified("推进「大众创业」的措施。")).extracting(Finding::suggestion).containsExactly("“", "”");
        // 『』 is the inner mark: at the outer level it should be 「」
        assertThat(traditional("推進『大眾創業』的措施。")).extracting(Finding::suggestion).containsExactly("「", "」");
        assertThat(traditional("他說：「推進『大眾創業』的措施。」")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"【访谈『李宝纯』专题】", "【访谈‘李宝纯’专题】", "【“十四五”规划专题】", "〖政务『访谈』〗",
        "【专题】他说：“我们‘一定’能做到。”", "【访谈“李宝纯‘科技’专题”】"})
    void innerMarksInsideSquareBracketsNestCorrectly(String text) {
        assertThat(simplified(text)).isEmpty();
    }

    @Test
    void insideSquareBracketsWrongOrUnbalancedQuotesAreStillFlagged() {
        assertThat(traditional("【訪談『李寶純』專題】")).isEmpty();
        assertThat(traditional("【訪談“李寶純”專題】")).extracting(Finding::suggestion).containsExactly("「", "」");
        assertThat(simplified("【访谈『李宝纯专题】")).extracting(Finding::messageKey).containsExactly("proof.punct.unclosed");
        assertThat(simplified("【访谈『李宝纯”专题】")).extracting(Finding::messageKey).containsExactly("proof.punct.mismatched");
        // after the bracket closes, 『』 is at the outer level again
        assertThat(simplified("【访谈】『李宝纯』专题。")).extracting(Finding::suggestion).containsExactly("“", "”");
    }

    @Test
    void aHeadlineOrSubtitleQuotesWithTheInnerMarksAParagraphDoesNot() {
        FindingSink sink = new FindingSink();
        List<Finding> subtitle = sink.findings();
        PunctuationRule.check("天津市推進『大眾創業、萬眾創新』有關情況", Where.field(ProofField.SUBTITLE), QuoteStyle.CORNER,
                false, sink);
        PunctuationRule.check("推进‘大众创业’的措施", Where.field(ProofField.HEADLINE), QuoteStyle.MAINLAND, false, sink);
        assertThat(subtitle).isEmpty();
        PunctuationRule.check("推进『大众创业』的措施", Where.field(ProofField.SUMMARY), QuoteStyle.MAINLAND, false, sink);
        assertThat(subtitle).extracting(Finding::suggestion).containsExactly("“", "”");
    }

    @Test
    void unbalancedAndMismatchedQuotesAreFlagged() {
        assertThat(simplified("他说：“我们一定能做到。")).extracting(Finding::messageKey)
                .containsExactly("proof.punct.unclosed");
        assertThat(simplified("我们一定能做到。”")).extracting(Finding::messageKey)
                .containsExactly("proof.punct.unmatched");
        assertThat(simplified("他说：“我们一定能做到。」")).extracting(Finding::messageKey)
                .containsExactly("proof.punct.mismatched");
    }

    @Test
    void ellipsisAndDashForms() {
        assertThat(simplified("我们...还需要时间。")).extracting(Finding::suggestion).containsExactly("……");
        assertThat(simplified("我们。。。还需要时间。")).extracting(Finding::suggestion).containsExactly("……");
        assertThat(simplified("我们…还需要时间。")).extracting(Finding::suggestion).containsExactly("……");
        assertThat(simplified("这是他的回答--不去。")).extracting(Finding::suggestion).containsExactly("——");
        assertThat(simplified("这是他的回答－－不去。")).extracting(Finding::suggestion).containsExactly("——");
    }

    @Test
    void aLongParagraphWithoutAClosingMarkIsFlaggedAShortHeadingIsNot() {
        String longText = "我们在全市范围内开展了一次面向中小学生的阅读调查并收集了很多意见";
        List<Finding> found = simplified(longText);
        assertThat(found).extracting(Finding::messageKey).containsExactly("proof.punct.noclosing");
        assertThat(found.get(0).start()).isEqualTo(longText.length());
        assertThat(simplified("第一部分 阅读调查")).isEmpty();
        assertThat(simplified(longText + "。")).isEmpty();
    }
}
