package org.newsdesk.search;

import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import java.util.List;
import java.util.Map;

/**
 * Folds Traditional characters to Simplified, one UTF-16 unit for one, so that 專員 and 专员
 * index and query as the same text while offsets into the original stay exact (highlights
 * mark what the story says). Character by character and without phrases: folding may merge
 * what a converter keeps apart (乾隆 and 干隆), which costs a search nothing, and never
 * needs context. The table is OpenCC's Traditional→Simplified characters (first choice),
 * plus the variant forms Taiwan and Hong Kong print (裡, 為, 眾 …) where OpenCC lists them.
 */
final class ScriptFolding {

    private static final char[] TABLE = build();

    private ScriptFolding() {
    }

    static char fold(char c) {
        return TABLE[c];
    }

    /** Folds {@code buffer[0..length)} in place. */
    static void fold(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            buffer[i] = TABLE[buffer[i]];
        }
    }

    private static char[] build() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        Map<String, List<String>> traditionalToSimplified = DataMaps.defaults().tsChar();
        traditionalToSimplified.forEach((from, to) -> {
            if (from.length() == 1 && !to.isEmpty() && to.get(0).length() == 1
                    && !Character.isSurrogate(from.charAt(0)) && !Character.isSurrogate(to.get(0).charAt(0))) {
                table[from.charAt(0)] = to.get(0).charAt(0);
            }
        });
        // a variant folds to what its standard form folds to (裡 → 裏 → 里), whichever the map lists
        for (int c = 0; c < table.length; c++) {
            char once = table[c];
            if (once != c && table[once] != once) {
                table[c] = table[once];
            }
        }
        return table;
    }
}
