package org.newsdesk.text;

/**
 * Unlabelled paragraphs that are not part of anybody's turn: stage notes such as (現場)
 * or [掌聲], and the headings transcripts open with (以下是訪談文字實錄).
 */
final class NarrationRules {

    private static final java.util.regex.Pattern TIMESTAMP = java.util.regex.Pattern.compile(
            "[\\[［(（]?(?:\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?\\s*)?"
                    + "\\d{1,2}\\s*[:：]\\s*\\d{2}(?:\\s*[:：]\\s*\\d{2})?[\\]］)）]?");
    private static final String[] CAPTION_STARTS = {"圖為", "图为", "圖：", "图：", "圖:", "图:", "上圖", "上图", "下圖",
        "下图", "左圖", "左图", "右圖", "右图", "中圖", "中图", "圖片：", "图片：", "圖片來源", "图片来源", "資料圖", "资料图",
        "視頻截圖", "视频截图", "（圖", "（图", "(圖", "(图"};
    private static final java.util.Set<String> STAGE_WORDS = java.util.Set.of("掌聲", "掌声", "笑", "笑聲", "笑声", "大笑",
        "音樂", "音乐", "視頻", "视频", "圖", "图", "圖片", "图片", "現場", "现场", "字號", "字号", "鼓掌", "停頓", "停顿",
        "短片", "畫面", "画面", "插播", "廣告", "广告", "背景音樂", "背景音乐", "全文", "實錄", "实录", "組圖", "组图",
        "返回", "打印", "關閉", "关闭", "分享", "收藏", "評論", "评论", "相關", "相关", "原標題", "原标题");

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

    /** A cheap first look: captions start with 圖/图/上/下/左/右/中/資/资/視/视 or a bracket, or end with 攝/摄/影 or a bracket. */
    static boolean mayBeCaption(char first, char last) {
        return "圖图上下左右中資资視视（(".indexOf(first) >= 0 || "攝摄影）)".indexOf(last) >= 0;
    }

    /** A picture caption or credit: 圖為……, 新華社記者 某某 攝, （某某 攝）. */
    static boolean isCaption(String text) {
        if (text.length() > 160) {
            return false;
        }
        for (String c : CAPTION_STARTS) {
            if (text.startsWith(c)) {
                return true;
            }
        }
        String t = text;
        char last = t.charAt(t.length() - 1);
        if ((last == ')' || last == '）') && t.length() > 2) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!(t.endsWith("攝") || t.endsWith("摄") || t.endsWith("攝影") || t.endsWith("摄影"))) {
            return false;
        }
        // the photographer's name just before: "某某 攝", "記者某某攝", "某某/攝"
        int end = t.length() - (t.endsWith("影") ? 2 : 1);
        int from = Math.max(0, end - 12);
        String tail = t.substring(from, end);
        return t.length() <= 16 || tail.indexOf(' ') >= 0 || tail.indexOf('\u3000') >= 0 || tail.contains("記者")
                || tail.contains("记者") || tail.indexOf('/') >= 0 || tail.indexOf('。') >= 0;
    }

    /** A live-text time stamp on its own line: 2024-03-08 10:49:41, 10:49, [10:49]. */
    static boolean isTimestamp(String text) {
        return text.length() <= 24 && text.length() >= 4 && Character.isDigit(firstDigitOrBracket(text))
                && TIMESTAMP.matcher(text).matches();
    }

    private static char firstDigitOrBracket(String text) {
        char c = text.charAt(0);
        return (c == '[' || c == '［' || c == '(' || c == '（') && text.length() > 1 ? text.charAt(1) : c;
    }

    /** A word a bracket holds in a stage note or a page's chrome, never a nickname. */
    static boolean isStageWord(String label) {
        return STAGE_WORDS.contains(label);
    }

    /**
     * A section heading between turns: （二）生活空間：…, 一、…, 第三部分…, or a short
     * line without punctuation. The caller checks that a turn follows.
     *
     * @return 0 when not a heading, 1 for a heading by its form, 2 for a short bare line (weaker)
     */
    static int headingShape(String text) {
        if (text.length() < 2 || text.length() > MAX_NOTE_LENGTH) {
            return 0;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '。' || last == '？' || last == '?' || last == '！' || last == '!' || last == '；' || last == ';'
                || last == '，' || last == ',') {
            return 0;
        }
        if (enumerated(text)) {
            return 1;
        }
        int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
        if (colon > 0 && colon <= 12 && text.indexOf('。') < 0) {
            return 1; // “喜神”養成：…… — a heading with its theme
        }
        if (text.length() >= 4 && text.length() <= 16 && noPunctuation(text) && !endsWithParticle(last)) {
            return 2;
        }
        return 0;
    }

    private static boolean enumerated(String text) {
        char c0 = text.charAt(0);
        if ((c0 == '（' || c0 == '(') && text.length() > 3) {
            int close = Math.max(text.indexOf('）'), text.indexOf(')'));
            return close > 1 && close <= 4 && isNumeral(text.charAt(1));
        }
        if (isNumeral(c0) && text.length() > 2 && (text.charAt(1) == '、' || text.charAt(1) == '.' && !Character.isDigit(text.charAt(2)))) {
            return true;
        }
        return text.startsWith("第") && text.length() > 4 && isNumeral(text.charAt(1))
                && (text.charAt(2) == '部' || text.charAt(2) == '章' || text.charAt(2) == '節' || text.charAt(2) == '节');
    }

    private static boolean isNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0 || (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean noPunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (LabelChars.isSentencePunctuation(c) || c == '：' || c == ':' || c == '(' || c == '（') {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithParticle(char c) {
        return "吧嗎吗呢啊呀了的哦嗯對对好是".indexOf(c) >= 0;
    }

    /**
     * A credit above the transcript: 主持人：某某 between 策劃：… and 攝像：… lines — the
     * rest is a short name and a neighbouring line is a credit field.
     */
    static boolean isCredit(SpeakerLabelDetector.LabelMatch m, String text, String[] texts, int i) {
        String rest = m.rest(text).strip();
        if (rest.isEmpty() || rest.length() > 12 || hasSentencePunctuation(rest)) {
            return false;
        }
        return isFieldLine(texts, i - 1) || isFieldLine(texts, i + 1);
    }

    private static boolean isFieldLine(String[] texts, int i) {
        if (i < 0 || i >= texts.length) {
            return false;
        }
        String t = texts[i].strip();
        int colon = t.indexOf('：') >= 0 ? t.indexOf('：') : t.indexOf(':');
        return colon > 0 && colon <= 8 && LabelNames.isField(t.substring(0, colon).strip());
    }

    private static boolean hasSentencePunctuation(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '、' && LabelChars.isSentencePunctuation(c)) {
                return true;
            }
        }
        return false;
    }
}
