package org.newsdesk.export.script;

import com.github.houbb.opencc4j.support.segment.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Splits text into the longest phrases of one dictionary, left to right, single
 * characters where no phrase starts (OpenCC's forward maximum matching).
 *
 * <p>Ours rather than opencc4j's {@code DataMapFastForwardSegment}: that one keeps its
 * phrase index in a static field filled by whichever data map comes first, so a second
 * engine (the other direction, or one with different overrides) silently segments with
 * the first one's phrases.
 *
 * <p>The index is a trie whose first level is an array over all UTF-16 units and whose
 * lower levels are sorted arrays: no boxing and no substring per probe, so segmenting
 * costs less than the library's own conversion of the segments.
 */
final class LongestMatchSegment implements Segment {

    private final Node[] root = new Node[Character.MAX_VALUE + 1];

    LongestMatchSegment(Set<String> phraseKeys) {
        Builder[] builders = new Builder[Character.MAX_VALUE + 1];
        for (String p : phraseKeys) {
            if (p.length() < 2) {
                continue;
            }
            Builder b = builders[p.charAt(0)];
            if (b == null) {
                b = new Builder();
                builders[p.charAt(0)] = b;
            }
            for (int i = 1; i < p.length(); i++) {
                b = b.children.computeIfAbsent(p.charAt(i), c -> new Builder());
            }
            b.terminal = true;
        }
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
        int i = 0;
        while (i < n) {
            int taken = longestPhraseAt(text, i);
            if (taken == 0) {
                // one code point, so a supplementary character is never split
                taken = Character.charCount(text.codePointAt(i));
            }
            out.add(text.substring(i, i + taken));
            i += taken;
        }
        return out;
    }

    /** Length of the longest phrase (two or more units) starting at {@code start}, or 0. */
    private int longestPhraseAt(String text, int start) {
        Node node = root[text.charAt(start)];
        int best = 0;
        int j = start + 1;
        while (node != null && j < text.length()) {
            node = node.child(text.charAt(j));
            j++;
            if (node != null && node.terminal) {
                best = j - start;
            }
        }
        return best;
    }

    private static final class Node {
        final char[] keys;
        final Node[] children;
        final boolean terminal;

        Node(char[] keys, Node[] children, boolean terminal) {
            this.keys = keys;
            this.children = children;
            this.terminal = terminal;
        }

        Node child(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k >= 0 ? children[k] : null;
        }
    }

    private static final class Builder {
        final Map<Character, Builder> children = new TreeMap<>();
        boolean terminal;

        Node freeze() {
            char[] keys = new char[children.size()];
            Node[] nodes = new Node[children.size()];
            int k = 0;
            for (Map.Entry<Character, Builder> e : children.entrySet()) {
                keys[k] = e.getKey();
                nodes[k] = e.getValue().freeze();
                k++;
            }
            return new Node(keys, nodes, terminal);
        }
    }
}
