package org.newsdesk.importer;

import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds Traditional characters to Simplified ones, character by character, so that two names
 * written in different scripts (港灣市交通訪談 and 港湾市交通访谈) compare equal. A fold for
 * comparing, never for showing: phrase-level conversion is the exporter's job.
 */
final class ScriptFold {

    private static volatile Map<Character, Character> table;

    private ScriptFold() {
    }

    static String fold(String text) {
        Map<Character, Character> t = table();
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            sb.append(t.getOrDefault(c, c));
        }
        return sb.toString();
    }

    private static Map<Character, Character> table() {
        Map<Character, Character> t = table;
        if (t == null) {
            synchronized (ScriptFold.class) {
                if (table == null) {
                    Map<Character, Character> built = new HashMap<>();
                    for (Map.Entry<String, List<String>> e : DataMaps.defaults().tsChar().entrySet()) {
                        if (e.getKey().length() == 1 && !e.getValue().isEmpty() && e.getValue().get(0).length() == 1) {
                            built.put(e.getKey().charAt(0), e.getValue().get(0).charAt(0));
                        }
                    }
                    table = built;
                }
                t = table;
            }
        }
        return t;
    }
}
