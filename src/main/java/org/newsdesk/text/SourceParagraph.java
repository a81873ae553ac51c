package org.newsdesk.text;

import java.util.List;
import org.newsdesk.model.Span;

/**
 * A paragraph as a source delivers it, before speakers are known: a line of a text file,
 * a {@code <w:p>} of a Word file, a block of a web page.
 *
 * @param spans   the styled text
 * @param heading the source marks it as a heading (a Word heading style), so it is narration
 * @param line    where it is in the source, 1-based (the line of a text file), 0 when unknown;
 *                import notes point the editor there
 */
public record SourceParagraph(List<Span> spans, boolean heading, int line) {

    public SourceParagraph {
        spans = List.copyOf(spans);
    }

    public SourceParagraph(List<Span> spans, boolean heading) {
        this(spans, heading, 0);
    }

    public static SourceParagraph plain(String text) {
        return new SourceParagraph(List.of(Span.plain(text)), false, 0);
    }

    public static SourceParagraph plain(String text, int line) {
        return new SourceParagraph(List.of(Span.plain(text)), false, line);
    }

    public String text() {
        if (spans.size() == 1) {
            return spans.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
