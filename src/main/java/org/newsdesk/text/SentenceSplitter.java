package org.newsdesk.text;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Span;

/**
 * Splits long paragraphs at sentence ends: the editor slows down sharply on very long
 * paragraphs (see STACK-NOTES), so none may exceed {@link #MAX_PARAGRAPH_LENGTH}. The cut
 * goes after the last 。！？.!? (and any closing quote or bracket right after it) within
 * the limit; a paragraph without one there is cut hard at the limit, never inside a
 * surrogate pair.
 */
public final class SentenceSplitter {

    public static final int MAX_PARAGRAPH_LENGTH = 2_000;

    private SentenceSplitter() {
    }

    public static List<String> split(String text, int max) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts(text, max)) {
            out.add(text.substring(from, cut));
            from = cut;
        }
        out.add(text.substring(from));
        return out;
    }

    /** The styled version: each piece keeps its runs' styles. */
    public static List<List<Span>> split(List<Span> spans, int max) {
        String text = textOf(spans);
        if (text.length() <= max) {
            return List.of(spans);
        }
        List<List<Span>> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts(text, max)) {
            out.add(slice(spans, from, cut));
            from = cut;
        }
        out.add(slice(spans, from, text.length()));
        return out;
    }

    /** Positions to cut at, so that every piece is at most {@code max} long. */
    static List<Integer> cuts(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2: " + max);
        }
        List<Integer> cuts = new ArrayList<>();
        int from = 0;
        while (text.length() - from > max) {
            int limit = from + max;
            int cut = -1;
            for (int i = limit; i > from; i--) {
                if (isSentenceEnd(text.charAt(i - 1))) {
                    cut = i;
                    while (cut < limit && isClosing(text.charAt(cut))) {
                        cut++;
                    }
                    break;
                }
            }
            if (cut < 0) {
                cut = limit;
                if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                    cut--;
                }
            }
            cuts.add(cut);
            from = cut;
        }
        return cuts;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '.' || c == '!' || c == '?';
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"' || c == '》';
    }

    static String textOf(List<Span> spans) {
        if (spans.size() == 1) {
            return spans.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    /** The runs covering characters [from, to) of the spans' text. */
    static List<Span> slice(List<Span> spans, int from, int to) {
        if (spans.size() == 1) {
            Span only = spans.get(0);
            return from == 0 && to == only.text().length()
                    ? spans : List.of(new Span(only.text().substring(from, to), only.styles(), only.time()));
        }
        List<Span> out = new ArrayList<>();
        int pos = 0;
        for (Span s : spans) {
            int end = pos + s.text().length();
            int a = Math.max(from, pos);
            int b = Math.min(to, end);
            if (a < b) {
                out.add(new Span(s.text().substring(a - pos, b - pos), s.styles(), s.time()));
            }
            pos = end;
        }
        return out;
    }
}
