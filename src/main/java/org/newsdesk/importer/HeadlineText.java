package org.newsdesk.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline as portals print it, taken apart: the part number ({@code (2)}, {@code （下）},
 * {@code 之三}, {@code （第三部分）}), decorations that are not part of the title
 * ({@code （實錄）}, {@code (組圖)}), a label before it ({@code 标题：}) and an address glued to its end.
 *
 * @param text the headline without part number, decoration or address
 * @param part the part number, 0 when the headline has none
 */
record HeadlineText(String text, int part) {

    /** A label before the headline in a typed file ("标题：…", "Title: …"): not part of it. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:标题|標題|题目|題目|title|headline)\\s*[:：]\\s*(?=\\S)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_URL = Pattern.compile("\\s*(?:https?://|www\\.)\\S*$");
    private static final Pattern DECORATION = Pattern.compile(
            "^(.*?)\\s*[(（\\[【](?:文字|图文|圖文|访谈|訪談|全文)?(?:实录|實錄|组图|組圖|图|圖|视频|視頻|全文|图文|圖文|附视频|附視頻)[)）\\]】]$");
    private static final Pattern PART = Pattern.compile(
            "^(.*?)\\s*[(（]\\s*(?:之|第)?\\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[上中下])\\s*(?:部分|部|篇)?\\s*[)）]$");
    private static final Pattern PART_WORD = Pattern.compile("^(.{4,}?)\\s*之\\s*([一二三四五六七八九十]{1,3})$");

    static HeadlineText of(String raw) {
        String h = LABEL.matcher(raw.strip()).replaceFirst("");
        Matcher url = TRAILING_URL.matcher(h);
        if (url.find() && url.start() > 0) {
            h = h.substring(0, url.start()).strip();
        }
        for (int i = 0; i < 2; i++) {
            Matcher d = DECORATION.matcher(h);
            if (d.matches() && !d.group(1).isBlank()) {
                h = d.group(1).strip();
            }
        }
        int part = 0;
        Matcher m = PART.matcher(h);
        if (m.matches() && !m.group(1).isBlank()) {
            h = m.group(1).strip();
            part = partNumber(m.group(2));
        } else {
            Matcher w = PART_WORD.matcher(h);
            if (w.matches()) {
                h = w.group(1).strip();
                part = partNumber(w.group(2));
            }
        }
        // a decoration may also come before the part: 某某訪談（實錄）（2）
        Matcher d = DECORATION.matcher(h);
        if (d.matches() && !d.group(1).isBlank()) {
            h = d.group(1).strip();
        }
        return new HeadlineText(h, part);
    }

    static int partNumber(String digits) {
        char c0 = digits.charAt(0);
        if (c0 == '上') {
            return 1;
        }
        if (c0 == '中' || c0 == '下') {
            return c0 == '中' ? 2 : 2;
        }
        String chinese = "一二三四五六七八九";
        if (chinese.indexOf(c0) >= 0 || c0 == '十') {
            int tens = digits.indexOf('十');
            if (tens < 0) {
                return chinese.indexOf(c0) + 1;
            }
            int value = tens == 0 ? 10 : (chinese.indexOf(c0) + 1) * 10;
            if (tens + 1 < digits.length()) {
                value += chinese.indexOf(digits.charAt(tens + 1)) + 1;
            }
            return value;
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + Character.digit(digits.charAt(i), 10);
        }
        return Math.max(1, value);
    }
}
