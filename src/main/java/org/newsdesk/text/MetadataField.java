package org.newsdesk.text;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A field of a story's metadata as documents and pages label it ("来源：新华网", "Source: …"):
 * the one table of labels, in Simplified, Traditional and English, that the importers read.
 */
public enum MetadataField {
    SOURCE("来源", "來源", "source"),
    AUTHORS("作者", "撰稿", "author", "authors", "by", "writer", "reporter", "reporters"),
    EDITOR("编辑", "編輯", "责任编辑", "責任編輯", "editor"),
    TIME("时间", "時間", "日期", "发布时间", "發布時間", "发表时间", "發表時間", "date", "time", "published"),
    SUMMARY("内容提要", "內容提要", "提要", "摘要", "summary", "abstract"),
    KICKER("栏目", "欄目", "column", "kicker"),
    SUBTITLE("副标题", "副標題", "subtitle"),
    KEYWORDS("关键词", "關鍵詞", "關鍵字", "keywords"),
    GUESTS("嘉宾", "嘉賓", "访谈嘉宾", "訪談嘉賓", "受访者", "受訪者", "受访嘉宾", "受訪嘉賓", "guest", "guests",
            "interviewee", "interviewees"),
    HOSTS("主持人", "主持", "host", "hosts", "interviewer", "interviewers", "moderator");

    private static final Map<String, MetadataField> BY_LABEL = new HashMap<>();

    static {
        for (MetadataField field : values()) {
            field.labels.forEach(label -> BY_LABEL.put(label, field));
        }
    }

    private final List<String> labels;

    MetadataField(String... labels) {
        this.labels = List.of(labels);
    }

    /** The field {@code label} names (spaces around it and Latin case do not matter), or null. */
    public static MetadataField named(String label) {
        return BY_LABEL.get(label.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A regular expression alternation of the Chinese labels of {@code fields}, longest first (so
     * 责任编辑 is found whole, not as 编辑).
     */
    public static String chineseLabels(Set<MetadataField> fields) {
        return fields.stream().flatMap(f -> f.labels.stream())
                .filter(label -> label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|"));
    }
}
