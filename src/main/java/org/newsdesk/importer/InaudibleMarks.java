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
 * as unresolved in the transcript. A Word document by others types them; ours highlights them.
 */
final class InaudibleMarks {

    private static final Pattern MARK = Pattern.compile(
            "[\\[［【](?:inaudible|unclear|聽不清|听不清|聽不清楚|听不清楚|\\?+|？+)[\\]］】]"
                    + "|[（(](?:inaudible|unclear|聽不清|听不清|聽不清楚|听不清楚|音不清|\\?+|？+)[）)]",
            Pattern.CASE_INSENSITIVE);

    private InaudibleMarks() {
    }

    static List<SourceParagraph> mark(List<SourceParagraph> paragraphs) {
        List<SourceParagraph> out = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            SourceParagraph p = paragraphs.get(i);
            List<Span> spans = marked(p.spans());
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
    private static List<Span> marked(List<Span> spans) {
        List<Span> out = null;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            Matcher m = s.has(SpanStyle.UNCERTAIN) ? null : MARK.matcher(s.text());
            if (m == null || !m.find()) {
                if (out != null) {
                    out.add(s);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans.subList(0, i));
            }
            int from = 0;
            do {
                if (m.start() > from) {
                    out.add(new Span(s.text().substring(from, m.start()), s.styles(), s.time()));
                }
                Set<SpanStyle> styles = s.styles().isEmpty() ? EnumSet.noneOf(SpanStyle.class) : EnumSet.copyOf(s.styles());
                styles.add(SpanStyle.UNCERTAIN);
                out.add(new Span(m.group(), styles, s.time()));
                from = m.end();
            } while (m.find());
            if (from < s.text().length()) {
                out.add(new Span(s.text().substring(from), s.styles(), s.time()));
            }
        }
        return out;
    }
}
