package org.newsdesk.text;

import java.util.HashMap;
import java.util.Map;
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
 * A parse of a whole document uses {@link #caching()}, which classifies each distinct
 * label once (a transcript repeats a handful of labels thousands of times).
 */
public final class SpeakerLabelDetector {

    /** Most distinct labels one caching detector remembers; later ones are classified each time. */
    private static final int CACHE_LIMIT = 4_096;
    /** Marks a label-shaped prefix that is no label, so the cache remembers misses too. */
    private static final LabelMatch NO_MATCH = new LabelMatch("", "", "", SpeakerRole.GUEST, null, false, 0, Kind.PLAIN);

    /** Untitled labels already classified, by label text; null for a stateless detector. */
    private final Map<String, LabelMatch> colonCache;
    private final Map<String, LabelMatch> bracketCache;

    public SpeakerLabelDetector() {
        this(false);
    }

    private SpeakerLabelDetector(boolean caching) {
        this.colonCache = caching ? new HashMap<>() : null;
        this.bracketCache = caching ? new HashMap<>() : null;
    }

    /**
     * A detector that remembers how it classified each label, for one parse on one
     * thread (not thread-safe). Same answers as a new detector.
     */
    static SpeakerLabelDetector caching() {
        return new SpeakerLabelDetector(true);
    }

    /** Longest label, name and role word included; a title in parentheses is extra. */
    public static final int MAX_LABEL_LENGTH = 30;
    private static final int MAX_TITLE_LENGTH = 24;
    /** What a label is made of, which decides how much evidence it needs to count. */
    public enum Kind {
        /** A role word (主持人, 記者, 問, 答), alone or with a name: always a label. */
        ROLE,
        /** A netizen (網友, 網友“某某”, [網友]某某, 網友某某問): always a label, audience role. */
        NETIZEN,
        /** An outlet or publication asking (中通社, 新浪娛樂, 本報記者): the interviewer. */
        OUTLET,
        /** A person's name. */
        NAME,
        /** A title and a name in either order (交通運輸部副部長 王志清, 李四 中央電視台記者). */
        TITLED_NAME,
        /** Anything else label-shaped (a long official label without a recognisable name). */
        PLAIN
    }

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
                             boolean bracketed, int textStart, Kind kind) {

        public LabelMatch(String label, String name, String title, SpeakerRole role, String roleWord,
                          boolean bracketed, int textStart) {
            this(label, name, title, role, roleWord, bracketed, textStart,
                    roleWord != null ? Kind.ROLE : Kind.NAME);
        }

        /** Who the label stands for across the document: the name when it gives one, else the label. */
        public String identity() {
            return name.isEmpty() ? label : name;
        }

        LabelMatch withKind(Kind k, SpeakerRole r) {
            return new LabelMatch(label, name, title, r, roleWord, bracketed, textStart, k);
        }

        LabelMatch withTextStart(int start) {
            return start == textStart ? this : new LabelMatch(label, name, title, role, roleWord, bracketed, start, kind);
        }

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
        if (m.kind() == Kind.ROLE || m.kind() == Kind.NETIZEN || knownLabels.contains(m.label())
                || knownLabels.contains(m.identity())) {
            return true;
        }
        if (m.bracketed()) {
            // [掌聲] looks like a name too: a bracketed label must be a role word, known, or a title and a name
            return m.kind() == Kind.TITLED_NAME && someoneSpoke;
        }
        return switch (m.kind()) {
            case NAME -> someoneSpoke && LabelNames.looksLikeName(m.label());
            case TITLED_NAME, OUTLET -> someoneSpoke;
            default -> false;
        };
    }

    /**
     * The label-shaped prefix of {@code paragraph}, accepted or not: the syntax alone
     * (colon or brackets, length, no sentence punctuation). Null when there is none.
     */
    public LabelMatch candidate(String paragraph) {
        int start = skipMarkers(paragraph, LabelChars.skipSpace(paragraph, 0));
        if (start >= paragraph.length()) {
            return null;
        }
        char first = paragraph.charAt(start);
        char close = closingBracket(first);
        if (close != 0) {
            return bracketed(paragraph, start, close);
        }
        if ((first == '网' || first == '網') && (paragraph.startsWith("网友", start) || paragraph.startsWith("網友", start))) {
            LabelMatch quoted = LabelForms.quotedNetizen(paragraph, start + 2);
            if (quoted != null) {
                return quoted;
            }
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
                if (titleClose >= 0 && LabelChars.skipSpace(p, titleClose + 1) != i) {
                    return null; // text between the title's parenthesis and the colon
                }
                String label = p.substring(start, nameEnd).strip();
                String title = titleOpen >= 0 ? p.substring(titleOpen + 1, titleClose).strip() : "";
                if (p.startsWith("//", i + 1)) {
                    return null; // http://
                }
                return classify(label, title, false, LabelChars.skipSpace(p, i + 1));
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
            } else if (titleOpen < 0 && (i - start >= MAX_LABEL_LENGTH || c != '、' && LabelChars.isSentencePunctuation(c))) {
                return null;
            } else if (titleOpen >= 0 && titleClose < 0 && i - titleOpen > MAX_TITLE_LENGTH) {
                return null;
            } else if (titleClose >= 0 && !LabelChars.isSpace(c)) {
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
                int after = LabelChars.skipSpace(p, i + 1);
                if (after < p.length() && (p.charAt(after) == ':' || p.charAt(after) == '：')) {
                    after = LabelChars.skipSpace(p, after + 1);
                } else if (RoleWords.isNetizenWord(label)) {
                    LabelMatch named = LabelForms.nickThenColon(p, after);
                    if (named != null) {
                        return named; // [網友]某某：
                    }
                }
                return label.isEmpty() ? null : classify(label, "", true, after);
            }
            if (c != '、' && LabelChars.isSentencePunctuation(c)) {
                return null;
            }
        }
        return null;
    }

    /** {@link #build}, once per distinct untitled label when this detector caches. */
    private LabelMatch classify(String label, String title, boolean bracketed, int textStart) {
        Map<String, LabelMatch> cache = bracketed ? bracketCache : colonCache;
        if (cache == null || !title.isEmpty()) {
            return build(label, title, bracketed, textStart);
        }
        LabelMatch known = cache.get(label);
        if (known == null) {
            known = build(label, title, bracketed, textStart);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(label, known == null ? NO_MATCH : known);
            }
            return known;
        }
        return known == NO_MATCH ? null : known.withTextStart(textStart);
    }

    private static LabelMatch build(String rawLabel, String rawTitle, boolean bracketed, int textStart) {
        String label = rawLabel;
        if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
            return null;
        }
        SpeakerRole quick = RoleWords.roleOf(label);
        if (quick != null && rawTitle.isEmpty()) {
            // the common case, 主持人： or 答：, decided without the checks below
            return new LabelMatch(label, "", "", quick, label, bracketed, textStart,
                    quick == SpeakerRole.AUDIENCE ? Kind.NETIZEN : Kind.ROLE);
        }
        if (!hasLetter(label) || LabelNames.isField(label)) {
            return null;
        }
        // 洪晃(blog)：— a link marker, not a title
        String title = LabelForms.isLinkMarker(rawTitle) ? "" : rawTitle;
        String bare = LabelForms.stripAskWord(label);
        if (!bare.equals(label) && (RoleWords.roleOf(bare) != null || RoleWords.rolePrefix(bare) != null
                || LabelNames.looksLikeName(bare) || LabelForms.startsWithNetizen(bare))) {
            label = bare; // 主持人說：, 秦海璐说：, 網友小魚問：
        }
        SpeakerRole role = RoleWords.roleOf(label);
        if (role != null) {
            return new LabelMatch(label, "", title, role, label, bracketed, textStart,
                    role == SpeakerRole.AUDIENCE ? Kind.NETIZEN : Kind.ROLE);
        }
        if (LabelForms.startsWithNetizen(label) && label.length() > 2) {
            return LabelForms.netizen(label.substring(2).strip(), bracketed, textStart); // 網友小魚, 網友 abc
        }
        String prefix = RoleWords.rolePrefix(label);
        if (prefix != null) {
            String name = label.substring(prefix.length()).strip();
            if (LabelNames.looksLikeName(name)) {
                return new LabelMatch(label, name, title, RoleWords.roleOf(prefix), prefix, bracketed, textStart);
            }
        }
        String collapsed = LabelForms.collapseSpacedName(label);
        if (collapsed != null) {
            return new LabelMatch(collapsed, collapsed, title, SpeakerRole.GUEST, null, bracketed, textStart, Kind.NAME);
        }
        if (Titles.isOutlet(label)) {
            return new LabelMatch(label, "", title, SpeakerRole.HOST, null, bracketed, textStart, Kind.OUTLET);
        }
        // 市長 蔣為民 reads as a name too: a space between two parts means title and name
        String[] split = Titles.splitTitleAndName(label);
        if (split == null && LabelNames.looksLikeName(label)) {
            return new LabelMatch(label, label, title, SpeakerRole.GUEST, null, bracketed, textStart, Kind.NAME);
        }
        if (split != null) {
            String t = title.isEmpty() ? split[0] : split[0] + " " + title;
            SpeakerRole r = Titles.isReporterTitle(split[0]) ? SpeakerRole.HOST : SpeakerRole.GUEST;
            return new LabelMatch(label, split[1], t, r, null, bracketed, textStart, Kind.TITLED_NAME);
        }
        return new LabelMatch(label, "", title, SpeakerRole.GUEST, null, bracketed, textStart, Kind.PLAIN);
    }

    private static int skipMarkers(String s, int from) {
        int i = from;
        while (i < s.length() && "▲●■◆★△☆◎※•►▶◇□○".indexOf(s.charAt(i)) >= 0) {
            i = LabelChars.skipSpace(s, i + 1);
        }
        return i;
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
}
