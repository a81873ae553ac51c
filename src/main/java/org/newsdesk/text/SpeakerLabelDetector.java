package org.newsdesk.text;

import java.util.Set;
import org.newsdesk.model.SpeakerRole;

/**
 * Decides whether a paragraph starts with a speaker label, with the rules the editor's
 * paste and every importer share:
 * <ul>
 * <li>a label is at the paragraph start, followed by a full- or half-width colon
 *     ({@code 主持人：}, {@code 李寶純:}) or written in brackets ({@code [主持人]},
 *     {@code 【主持人】}, {@code ［Q］}), optionally with a colon after the bracket;</li>
 * <li>it is short ({@value #MAX_LABEL_LENGTH} characters at most) and holds no sentence
 *     punctuation, so a colon late in a long sentence is never a label;</li>
 * <li>it is accepted when it is a role word alone or followed by a name
 *     ({@code 主持人 魯健}), when it is one of the labels already known (seen earlier or
 *     recurring in the document, see {@link TranscriptParser}), or when it looks like a
 *     person's name while the transcript already has a speaker; field names such as
 *     時間, 來源 or 地址 never are.</li>
 * </ul>
 * A name may carry a title in parentheses: {@code 李寶純（市科委副主任）：}.
 * The detector is stateless and cheap: it looks at the first few dozen characters only.
 */
public final class SpeakerLabelDetector {

    /** Longest label, name and role word included; a title in parentheses is extra. */
    public static final int MAX_LABEL_LENGTH = 16;
    private static final int MAX_TITLE_LENGTH = 24;

    /** Field names that are followed by a colon in running text or page headers, never speakers. */
    private static final Set<String> NOT_NAMES = Set.of(
            "時間", "时间", "日期", "地點", "地点", "來源", "来源", "作者", "編輯", "编辑", "責任編輯", "责任编辑",
            "電話", "电话", "地址", "網址", "网址", "郵箱", "邮箱", "注", "註", "備註", "备注", "附", "附件", "標題", "标题",
            "題目", "题目", "主題", "主题", "關鍵詞", "关键词", "摘要", "提要", "內容提要", "内容提要", "原標題", "原标题",
            "導語", "导语", "鏈接", "链接", "例如", "比如", "其中", "結果", "结果", "目標", "目标", "總之", "总之", "但是",
            "所以", "因此", "問題", "问题", "答案", "說明", "说明", "第一", "第二", "第三", "首先", "其次", "最後", "最后",
            "特別是", "特别是", "也就是說", "也就是说", "一是", "二是", "三是", "四是", "五是", "通知", "公告", "口號", "口号",
            "Note", "Notes", "Time", "Date", "Source", "Editor", "Author", "Update", "Updated", "Photo", "Tel", "Email",
            "Address", "Subject", "Re", "PS", "Title", "Summary", "Keywords", "Http", "Https", "Www");

    /**
     * A label at the start of a paragraph.
     *
     * @param label     the label as the transcript shows it, without colon or brackets
     *                  ("主持人", "主持人 魯健", "李寶純")
     * @param name      the person's name when the label gives one, else empty
     * @param title     a title given in parentheses after the name, else empty
     * @param role      the role the label suggests: the role word's, else GUEST for a name
     * @param roleWord  the role word the label is or starts with, or null for a plain name
     * @param bracketed written in brackets rather than followed by a colon
     * @param textStart where the paragraph's own text starts, after the label and its colon
     */
    public record LabelMatch(String label, String name, String title, SpeakerRole role, String roleWord,
                             boolean bracketed, int textStart) {

        /** The paragraph text after the label. */
        public String rest(String paragraph) {
            return paragraph.substring(textStart);
        }
    }

    /**
     * Whether {@code paragraph} starts with an accepted label.
     *
     * @param knownLabels labels already accepted (earlier in the transcript, in the roster,
     *                    or recurring in the document); names need at least one of them
     * @return the match, or null when the paragraph does not start with a label
     */
    public LabelMatch detect(String paragraph, Set<String> knownLabels) {
        LabelMatch m = candidate(paragraph);
        return m != null && accepts(m, knownLabels, !knownLabels.isEmpty()) ? m : null;
    }

    /**
     * Whether a label-shaped prefix counts as a label.
     *
     * @param knownLabels  labels accepted already
     * @param someoneSpoke the transcript already has a turn, so a new name is a new speaker
     */
    public boolean accepts(LabelMatch m, Set<String> knownLabels, boolean someoneSpoke) {
        if (m.roleWord() != null || knownLabels.contains(m.label())) {
            return true;
        }
        // [掌聲] looks like a name too: a bracketed label must be a role word or known
        return !m.bracketed() && someoneSpoke && looksLikeName(m.label());
    }

    /**
     * The label-shaped prefix of {@code paragraph}, accepted or not: the syntax alone
     * (colon or brackets, length, no sentence punctuation). Null when there is none.
     */
    public LabelMatch candidate(String paragraph) {
        int start = skipSpace(paragraph, 0);
        if (start >= paragraph.length()) {
            return null;
        }
        char first = paragraph.charAt(start);
        char close = closingBracket(first);
        if (close != 0) {
            return bracketed(paragraph, start, close);
        }
        return colonLabel(paragraph, start);
    }

    private LabelMatch colonLabel(String p, int start) {
        int limit = Math.min(p.length(), start + MAX_LABEL_LENGTH + MAX_TITLE_LENGTH + 3);
        int titleOpen = -1;
        int titleClose = -1;
        for (int i = start; i < limit; i++) {
            char c = p.charAt(i);
            if (c == ':' || c == '：') {
                if (i == start || (titleOpen >= 0 && titleClose < 0)) {
                    return null;
                }
                int nameEnd = titleOpen >= 0 ? titleOpen : i;
                if (titleClose >= 0 && skipSpace(p, titleClose + 1) != i) {
                    return null; // text between the title's parenthesis and the colon
                }
                String label = p.substring(start, nameEnd).strip();
                String title = titleOpen >= 0 ? p.substring(titleOpen + 1, titleClose).strip() : "";
                if (p.startsWith("//", i + 1)) {
                    return null; // http://
                }
                return build(label, title, false, skipSpace(p, i + 1));
            }
            if (c == '(' || c == '（') {
                if (titleOpen >= 0 || i == start || i - start > MAX_LABEL_LENGTH) {
                    return null;
                }
                titleOpen = i;
            } else if (c == ')' || c == '）') {
                if (titleOpen < 0 || titleClose >= 0) {
                    return null;
                }
                titleClose = i;
            } else if (titleOpen < 0 && (i - start >= MAX_LABEL_LENGTH || isSentencePunctuation(c))) {
                return null;
            } else if (titleOpen >= 0 && titleClose < 0 && i - titleOpen > MAX_TITLE_LENGTH) {
                return null;
            } else if (titleClose >= 0 && !isSpace(c)) {
                return null;
            }
        }
        return null;
    }

    private LabelMatch bracketed(String p, int start, char close) {
        int limit = Math.min(p.length(), start + MAX_LABEL_LENGTH + 2);
        for (int i = start + 1; i < limit; i++) {
            char c = p.charAt(i);
            if (c == close) {
                String label = p.substring(start + 1, i).strip();
                int after = skipSpace(p, i + 1);
                if (after < p.length() && (p.charAt(after) == ':' || p.charAt(after) == '：')) {
                    after = skipSpace(p, after + 1);
                }
                return label.isEmpty() ? null : build(label, "", true, after);
            }
            if (isSentencePunctuation(c)) {
                return null;
            }
        }
        return null;
    }

    private static LabelMatch build(String label, String title, boolean bracketed, int textStart) {
        if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH || !hasLetter(label)) {
            return null;
        }
        SpeakerRole role = RoleWords.roleOf(label);
        if (role != null) {
            return new LabelMatch(label, "", title, role, label, bracketed, textStart);
        }
        String prefix = RoleWords.rolePrefix(label);
        if (prefix != null) {
            String name = label.substring(prefix.length()).strip();
            if (looksLikeName(name)) {
                return new LabelMatch(label, name, title, RoleWords.roleOf(prefix), prefix, bracketed, textStart);
            }
        }
        return new LabelMatch(label, label, title, SpeakerRole.GUEST, null, bracketed, textStart);
    }

    /**
     * A person's name (or a name with a form of address such as 李主任): two to five Han
     * characters, or one to three capitalised Latin words; never a field name.
     */
    static boolean looksLikeName(String label) {
        if (label.isEmpty() || NOT_NAMES.contains(label)) {
            return false;
        }
        int han = 0;
        int latin = 0;
        boolean wordStart = true;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if (c == '·' || c == '•') {
                continue; // 阿不都·熱合曼
            } else if (c == ' ' || c == '.' || c == '-') {
                wordStart = true;
                continue;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                if (wordStart && !(c >= 'A' && c <= 'Z')) {
                    return false;
                }
                latin++;
            } else {
                return false;
            }
            wordStart = false;
        }
        if (han > 0) {
            return latin == 0 && han >= 2 && han <= 5 || label.indexOf('·') > 0 && han <= 10 && latin == 0;
        }
        return latin > 0 && label.split("[ .\\-]+").length <= 3;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static char closingBracket(char c) {
        return switch (c) {
            case '[' -> ']';
            case '［' -> '］';
            case '【' -> '】';
            case '〔' -> '〕';
            default -> 0;
        };
    }

    /** Punctuation that ends or divides a clause: a label never contains it. */
    static boolean isSentencePunctuation(char c) {
        return switch (c) {
            case '，', ',', '。', '.', '！', '!', '？', '?', '、', '；', ';', '“', '”', '"', '「', '」', '『', '』',
                 '《', '》', '…', '—' -> true;
            default -> false;
        };
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
    }

    static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
