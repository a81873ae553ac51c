package org.newsdesk.export.script;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * 于 as a surname stays 于 in Traditional text (于丹, 记者于晓峰, 于主任); elsewhere it is the
 * preposition 於 (将于, 对于, 于是). The dictionaries cannot tell a name they do not list, so the
 * clause around each 于 that became 於 is read by HanLP with person-name recognition on: a person
 * name (nr) starting at that 于 keeps it. Only clauses holding such a 于 are read again, so
 * text without one costs nothing more.
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
     * @return {@code converted} with 于 back wherever the source's 于 starts a person's name
     */
    static String keep(String source, String converted) {
        if (source.indexOf('于') < 0 || source.length() != converted.length()) {
            return converted;
        }
        char[] out = null;
        int i = source.indexOf('于');
        while (i >= 0) {
            if (converted.charAt(i) == '於') {
                int from = clauseStart(source, i);
                int to = clauseEnd(source, i);
                List<Term> terms = Holder.NAMES.seg(source.substring(from, to));
                int at = from;
                for (Term t : terms) {
                    if (at == i) {
                        if (t.nature != null && t.nature.startsWith("nr") && t.word.length() >= 2) {
                            if (out == null) {
                                out = converted.toCharArray();
                            }
                            out[i] = '于';
                        }
                        break;
                    }
                    at += t.word.length();
                    if (at > i) {
                        break;
                    }
                }
            }
            i = source.indexOf('于', i + 1);
        }
        return out == null ? converted : new String(out);
    }

    private static boolean boundary(char c) {
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
