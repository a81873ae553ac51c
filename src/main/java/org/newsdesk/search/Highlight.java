package org.newsdesk.search;

import java.util.List;

/**
 * A piece of a matching story with the matches marked.
 *
 * @param field          where the text comes from
 * @param text           the piece of text (a headline whole; transcript and metadata cut around the matches)
 * @param matches        the matched ranges in {@code text}, in order, not overlapping
 * @param paragraphIndex for the transcript, the paragraph the piece is from (from 0); otherwise -1
 * @param offset         where {@code text} starts inside that paragraph (or the field)
 */
public record Highlight(SearchField field, String text, List<Range> matches, int paragraphIndex, int offset) {

    /** Characters [start, end) of the highlight's text. */
    public record Range(int start, int end) {
    }

    public Highlight {
        matches = List.copyOf(matches);
    }

    /** The text with each match wrapped, e.g. {@code marked("【", "】")} or {@code marked("<mark>", "</mark>")}. */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder(text.length() + matches.size() * (open.length() + close.length()));
        int at = 0;
        for (Range r : matches) {
            sb.append(text, at, r.start()).append(open).append(text, r.start(), r.end()).append(close);
            at = r.end();
        }
        return sb.append(text.substring(at)).toString();
    }
}
