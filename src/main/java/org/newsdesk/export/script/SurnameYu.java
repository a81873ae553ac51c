package org.newsdesk.export.script;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.HashSet;
import java.util.Set;

/**
 * 于 as a surname stays 于 in Traditional text (于丹, 记者于晓峰, 于主任); elsewhere it is the
 * preposition 於 (将于, 对于, 于是). The dictionaries cannot tell a name they do not list, so 于
 * stays where a person's name starts: one the caller knows (the story's roster, authors and names
 * found elsewhere in it), one HanLP's person-name recognition finds in the clause, or one the
 * context makes a name ({@link YuNames}: 记者于文华, 于文华说). Only clauses holding a 于 that
 * became 於 are looked at again, so text without one costs nothing more.
 */
final class SurnameYu {

    private static final class Holder {
        static final Segment NAMES = HanLP.newSegment().enableNameRecognize(true)
                .enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false).enableOrganizationRecognize(false);
    }

    private SurnameYu() {
    }

    /**
     * @param source    the Simplified text
     * @param converted its Traditional conversion
     * @param people    people's names known to be in the story (those starting with 于 count)
     * @return {@code converted} with 于 back wherever the source's 于 starts a person's name
     */
    static String keep(String source, String converted, Set<String> people) {
        if (source.indexOf('于') < 0 || source.length() != converted.length()) {
            return converted;
        }
        char[] out = null;
        for (int i = source.indexOf('于'); i >= 0; i = source.indexOf('于', i + 1)) {
            if (converted.charAt(i) == '於' && nameAt(source, i, people) > 0) {
                if (out == null) {
                    out = converted.toCharArray();
                }
                out[i] = '于';
            }
        }
        return out == null ? converted : new String(out);
    }

    /** The names starting with the surname 于 that {@code text} shows to be people's (于文华 in 记者于文华说). */
    static Set<String> names(String text) {
        Set<String> found = new HashSet<>();
        for (int i = text.indexOf('于'); i >= 0; i = text.indexOf('于', i + 1)) {
            int length = nameAt(text, i, Set.of());
            if (length > 0) {
                found.add(text.substring(i, i + length));
            }
        }
        return found;
    }

    /** The length of the person's name starting at the 于 at {@code i}, or 0 when it is the preposition. */
    private static int nameAt(String source, int i, Set<String> people) {
        for (String name : people) {
            if (name.length() >= 2 && name.charAt(0) == '于' && source.startsWith(name, i)
                    && !YuNames.endsPreposition(source, i)) {
                return name.length();
            }
        }
        int byContext = YuNames.nameAt(source, i);
        if (byContext > 0) {
            return byContext;
        }
        int from = clauseStart(source, i);
        int to = clauseEnd(source, i);
        int at = from;
        for (Term t : Holder.NAMES.seg(source.substring(from, to))) {
            if (at == i) {
                return t.nature != null && t.nature.startsWith("nr") && t.word.length() >= 2 ? t.word.length() : 0;
            }
            at += t.word.length();
            if (at > i) {
                break;
            }
        }
        return 0;
    }

    static boolean boundary(char c) {
        return "，。！？；：、,.!?;:\n“”「」（）()《》".indexOf(c) >= 0;
    }

    private static int clauseStart(String s, int i) {
        int j = i;
        while (j > 0 && !boundary(s.charAt(j - 1)) && i - j < 40) {
            j--;
        }
        return j;
    }

    private static int clauseEnd(String s, int i) {
        int j = i + 1;
        while (j < s.length() && !boundary(s.charAt(j)) && j - i < 40) {
            j++;
        }
        return j;
    }
}
