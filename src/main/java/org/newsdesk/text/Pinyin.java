package org.newsdesk.text;

import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tone-less pinyin of Chinese text, a polyphone read by the word it is in (重庆 chong qing,
 * 银行 yin hang, 长江 chang jiang, 行长 hang zhang): the text is cut into words (HanLP) and
 * each word is read by HanLP's pinyin dictionary, with our own list of corrections in front
 * ({@code pinyin-words.txt}). Traditional text is read through its Simplified characters.
 * The dictionaries load on first use (about a second): {@link #prepare()} does that early.
 */
final class Pinyin {

    private static final class Holder {
        static final Segment SEGMENT = HanLP.newSegment()
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false);
        static final Map<String, List<String>> WORDS = words();
        static final int LONGEST_WORD = WORDS.keySet().stream().mapToInt(String::length).max().orElse(0);
        static final Map<String, List<String>> SIMPLIFIED = DataMaps.defaults().tsChar();
    }

    private Pinyin() {
    }

    /** Loads the dictionaries, so that the first slug does not wait for them. */
    static void prepare() {
        syllables("银行");
    }

    /** The syllables of a run of Han characters, lower case ASCII ({@code ü} as {@code v}). */
    static List<String> syllables(String han) {
        String text = simplified(han);
        List<String> out = new ArrayList<>(text.length());
        for (Term term : Holder.SEGMENT.seg(text)) {
            read(term.word, out);
        }
        return out;
    }

    private static void read(String word, List<String> out) {
        int i = 0;
        while (i < word.length()) {
            int taken = 0;
            for (int len = Math.min(Holder.LONGEST_WORD, word.length() - i); len >= 2 && taken == 0; len--) {
                List<String> known = Holder.WORDS.get(word.substring(i, i + len));
                if (known != null) {
                    out.addAll(known);
                    taken = len;
                }
            }
            if (taken > 0) {
                i += taken;
                continue;
            }
            // the dictionary's reading of the rest of the word, up to the next listed word
            int j = i + 1;
            while (j < word.length() && !startsListedWord(word, j)) {
                j++;
            }
            for (com.hankcs.hanlp.dictionary.py.Pinyin p : HanLP.convertToPinyinList(word.substring(i, j))) {
                String s = p.getPinyinWithoutTone().replace('ü', 'v');
                if (!s.equals("none") && s.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    out.add(s);
                }
            }
            i = j;
        }
    }

    private static boolean startsListedWord(String word, int at) {
        for (int len = Math.min(Holder.LONGEST_WORD, word.length() - at); len >= 2; len--) {
            if (Holder.WORDS.containsKey(word.substring(at, at + len))) {
                return true;
            }
        }
        return false;
    }

    private static String simplified(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            List<String> forms = Holder.SIMPLIFIED.get(ch);
            sb.append(forms == null || forms.isEmpty() ? ch : forms.get(0));
        });
        return sb.toString();
    }

    private static Map<String, List<String>> words() {
        try (InputStream in = Pinyin.class.getResourceAsStream("pinyin-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: pinyin-words.txt");
            }
            Map<String, List<String>> out = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\t");
                out.put(parts[0], List.of(parts[1].strip().split(" +")));
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
