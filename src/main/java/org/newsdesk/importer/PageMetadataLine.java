package org.newsdesk.importer;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.model.Metadata;
import org.newsdesk.text.MetadataField;

/**
 * The line under a portal headline that says where a story comes from, e.g.
 * {@code 来源：新华网  作者：王明  2024-03-01 09:30  编辑：李华}: fields in either script,
 * any order, full- or half-width colons, empty fields allowed, the time labelled or not.
 *
 * @param source  來源
 * @param authors 作者, split at spaces and enumeration commas; empty when blank
 * @param editor  編輯 / 責任編輯
 * @param time    the publish time in Asia/Shanghai, or null when the line has none
 */
record PageMetadataLine(String source, List<String> authors, String editor, ZonedDateTime time) {

    /** The fields a portal's line names, by their Chinese labels (MetadataField's table). */
    private static final String LABELS = MetadataField.chineseLabels(
            EnumSet.of(MetadataField.SOURCE, MetadataField.AUTHORS, MetadataField.EDITOR, MetadataField.TIME));
    private static final Pattern FIELD = Pattern.compile("(" + LABELS + ")\\s*[:：]");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                    + "(?:\\s*(\\d{1,2})\\s*[:：]\\s*(\\d{2})(?:\\s*[:：]\\s*(\\d{2}))?)?");
    private static final int MAX_LINE = 300;

    /** The fields of {@code line}, or null when it is not a metadata line. */
    static PageMetadataLine parse(String line) {
        if (line.length() > MAX_LINE) {
            return null;
        }
        PageMetadataLine dated = datedSource(line);
        if (dated != null) {
            return dated;
        }
        Matcher field = FIELD.matcher(line);
        List<int[]> fields = new ArrayList<>();
        while (field.find()) {
            fields.add(new int[] {field.start(), field.end(), field.start(1), field.end(1)});
        }
        Matcher dt = DATE_TIME.matcher(line);
        boolean hasTime = dt.find();
        if (fields.size() < 2 && !(fields.size() == 1 && hasTime)) {
            return null;
        }
        String source = "";
        String authors = "";
        String editor = "";
        for (int f = 0; f < fields.size(); f++) {
            int[] at = fields.get(f);
            int end = f + 1 < fields.size() ? fields.get(f + 1)[0] : line.length();
            MetadataField name = MetadataField.named(line.substring(at[2], at[3]));
            String value = withoutTime(line, at[1], end, hasTime ? dt : null).strip();
            switch (name) {
                case SOURCE -> source = firstWord(value);
                case AUTHORS -> authors = value;
                case EDITOR -> editor = firstWord(value);
                default -> { } // a labelled time: the date pattern finds it wherever it is
            }
        }
        return new PageMetadataLine(source, splitNames(authors), editor, hasTime ? time(dt) : null);
    }

    /** The value between {@code from} and {@code to} with the date and time cut out. */
    private static String withoutTime(String line, int from, int to, Matcher dt) {
        if (dt == null || dt.end() <= from || dt.start() >= to) {
            return line.substring(from, to);
        }
        return line.substring(from, Math.max(from, dt.start())) + "  " + line.substring(Math.min(to, dt.end()), to);
    }

    /** Field values end at a wide gap: "新华网  2024…" when the time is not labelled. */
    private static String firstWord(String value) {
        String v = value.strip();
        int gap = v.indexOf("  ");
        int wide = v.indexOf('\u3000');
        int cut = gap < 0 ? wide : wide < 0 ? gap : Math.min(gap, wide);
        return cut < 0 ? v : v.substring(0, cut).strip();
    }

    private static List<String> splitNames(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split("[\\s\u3000,，、;；/]+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** The first date (and time) written in {@code text} in a form portals use, or null. */
    static ZonedDateTime timeIn(String text) {
        Matcher dt = DATE_TIME.matcher(text);
        return dt.find() ? time(dt) : null;
    }

    private static ZonedDateTime time(Matcher dt) {
        try {
            int hour = dt.group(4) == null ? 0 : Integer.parseInt(dt.group(4));
            int minute = dt.group(5) == null ? 0 : Integer.parseInt(dt.group(5));
            int second = dt.group(6) == null ? 0 : Integer.parseInt(dt.group(6));
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(dt.group(1)), Integer.parseInt(dt.group(2)),
                    Integer.parseInt(dt.group(3)), hour, minute, second);
            return local.atZone(Metadata.DEFAULT_ZONE);
        } catch (DateTimeException | NumberFormatException e) {
            return null; // 2015-13-45: keep the other fields, leave the time to the editor
        }
    }

    /**
     * 2006年03月30日21:09 央視《新聞會客廳》 or 2016年08月31日 09:32 新浪娛樂: a date
     * and time first, then a short source, no field names.
     */
    private static PageMetadataLine datedSource(String line) {
        if (line.length() > 60 || line.isEmpty() || !Character.isDigit(line.charAt(0))) {
            return null;
        }
        Matcher dt = DATE_TIME.matcher(line);
        if (!dt.lookingAt() || dt.group(4) == null) {
            return null;
        }
        String rest = line.substring(dt.end()).strip();
        if (rest.isEmpty() || rest.length() > 30 || FIELD.matcher(rest).find()) {
            return null;
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '。' || c == '，' || c == '？' || c == '！' || c == '；') {
                return null;
            }
        }
        return new PageMetadataLine(firstWord(rest), List.of(), "", time(dt));
    }

    /** Counters and the font-size switch that portals print among the fields: not metadata. */
    private static final String PAGE_COUNTERS = "點擊|点击|閱讀|阅读|瀏覽|浏览";
    private static final String FONT_SIZE = "字號|字号";
    private static final Pattern SINGLE_FIELD = Pattern.compile(
            "^[【\\[(（]?\\s*(" + LABELS + "|" + PAGE_COUNTERS + "|" + FONT_SIZE + ")\\s*[:：]?(.*)$");

    /** 來源：…, 責任編輯：…, 【字號 大 中 小】: a line that is one field of a page's metadata. */
    static boolean isFieldLine(String line) {
        return line.length() <= 80 && SINGLE_FIELD.matcher(line).matches();
    }

    /**
     * The metadata line and the lines that continue it: portals print 時間：… and
     * 來源：… on lines of their own, and 【字號 大 中 小】, 點擊：… around them.
     */
    static final class Extra {
        private String source;
        private List<String> authors;
        private String editor;
        private ZonedDateTime time;

        Extra(PageMetadataLine first) {
            source = first.source();
            authors = first.authors();
            editor = first.editor();
            time = first.time();
        }

        /** Takes {@code line} into the metadata when it is one more field of it; false when it is text. */
        boolean absorb(String line) {
            if (line.length() > 80) {
                return false;
            }
            Matcher m = SINGLE_FIELD.matcher(line);
            if (!m.matches()) {
                PageMetadataLine more = datedSource(line);
                if (more != null && time == null) {
                    time = more.time();
                    source = source.isEmpty() ? more.source() : source;
                    return true;
                }
                return more != null;
            }
            String label = m.group(1);
            String value = m.group(2).replaceAll("[】\\])）]$", "").strip();
            if (label.matches(FONT_SIZE)) {
                return true;
            }
            PageMetadataLine parsed = parse(line);
            if (parsed != null) {
                source = source.isEmpty() ? parsed.source() : source;
                authors = authors.isEmpty() ? parsed.authors() : authors;
                editor = editor.isEmpty() ? parsed.editor() : editor;
                time = time == null ? parsed.time() : time;
                return true;
            }
            MetadataField field = MetadataField.named(label);
            if (field == MetadataField.SOURCE) {
                source = source.isEmpty() ? firstWord(value) : source;
            } else if (field == MetadataField.AUTHORS) {
                authors = authors.isEmpty() ? splitNames(value) : authors;
            } else if (field == MetadataField.EDITOR) {
                editor = editor.isEmpty() ? firstWord(value) : editor;
            } else {
                // a labelled time, or a counter that may carry one
                Matcher dt = DATE_TIME.matcher(value);
                if (time == null && dt.find()) {
                    time = PageMetadataLine.time(dt);
                }
            }
            return value.length() <= 40;
        }

        String source() {
            return source;
        }

        List<String> authors() {
            return authors;
        }

        String editor() {
            return editor;
        }

        ZonedDateTime time() {
            return time;
        }
    }
}
