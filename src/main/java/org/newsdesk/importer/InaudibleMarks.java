package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.text.SourceParagraph;

/**
 * Marks typed for a passage that could not be heard — （听不清）, [聽不清], [inaudible], (??) —
 * become passages marked uncertain, as the editor's own mark is, so that they show and count
 * as unresolved in the transcript. Every import takes them (text files, pasted text, web pages,
 * Word documents; ours highlights them instead). A mark that is the whole of a quotation
 * (“[听不清]”, 「（聽不清）」, "[inaudible]") is someone speaking of the mark, not a gap, and
 * stays text.
 */
final class InaudibleMarks {

    private static final Pattern MARK = Pattern.compile(
            "[\\[［【](?:inaudible|unclear|聽不清|听不清|聽不清楚|听不清楚|\\?+|？+)[\\]］】]"
                    + "|[（(](?:inaudible|unclear|聽不清|听不清|聽不清楚|听不清楚|音不清|\\?+|？+)[）)]",
            Pattern.CASE_INSENSITIVE);

    private static final String OPENING_QUOTES = "“‘「『\"'«《";
    private static final String CLOSING_QUOTES = "”’」』\"'»》";

    private InaudibleMarks() {
    }

    static List<SourceParagraph> mark(List<SourceParagraph> paragraphs) {
        List<SourceParagraph> out = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            SourceParagraph p = paragraphs.get(i);
            List<Span> spans = marked(p);
            if (spans != null && out == null) {
                out = new ArrayList<>(paragraphs.subList(0, i));
            }
            if (out != null) {
                out.add(spans == null ? p : new SourceParagraph(spans, p.heading(), p.line()));
            }
        }
        return out == null ? paragraphs : out;
    }

    /** The spans with every mark in them cut out as an uncertain span; null when there is none. */
    private static List<Span> marked(SourceParagraph p) {
        List<Span> spans = p.spans();
        List<Span> out = null;
        String paragraph = null;
        int offset = 0;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            int at = offset;
            offset += s.text().length();
            Matcher m = s.has(SpanStyle.UNCERTAIN) ? null : MARK.matcher(s.text());
            if (m == null || !m.find()) {
                if (out != null) {
                    out.add(s);
                }
                continue;
            }
            if (paragraph == null) {
                paragraph = p.text();
            }
            int from = 0;
            do {
                if (quoted(paragraph, at + m.start(), at + m.end())) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(spans.subList(0, i));
                }
                if (m.start() > from) {
                    out.add(new Span(s.text().substring(from, m.start()), s.styles(), s.time()));
                }
                Set<SpanStyle> styles = s.styles().isEmpty() ? EnumSet.noneOf(SpanStyle.class) : EnumSet.copyOf(s.styles());
                styles.add(SpanStyle.UNCERTAIN);
                out.add(new Span(m.group(), styles, s.time()));
                from = m.end();
            } while (m.find());
            if (out != null && from < s.text().length()) {
                out.add(new Span(s.text().substring(from), s.styles(), s.time()));
            }
        }
        return out;
    }

    /** The mark at {@code start..end} of {@code text} is all a quotation holds: it is spoken of. */
    private static boolean quoted(String text, int start, int end) {
        if (start == 0 || end >= text.length()) {
            return false;
        }
        int opening = OPENING_QUOTES.indexOf(text.charAt(start - 1));
        return opening >= 0 && CLOSING_QUOTES.charAt(opening) == text.charAt(end);
    }
}
