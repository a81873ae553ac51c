package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextMergeTest {

    private static final String BASE = "今年春天，河谷县的茶农第一次把新茶卖到了省城。";

    @Test
    void editsAtBothEndsOfOneParagraphBothLand() {
        String mine = "据了解，" + BASE;
        String theirs = BASE.replace("省城。", "省城，价格比去年高两成。");
        assertThat(TextMerge.merge(BASE, mine, theirs))
                .isEqualTo(new TextMerge.Merged("据了解，今年春天，河谷县的茶农第一次把新茶卖到了省城，价格比去年高两成。"));
    }

    @Test
    void editsInTheMiddleThatDoNotOverlapMerge() {
        String mine = BASE.replace("河谷县", "河谷县东乡");
        String theirs = BASE.replace("新茶", "明前新茶");
        assertThat(TextMerge.merge(BASE, mine, theirs))
                .isEqualTo(new TextMerge.Merged("今年春天，河谷县东乡的茶农第一次把明前新茶卖到了省城。"));
    }

    @Test
    void theSameEditOnBothSidesIsTakenOnce() {
        String both = BASE.replace("第一次", "头一回");
        assertThat(TextMerge.merge(BASE, both, both)).isEqualTo(new TextMerge.Merged(both));
    }

    @Test
    void oneSideUnchangedTakesTheOther() {
        String theirs = "";
        assertThat(TextMerge.merge(BASE, BASE, theirs)).isEqualTo(new TextMerge.Merged(""));
        assertThat(TextMerge.merge(BASE, "改写后的句子。", BASE)).isEqualTo(new TextMerge.Merged("改写后的句子。"));
    }

    @Test
    void overlappingEditsAreAConflictWithEveryVersion() {
        String mine = BASE.replace("茶农", "果农");
        String theirs = BASE.replace("茶农", "种茶人");
        assertThat(TextMerge.merge(BASE, mine, theirs)).isEqualTo(new TextMerge.Conflict(BASE, mine, theirs));
    }

    @Test
    void twoInsertionsAtOnePlaceAreAConflictNotAGuessedOrder() {
        String mine = BASE + "记者张晓岚";
        String theirs = BASE + "（完）";
        assertThat(TextMerge.merge(BASE, mine, theirs)).isInstanceOf(TextMerge.Conflict.class);
    }

    @Test
    void anInsertionAtTheEdgeOfTheOtherSidesDeletionIsAConflict() {
        String mine = BASE.replace("第一次", "");
        String theirs = BASE.replace("第一次", "第一次真正");
        assertThat(TextMerge.merge(BASE, mine, theirs)).isInstanceOf(TextMerge.Conflict.class);
    }

    @Test
    void deletionsThatMeetButDoNotOverlapMerge() {
        String mine = BASE.replace("今年春天，", "");
        String theirs = BASE.replace("河谷县的", "");
        assertThat(TextMerge.merge(BASE, mine, theirs)).isEqualTo(new TextMerge.Merged("茶农第一次把新茶卖到了省城。"));
    }

    @Test
    void charactersBeyondTheBasicPlaneAreNeverSplit() {
        String base = "𠀋𠀌𠀍的名字";
        String mine = "𠀋𠀌X𠀍的名字";
        String theirs = "𠀋𠀌𠀍的新名字";
        assertThat(TextMerge.merge(base, mine, theirs)).isEqualTo(new TextMerge.Merged("𠀋𠀌X𠀍的新名字"));
    }

    @Test
    void emptyBaseWithTwoDifferentTextsIsAConflict() {
        assertThat(TextMerge.merge("", "甲方说法", "乙方说法")).isInstanceOf(TextMerge.Conflict.class);
    }

    /**
     * The property that makes merging safe: every token either side inserted is in the merged text,
     * or the paragraph is an open conflict holding that side's version (which contains it).
     */
    @Test
    void everyInsertedTokenIsInTheResultOrInTheConflict() {
        Random random = new Random(20261202L);
        String[] words = {"记者", "采访", "村里", "合作社", "今年", "收成", "我们", "觉得", "不错", "。", "，", "政策", "资金"};
        int conflicts = 0;
        int merged = 0;
        for (int round = 0; round < 2_000; round++) {
            StringBuilder base = new StringBuilder();
            for (int i = 0, n = random.nextInt(12); i < n; i++) {
                base.append(words[random.nextInt(words.length)]);
            }
            List<String> mineTokens = new ArrayList<>();
            List<String> theirsTokens = new ArrayList<>();
            String mine = edit(base.toString(), random, "甲" + round + "号", mineTokens);
            String theirs = edit(base.toString(), random, "乙" + round + "号", theirsTokens);
            TextMerge.Outcome outcome = TextMerge.merge(base.toString(), mine, theirs);
            if (outcome instanceof TextMerge.Merged m) {
                merged++;
                mineTokens.forEach(tok -> assertThat(m.text()).contains(tok));
                theirsTokens.forEach(tok -> assertThat(m.text()).contains(tok));
            } else {
                conflicts++;
                TextMerge.Conflict c = (TextMerge.Conflict) outcome;
                assertThat(c.base()).isEqualTo(base.toString());
                mineTokens.forEach(tok -> assertThat(c.mine()).contains(tok));
                theirsTokens.forEach(tok -> assertThat(c.theirs()).contains(tok));
            }
        }
        // the fixed seed must exercise both outcomes, or the property says little
        assertThat(merged).isGreaterThan(200);
        assertThat(conflicts).isGreaterThan(200);
    }

    /** One to three random edits: insert a unique token, delete a stretch, or replace one. */
    private static String edit(String text, Random random, String tokenPrefix, List<String> tokens) {
        StringBuilder sb = new StringBuilder(text);
        for (int e = 0, n = 1 + random.nextInt(3); e < n; e++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
            int kind = random.nextInt(3);
            if (kind == 0 || sb.length() == 0) {
                if (insideToken(sb, at, at)) {
                    continue;
                }
                String token = "【" + tokenPrefix + e + "】";
                sb.insert(at, token);
                tokens.add(token);
            } else {
                int end = Math.min(sb.length(), at + 1 + random.nextInt(3));
                if (at >= end || insideToken(sb, at, end)) {
                    continue;
                }
                sb.delete(at, end);
            }
        }
        return sb.toString();
    }

    /** Edits never cut into a token inserted earlier, so the token stays whole on its side. */
    private static boolean insideToken(StringBuilder sb, int from, int to) {
        String s = sb.toString();
        for (int i = s.indexOf('【'); i >= 0; i = s.indexOf('【', i + 1)) {
            int close = s.indexOf('】', i);
            if (from <= close && to > i) {
                return true;
            }
        }
        return false;
    }
}
