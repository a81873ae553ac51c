package org.newsdesk.export.script;

import com.github.houbb.opencc4j.support.segment.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Splits text into the longest phrases of one dictionary, left to right, single
 * characters where no phrase starts (OpenCC's forward maximum matching), taking a phrase
 * only where it does not cut through a word.
 *
 * <p>A phrase may be one word, lie inside one word, or cover whole words; it may not start
 * or end inside a word. That keeps 采取了如下 from being read as 了如 (→ 瞭如) while 一公里
 * (一/公里) and 干事 inside 干事创业 still count. Where the longest phrase cuts a word, the
 * next shorter one is tried, and then a single character.
 *
 * <p>Segmenting is the costly part, so a clause (a run between punctuation or spaces) is
 * segmented only when a <em>deciding</em> phrase starts in it: one whose conversion differs
 * from converting its characters one by one. A clause without one converts the same
 * whichever phrases are taken, so its words do not matter. Override phrases (the shipped
 * and the newsroom's lists) are the newsroom's own word and are taken where they match.
 *
 * <p>Ours rather than opencc4j's {@code DataMapFastForwardSegment}: that one keeps its
 * phrase index in a static field filled by whichever data map comes first, so a second
 * engine (the other direction, or one with different overrides) silently segments with
 * the first one's phrases. The index is a trie whose first level is an array over all
 * UTF-16 units and whose lower levels are sorted arrays: no boxing and no substring per
 * probe.
 */
final class LongestMatchSegment implements Segment {

    /** How a phrase is treated. */
    enum Kind {
        /** Converts like its characters one by one: taken greedily where words are unknown. */
        PLAIN,
        /** Converts differently from its characters: taken only on word edges. */
        DECIDING,
        /** From an override list: taken wherever it matches. */
        OVERRIDE
    }

    private static final byte NONE = 0;
    private static final byte PLAIN = 1;
    private static final byte DECIDING = 2;
    private static final byte OVERRIDE = 3;

    private final Node[] root = new Node[Character.MAX_VALUE + 1];
    private final WordSegmenter words;
    private final UnaryOperator<String> forSegmenter;

    /**
     * @param phrases      the phrase keys with their kinds
     * @param words        the segmenter that finds word edges
     * @param forSegmenter turns a clause into the script the segmenter reads (same length)
     */
    LongestMatchSegment(Map<String, Kind> phrases, WordSegmenter words, UnaryOperator<String> forSegmenter) {
        this.words = words;
        this.forSegmenter = forSegmenter;
        Builder[] builders = new Builder[Character.MAX_VALUE + 1];
        phrases.forEach((p, kind) -> {
            if (p.length() < 2) {
                return;
            }
            Builder b = builders[p.charAt(0)];
            if (b == null) {
                b = new Builder();
                builders[p.charAt(0)] = b;
            }
            for (int i = 1; i < p.length(); i++) {
                b = b.children.computeIfAbsent(p.charAt(i), c -> new Builder());
            }
            b.kind = switch (kind) {
                case PLAIN -> PLAIN;
                case DECIDING -> DECIDING;
                case OVERRIDE -> OVERRIDE;
            };
        });
        for (int c = 0; c < builders.length; c++) {
            if (builders[c] != null) {
                root[c] = builders[c].freeze();
            }
        }
    }

    @Override
    public List<String> seg(String text) {
        int n = text.length();
        List<String> out = new ArrayList<>(n / 2 + 1);
        int[] ends = new int[16];
        byte[] kinds = new byte[16];
        int clauseEnd = -1;
        boolean[] edges = null; // word edges of the current clause, index relative to clauseStart
        int clauseStart = 0;
        int i = 0;
        while (i < n) {
            if (i >= clauseEnd) {
                clauseStart = i;
                clauseEnd = clauseEnd(text, i);
                edges = hasDecidingPhrase(text, i, clauseEnd) ? wordEdges(text, i, clauseEnd) : null;
            }
            int found = phrasesAt(text, i, ends, kinds);
            int taken = 0;
            for (int k = found - 1; k >= 0 && taken == 0; k--) {
                if (kinds[k] == OVERRIDE || edges == null || ends[k] > clauseEnd
                        || keepsWords(edges, i - clauseStart, ends[k] - clauseStart)) {
                    taken = ends[k] - i;
                }
            }
            if (taken == 0) {
                // one code point, so a supplementary character is never split
                taken = Character.charCount(text.codePointAt(i));
            }
            out.add(text.substring(i, i + taken));
            i += taken;
        }
        return out;
    }

    /** A phrase from {@code s} to {@code e} keeps words whole: both ends on edges, or no edge inside it. */
    private static boolean keepsWords(boolean[] edges, int s, int e) {
        if (edges[s] && edges[e]) {
            return true;
        }
        for (int p = s + 1; p < e; p++) {
            if (edges[p]) {
                return false;
            }
        }
        return true;
    }

    private boolean[] wordEdges(String text, int start, int end) {
        String clause = forSegmenter.apply(text.substring(start, end));
        int[] lengths = clause.length() == end - start ? words.wordLengths(clause) : null;
        if (lengths == null) {
            return null;
        }
        boolean[] edges = new boolean[end - start + 1];
        int p = 0;
        edges[0] = true;
        for (int len : lengths) {
            p += len;
            edges[p] = true;
        }
        return edges;
    }

    /** The end of the clause starting at {@code start}: its first separator, or one unit on if it is one. */
    private static int clauseEnd(String text, int start) {
        if (isSeparator(text.charAt(start))) {
            return start + 1;
        }
        int p = start + 1;
        while (p < text.length() && !isSeparator(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean isSeparator(char c) {
        return !(Character.isLetterOrDigit(c) || Character.isSurrogate(c) || c == '·' || c == '-');
    }

    private boolean hasDecidingPhrase(String text, int start, int end) {
        for (int s = start; s < end - 1; s++) {
            Node node = root[text.charAt(s)];
            int j = s + 1;
            while (node != null && j < text.length()) {
                node = node.child(text.charAt(j));
                j++;
                if (node != null && node.kind == DECIDING) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Fills {@code ends}/{@code kinds} with every phrase (two or more units) starting at {@code start}, shortest first. */
    private int phrasesAt(String text, int start, int[] ends, byte[] kinds) {
        Node node = root[text.charAt(start)];
        int found = 0;
        int j = start + 1;
        while (node != null && j < text.length()) {
            node = node.child(text.charAt(j));
            j++;
            if (node != null && node.kind != NONE && found < ends.length) {
                ends[found] = j;
                kinds[found] = node.kind;
                found++;
            }
        }
        return found;
    }

    private static final class Node {
        final char[] keys;
        final Node[] children;
        final byte kind;

        Node(char[] keys, Node[] children, byte kind) {
            this.keys = keys;
            this.children = children;
            this.kind = kind;
        }

        Node child(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k >= 0 ? children[k] : null;
        }
    }

    private static final class Builder {
        final Map<Character, Builder> children = new TreeMap<>();
        byte kind = NONE;

        Node freeze() {
            char[] keys = new char[children.size()];
            Node[] nodes = new Node[children.size()];
            int k = 0;
            for (Map.Entry<Character, Builder> e : children.entrySet()) {
                keys[k] = e.getKey();
                nodes[k] = e.getValue().freeze();
                k++;
            }
            return new Node(keys, nodes, kind);
        }
    }
}
