package org.newsdesk.workflow.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The portal channels a story can appear in. The list is configurable; the default is the
 * portal's own navigation (the seed page's menu, in the portal's script).
 */
public record ChannelList(List<String> names) {

    public static final ChannelList DEFAULT = new ChannelList(List.of(
            "新聞", "天津", "民生", "教育", "健康", "財經", "廣電", "讀圖", "文娛", "體育", "理論", "志願", "專題",
            "地產", "旅游", "時尚", "汽車", "IT", "親子", "訪談"));

    public ChannelList {
        names = List.copyOf(new LinkedHashSet<>(names));
    }

    public boolean contains(String channel) {
        return names.contains(channel);
    }

    /** Splits "新聞, 天津、民生" (comma, ideographic comma, semicolon or new line) into trimmed, non-empty names. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[,，、;；\\n]")) {
            String t = part.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Names in order without duplicates. */
    public static List<String> distinct(List<String> names) {
        Set<String> set = new LinkedHashSet<>(names);
        return List.copyOf(set);
    }
}
