package org.newsdesk.text;

import java.util.List;
import org.newsdesk.model.Span;

/**
 * A paragraph as a source delivers it, before speakers are known: a line of a text file,
 * a {@code <w:p>} of a Word file, a block of a web page.
 *
 * @param spans   the styled text
 * @param heading the source marks it as a heading (a Word heading style), so it is narration
 */
public record SourceParagraph(List<Span> spans, boolean heading) {

    public SourceParagraph {
        spans = List.copyOf(spans);
    }

    public static SourceParagraph plain(String text) {
        return new SourceParagraph(List.of(Span.plain(text)), false);
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
