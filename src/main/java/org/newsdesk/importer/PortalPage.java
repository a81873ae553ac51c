package org.newsdesk.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Series;
import org.newsdesk.text.SourceParagraph;

/**
 * The parts of a portal article page, found in its lines of text (a page saved as text,
 * or the blocks of an HTML page). Portals share conventions more than markup, so the
 * page is read by them:
 * <ol>
 * <li>the metadata line (來源 / 作者 / time / 編輯, {@link PageMetadataLine}) anchors the page;</li>
 * <li>the headline is the nearest line above it that is not a URL; a part number in
 *     parentheses at its end, "(3)" or "（三）", goes to the series;</li>
 * <li>a URL line next to the headline is the page's address;</li>
 * <li>a 【column】subtitle line right after the metadata gives the kicker and subtitle;</li>
 * <li>the body runs from there to the first footer line (打印, 關閉窗口, 分享到, 相關新聞,
 *     Copyright …); navigation, app promotion and search boxes above the headline are never
 *     looked at, and promotion or share lines inside the body are dropped.</li>
 * </ol>
 *
 * @param metadata the page's metadata (headline without the part suffix)
 * @param url      the page's address if the page shows one, else empty
 * @param body     the body paragraphs, in order
 */
record PortalPage(Metadata metadata, String url, List<SourceParagraph> body) {

    private static final org.newsdesk.text.SpeakerLabelDetector LABELS = new org.newsdesk.text.SpeakerLabelDetector();

    /** Metadata lines are looked for this far into a page only: it sits near the top. */
    private static final int SEARCH_LINES = 400;
    private static final int MAX_HEADLINE = 200;
    /** Lines looked at above the metadata line for the headline, chrome between them included. */
    private static final int HEADLINE_DISTANCE = 6;

    private static final Pattern COLUMN = Pattern.compile("^[【\\[［]([^】\\]］]{1,20})[】\\]］]\\s*(.*)$");
    private static final Pattern URL = Pattern.compile("^(?:https?://|www\\.)\\S+$");
    private static final Pattern EDITOR_AT_END = Pattern.compile("^[(（\\[【]?\\s*(?:責任編輯|责任编辑)\\s*[:：]\\s*([^)）\\]】]*)[)）\\]】]?$");

    /** Footer lines: the body ends at the first of them. */
    private static final String[] FOOTER = {
        "打印", "關閉窗口", "关闭窗口", "關閉", "关闭", "打印本頁", "打印本页", "收藏本頁", "收藏本页", "返回頂部", "返回顶部",
        "相關新聞", "相关新闻", "相關閱讀", "相关阅读", "相關鏈接", "相关链接", "上一篇", "下一篇", "推薦閱讀", "推荐阅读",
        "版權所有", "版权所有", "copyright", "免責聲明", "免责声明", "網友評論", "网友评论", "發表評論", "发表评论"};
    /** Lines inside the body that belong to the page, not the story. */
    private static final String[] NOISE = {
        "分享到", "字號", "字号", "掃一掃", "扫一扫", "客戶端", "客户端", "點擊下載", "点击下载", "關注我們", "关注我们",
        "微信公眾號", "微信公众号", "查看原文", "閱讀全文", "阅读全文", "字體", "字体"};

    /** Whether the lines look like an article page: a metadata line with a headline above it. */
    static boolean looksLikePage(List<String> lines) {
        int m = metadataLine(lines);
        return m >= 0 && headlineAbove(lines, m) >= 0;
    }

    /** Reads a page from its lines; null when the lines have no metadata line. */
    static PortalPage fromLines(List<String> rawLines) {
        return fromLines(rawLines, "");
    }

    /**
     * Reads a page from its lines, with the headline already known (an HTML page's
     * {@code h1}) or empty to look for it above the metadata line; null when the lines have
     * no metadata line.
     */
    static PortalPage fromLines(List<String> rawLines, String knownHeadline) {
        List<String> lines = new ArrayList<>(rawLines.size());
        rawLines.forEach(l -> lines.add(clean(l)));
        int m = metadataLine(lines);
        if (m < 0) {
            return null;
        }
        PageMetadataLine meta = PageMetadataLine.parse(lines.get(m));
        int h = headlineAbove(lines, m);
        String url = "";
        for (int i = Math.max(h, 0) + 1; i < m; i++) {
            if (URL.matcher(lines.get(i)).matches()) {
                url = lines.get(i);
            }
        }
        if (url.isEmpty() && h > 0 && URL.matcher(lines.get(h - 1)).matches()) {
            url = lines.get(h - 1);
        }
        int i = nextNonBlank(lines, m + 1);
        if (url.isEmpty() && i < lines.size() && URL.matcher(lines.get(i)).matches()) {
            url = lines.get(i);
            i = nextNonBlank(lines, i + 1);
        }
        String kicker = "";
        String subtitle = "";
        if (i < lines.size()) {
            Matcher column = COLUMN.matcher(lines.get(i));
            if (column.matches() && !column.group(1).isBlank()) {
                kicker = column.group(1).strip();
                subtitle = column.group(2).strip();
                i++;
            }
        }
        String headlineLine = knownHeadline != null && !knownHeadline.isBlank() ? clean(knownHeadline)
                : h >= 0 ? lines.get(h) : "";
        // 時間：… and 來源：… on lines of their own under the metadata line fill what it lacks
        PageMetadataLine.Extra extra = new PageMetadataLine.Extra(meta);
        String[] editor = {meta.editor()};
        List<SourceParagraph> body = body(lines, i, headlineLine, editor, extra);
        HeadlineText parts = HeadlineText.of(headlineLine);
        String headline = parts.text();
        Series series = parts.part() > 0 ? new Series(seriesId(headline), headline, parts.part(), null) : null;
        Metadata metadata = new Metadata(headline, kicker, subtitle, "", extra.source(), extra.authors(),
                editor[0].isEmpty() ? extra.editor() : editor[0], extra.time(), Metadata.DEFAULT_ZONE, List.of(),
                List.of(), series, "", null);
        return new PortalPage(metadata, url, body);
    }

    /**
     * A page saved from a browser whose metadata line is missing, told by its chrome: page
     * lines ({@link PageChrome}) at the top. They are dropped, the first line after them is
     * the headline when it is short and reads like one (no label, no sentence end), and the
     * body ends at the footer. Null when the top has no chrome: a plain transcript.
     *
     * @param fallbackHeadline the headline when no line reads like one (the file's name)
     */
    static PortalPage withoutMetadata(List<String> rawLines, String fallbackHeadline) {
        List<String> lines = new ArrayList<>(rawLines.size());
        rawLines.forEach(l -> lines.add(clean(l)));
        int i = nextNonBlank(lines, 0);
        int chrome = 0;
        while (i < lines.size() && (PageChrome.isChrome(lines.get(i)) || isNoise(lines.get(i)))) {
            chrome++;
            i = nextNonBlank(lines, i + 1);
        }
        if (chrome == 0 || i >= lines.size()) {
            return null;
        }
        String first = lines.get(i);
        String headline = fallbackHeadline;
        if (first.length() <= MAX_HEADLINE / 3 && !endsSentence(first) && LABELS.candidate(first) == null
                && PageMetadataLine.parse(first) == null) {
            headline = first;
            i++;
        }
        String[] editor = {""};
        List<SourceParagraph> body = body(lines, i, headline, editor, null);
        Metadata metadata = new Metadata(headline, "", "", "", "", List.of(), editor[0], null, Metadata.DEFAULT_ZONE,
                List.of(), List.of(), null, "", null);
        return new PortalPage(metadata, "", body);
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return "。！？!?；;，,…".indexOf(last) >= 0;
    }

    /**
     * The story's paragraphs from line {@code from} on: up to the footer (or an editor's
     * line at the end, whose name fills {@code editor[0]} when it is empty), without the
     * page's own lines, a repeat of the headline or short lines the page repeats.
     */
    static List<SourceParagraph> body(List<String> lines, int from, String headline, String[] editor,
                                      PageMetadataLine.Extra extra) {
        Map<String, Integer> repeated = PageChrome.repeats(lines);
        List<SourceParagraph> body = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            String line = clean(lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            if (body.isEmpty() && extra != null && extra.absorb(line)) {
                continue;
            }
            Matcher editorAtEnd = EDITOR_AT_END.matcher(line);
            if (editorAtEnd.matches()) {
                if (editor[0].isEmpty()) {
                    editor[0] = editorAtEnd.group(1).strip();
                }
                break;
            }
            if (isFooter(line) || PageChrome.isFooter(line)) {
                break;
            }
            if (PageChrome.isClosingField(line)) {
                if (body.isEmpty()) {
                    continue; // a second metadata line right under the first
                }
                break;
            }
            if (!isNoise(line) && !PageChrome.isChrome(line) && !repeated.containsKey(line) && !line.equals(headline)) {
                body.add(SourceParagraph.plain(line, i + 1));
            }
        }
        return body;
    }

    private static int metadataLine(List<String> lines) {
        int n = Math.min(lines.size(), SEARCH_LINES);
        for (int i = 1; i < n; i++) {
            if (PageMetadataLine.parse(clean(lines.get(i))) != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The nearest line above the metadata line that is neither a URL nor the page's own
     * (分享到, 打印本页 and 退出登录 often sit between the headline and the metadata).
     */
    private static int headlineAbove(List<String> lines, int m) {
        int looked = 0;
        for (int i = m - 1; i >= 0 && looked < HEADLINE_DISTANCE; i--) {
            String line = clean(lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            looked++;
            if (URL.matcher(line).matches() || PageChrome.isChrome(line) || isNoise(line)
                    || PageMetadataLine.isFieldLine(line)) {
                continue;
            }
            return line.length() <= MAX_HEADLINE ? i : -1;
        }
        return -1;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        return i;
    }

    /** Trimmed of every kind of space the pages indent with (full-width, no-break). */
    static String clean(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\ufeff' || c == '\u200b';
    }

    private static boolean isFooter(String line) {
        if (line.length() > 60) {
            return false;
        }
        String bare = line.replaceAll("[\\s\\[\\]【】()（）|｜]+", "").toLowerCase(java.util.Locale.ROOT);
        for (String f : FOOTER) {
            if (bare.startsWith(f) && (f.length() > 2 || bare.length() <= 6)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoise(String line) {
        char last = line.charAt(line.length() - 1);
        if (line.length() > 40 || last == '。' || last == '？' || last == '！') {
            return false; // a sentence (保留老字號。) is text, whatever word it holds
        }
        for (String n : NOISE) {
            if (line.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Same headline, same series: every part of an interview gets the same id. */
    static String seriesId(String headline) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(headline.getBytes(StandardCharsets.UTF_8));
            return "series-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
