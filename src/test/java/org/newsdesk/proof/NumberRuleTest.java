package org.newsdesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberRuleTest {

    @Test
    void fullWidthDigitsAreFlagged() {
        List<Finding> found = Proofing.check("共有１２０人参加。", false, ProofCategory.NUMBERS);
        assertThat(found).extracting(Finding::suggestion).containsExactly("120");
        assertThat(Proofing.check("共有120人参加。", false, ProofCategory.NUMBERS)).isEmpty();
    }

    @Test
    void mixedYearFormsFlagTheRarerForm() {
        var story = Proofing.story("", List.of("二〇一五年我们开始试点。", "2016年扩大到三个区。", "2018年推广到全市。"));
        List<Finding> found = Proofing.READER.check(story, ProofContext.DEFAULT).of(ProofCategory.NUMBERS);
        assertThat(found).extracting(Finding::found).containsExactly("二〇一五");
        assertThat(found.get(0).suggestion()).isEqualTo("2015");

        var other = Proofing.story("", List.of("二〇一五年我们开始试点。", "二〇一六年扩大到三个区。", "2018年推广到全市。"));
        assertThat(Proofing.READER.check(other, ProofContext.DEFAULT).of(ProofCategory.NUMBERS))
                .extracting(Finding::suggestion).containsExactly("二〇一八");
    }

    @Test
    void oneYearFormThroughoutIsClean() {
        var arabic = Proofing.story("", List.of("2015年开始。", "2016年扩大。", "12015年不是年份。"));
        var chinese = Proofing.story("", List.of("二〇一五年开始。", "二〇一六年扩大。"));
        assertThat(Proofing.READER.check(arabic, ProofContext.DEFAULT).of(ProofCategory.NUMBERS)).isEmpty();
        assertThat(Proofing.READER.check(chinese, ProofContext.DEFAULT).of(ProofCategory.NUMBERS)).isEmpty();
    }
}
