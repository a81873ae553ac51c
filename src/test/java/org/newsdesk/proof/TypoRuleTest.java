package org.newsdesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypoRuleTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "这项工作己经完成。|已经",
        "這項工作己經完成。|已經",
        "他只相信自已。|自己",
        "我们对末来充满信心。|未来",
        "问题尚末解决。|尚未",
        "文章的未尾有注释。|末尾",
        "要深人开展调查研究。|深入开展",
        "把这项工作纳人计划。|纳入",
        "请做好淮备。|准备",
        "大家要在接再厉。|再接再厉",
        "他做为代表发言。|作为",
        "这一点值的一提。|值得一提",
        "既使下雨也要出发。|即使",
        "即然来了就坐一会儿。|既然",
        "他好象没听见。|好像",
        "我们要立既行动。|立即",
        "大家迫不急待地想看结果。|迫不及待",
    })
    void aLookAlikeCharacterIsFlagged(String text, String right) {
        List<Finding> found = Proofing.check(text, text.contains("這"), ProofCategory.TYPO);
        assertThat(found).extracting(Finding::suggestion).containsExactly(right);
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(0).safe()).as("a typo fix is the editor's call").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "他已经走了。", "各自已经准备好了。", "我们要相信自己。", "他讲了自己经历的事。", "得知已经录取，他很高兴。",
        "周末来我家吃饭吧。", "周末能休息一天。", "这是末班车。", "未来可期。",
        "他是资深人士。", "我们深入开展调研。", "采纳人大代表的建议。", "容纳人数有限。",
        "这个方案已经批准。", "淮河流经这里。", "再接再厉。", "在所不惜。",
        "我们配合做好这件事。", "他作为代表发言。", "手工做的点心。",
        "值得一提的是。", "春天的到来让人高兴。", "明显的变化。",
        "这件衣服既时尚又便宜。", "即使下雨也要去。", "既然来了。",
        "出现像这样的情况要报告。", "对像我这样的新人很友好。", "想象一下未来。", "他像父亲。",
    })
    void rightTextIsNotFlagged(String text) {
        assertThat(Proofing.check(text, false, ProofCategory.TYPO)).isEmpty();
    }
}
