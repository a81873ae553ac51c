package org.newsdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Several turns written on one line, as old reposts print them:
 * {@code …了解一下。 主持人：今天… 嘉賓：你好。 主持人：…}. A label inside a line starts a
 * turn when it follows a space or the end of a sentence and the document knows it as a
 * label. Linear: each colon looks back a bounded number of characters.
 */
final class InlineTurns {

    /** How far back from a colon a label may start. */
    private static final int LOOK_BACK = SpeakerLabelDetector.MAX_LABEL_LENGTH + 2;

    private final SpeakerLabelDetector detector;

    InlineTurns(SpeakerLabelDetector detector) {
        this.detector = detector;
    }

    /** The label candidates that start inside {@code text}, with where they start. */
    void forEachInner(String text, SpeakerLabelDetector.LabelMatch head,
                      java.util.function.ObjIntConsumer<SpeakerLabelDetector.LabelMatch> action) {
        int n = text.length();
        int floor = head == null ? 1 : Math.max(1, head.textStart());
        int nextFull = text.indexOf('：', floor);
        int nextHalf = text.indexOf(':', floor);
        while (nextFull >= 0 || nextHalf >= 0) {
            int i;
            if (nextHalf < 0 || nextFull >= 0 && nextFull < nextHalf) {
                i = nextFull;
                nextFull = text.indexOf('：', i + 1);
            } else {
                i = nextHalf;
                nextHalf = text.indexOf(':', i + 1);
            }
            int j = i - 1;
            while (j >= floor && LabelChars.isSpace(text.charAt(j))) {
                j--;
            }
            int limit = Math.max(floor - 1, i - LOOK_BACK);
            int k = j;
            while (k > limit && !isBoundary(text.charAt(k))) {
                k--;
            }
            if (k <= limit || k < 1 && !isBoundary(text.charAt(0))) {
                continue;
            }
            int start = k + 1;
            if (start >= i) {
                continue;
            }
            SpeakerLabelDetector.LabelMatch m = detector.candidate(text.substring(start, i + 1));
            if (LabelChars.isSpace(text.charAt(k))) {
                // 主持人 馬驤： — the word before the space may belong to the label
                int k2 = k - 1;
                while (k2 > limit && !isBoundary(text.charAt(k2))) {
                    k2--;
                }
                if (k2 > limit && k2 + 1 < k) {
                    SpeakerLabelDetector.LabelMatch wider = detector.candidate(text.substring(k2 + 1, i + 1));
                    if (wider != null && wider.kind() != SpeakerLabelDetector.Kind.PLAIN
                            && wider.kind() != SpeakerLabelDetector.Kind.NAME) {
                        m = wider;
                        start = k2 + 1;
                    }
                }
            }
            if (m != null && !m.bracketed()) {
                action.accept(m, start);
                floor = i + 1;
            }
        }
    }

    /** Where {@code text} splits into turns: the starts of the inner labels {@code isLabel} accepts. */
    List<Integer> cuts(String text, SpeakerLabelDetector.LabelMatch head,
                       Predicate<SpeakerLabelDetector.LabelMatch> isLabel) {
        List<Integer> cuts = new ArrayList<>(2);
        forEachInner(text, head, (m, start) -> {
            if (isLabel.test(m)) {
                cuts.add(start);
            }
        });
        return cuts;
    }

    private static boolean isBoundary(char c) {
        return LabelChars.isSpace(c) || c == '。' || c == '！' || c == '？' || c == '!' || c == '?'
                || c == '”' || c == '」' || c == '…' || c == '；' || c == ';' || c == '）' || c == ')';
    }
}
