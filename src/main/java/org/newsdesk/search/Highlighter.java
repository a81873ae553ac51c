package org.newsdesk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Marks the query's units in a story's text. The units are literal (folded) substrings, so
 * finding them is a plain search over text folded the same way, which keeps offsets exact
 * for Chinese, where Lucene's offset-based highlighters would need the analysis run again.
 */
final class Highlighter {

    private static final int CONTEXT = 24;
    private static final int MAX_PIECES = 3;

    private final List<String> needles;

    Highlighter(List<SearchQuery.Unit> units) {
        List<String> n = new ArrayList<>();
        units.forEach(u -> n.add(u.text()));
        n.sort(Comparator.comparingInt(String::length).reversed());
        this.needles = List.copyOf(n);
    }

    /** The whole text with its matches, or null when nothing matches. */
    Highlight whole(SearchField field, String text) {
        List<Highlight.Range> ranges = find(text);
        return ranges.isEmpty() ? null : new Highlight(field, text, ranges, -1, 0);
    }

    /** Up to a few pieces around matches, each inside one line (paragraph) of {@code text}. */
    List<Highlight> pieces(SearchField field, String text, int limit) {
        List<Highlight> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int line = 0; line < lines.length && out.size() < Math.min(limit, MAX_PIECES); line++) {
            String l = lines[line];
            List<Highlight.Range> ranges = find(l);
            if (ranges.isEmpty()) {
                continue;
            }
            int from = Math.max(0, ranges.get(0).start() - CONTEXT);
            int to = from;
            List<Highlight.Range> inPiece = new ArrayList<>();
            for (Highlight.Range r : ranges) {
                if (!inPiece.isEmpty() && r.start() - to > CONTEXT) {
                    break;
                }
                inPiece.add(new Highlight.Range(r.start() - from, r.end() - from));
                to = r.end();
            }
            to = Math.min(l.length(), to + CONTEXT);
            out.add(new Highlight(field, l.substring(from, to), inPiece,
                    field == SearchField.TRANSCRIPT ? line : -1, from));
        }
        return out;
    }

    private List<Highlight.Range> find(String text) {
        String folded = fold(text);
        boolean[] taken = new boolean[text.length()];
        List<Highlight.Range> out = new ArrayList<>();
        for (String needle : needles) {
            for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length())) {
                boolean free = true;
                for (int i = at; i < at + needle.length(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = at; i < at + needle.length(); i++) {
                        taken[i] = true;
                    }
                    out.add(new Highlight.Range(at, at + needle.length()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Highlight.Range::start));
        return out;
    }

    /** Full-width ASCII to ASCII, lower case and Traditional to Simplified, one char for one char so offsets stay. */
    static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                ch = (char) (ch - 0xFEE0);
            }
            c[i] = ScriptFolding.fold(Character.toLowerCase(ch));
        }
        return new String(c);
    }
}
