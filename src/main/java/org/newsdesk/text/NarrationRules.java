package org.newsdesk.text;

/**
 * Unlabelled paragraphs that are not part of anybody's turn: stage notes such as (現場)
 * or [掌聲], and the headings transcripts open with (以下是訪談文字實錄).
 */
final class NarrationRules {

    private static final int MAX_NOTE_LENGTH = 40;

    private NarrationRules() {
    }

    /** A cheap first look: only short lines opening with a bracket, or headings' usual ends, can be narration. */
    static boolean mayBeNarration(char first, char last) {
        return first == '(' || first == '（' || first == '[' || first == '［' || first == '【' || first == '〔'
                || first == '以' || last == '錄' || last == '录' || last == '文';
    }

    /** Wholly in parentheses or brackets: narration, and the current turn goes on after it. */
    static boolean isStageNote(String text) {
        if (text.length() < 2 || text.length() > MAX_NOTE_LENGTH) {
            return false;
        }
        char open = text.charAt(0);
        char close = text.charAt(text.length() - 1);
        return (open == '(' || open == '（') && (close == ')' || close == '）')
                || open == '[' && close == ']' || open == '［' && close == '］'
                || open == '【' && close == '】' || open == '〔' && close == '〕';
    }

    /**
     * A heading that introduces the transcript, in either script: narration, and no turn
     * continues over it. Deliberately narrow (以下是…, …實錄): a short unpunctuated line in
     * the middle of an answer is far more often part of the answer than a heading.
     */
    static boolean isHeading(String text) {
        if (text.length() > MAX_NOTE_LENGTH || endsWithSentencePunctuation(text)) {
            return false;
        }
        if (text.startsWith("以下") && (text.contains("實錄") || text.contains("实录") || text.contains("全文")
                || text.contains("文字") || text.contains("內容") || text.contains("内容"))) {
            return true;
        }
        return text.endsWith("實錄") || text.endsWith("实录") || text.endsWith("訪談全文") || text.endsWith("访谈全文");
    }

    private static boolean endsWithSentencePunctuation(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '？' || last == '?' || last == '！' || last == '!';
    }
}
