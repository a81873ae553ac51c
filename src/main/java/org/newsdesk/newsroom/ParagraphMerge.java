package org.newsdesk.newsroom;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;

/**
 * Three-way merge of one paragraph (same id on both sides): its styled text character by
 * character (a character with its styles is one element, so a style change is an edit of that
 * character), its speaker and its start as single values. Any overlap makes the whole paragraph
 * a {@link ParagraphConflict}; nothing of either side is dropped.
 */
public final class ParagraphMerge {

    private ParagraphMerge() {
    }

    /** One character with its styles and (for a timestamp mark) the time it points at. */
    record Glyph(int codePoint, Set<SpanStyle> styles, Duration time) {
    }

    /** A merged paragraph, or {@code null} in {@link Outcome#paragraph()} with the conflict set. */
    public record Outcome(Paragraph paragraph, ParagraphConflict conflict) {
        public boolean clean() {
            return conflict == null;
        }
    }

    public static Outcome merge(Paragraph base, Paragraph mine, Paragraph theirs) {
        if (mine.sameContentAs(theirs)) {
            return new Outcome(mine, null);
        }
        if (base == null) {
            return conflict(null, mine, theirs);
        }
        if (base.sameContentAs(mine)) {
            return new Outcome(theirs.withId(mine.id()), null);
        }
        if (base.sameContentAs(theirs)) {
            return new Outcome(mine, null);
        }
        ThreeWayMerge.Choice<String> speaker = ThreeWayMerge.choose(base.speakerKey(), mine.speakerKey(), theirs.speakerKey());
        ThreeWayMerge.Choice<Duration> start = ThreeWayMerge.choose(base.start(), mine.start(), theirs.start());
        ThreeWayMerge.Result<Glyph> text = ThreeWayMerge.merge(glyphs(base), glyphs(mine), glyphs(theirs));
        if (speaker.conflict() || start.conflict() || !text.clean()) {
            return conflict(base, mine, theirs);
        }
        return new Outcome(new Paragraph(mine.id(), speaker.value(), spans(text.merged()), start.value()), null);
    }

    private static Outcome conflict(Paragraph base, Paragraph mine, Paragraph theirs) {
        return new Outcome(null, new ParagraphConflict(mine.id(), base, mine, theirs));
    }

    static List<Glyph> glyphs(Paragraph p) {
        List<Glyph> out = new ArrayList<>();
        for (Span span : p.spans()) {
            span.text().codePoints().forEach(cp -> out.add(new Glyph(cp, span.styles(), span.time())));
        }
        return out;
    }

    static List<Span> spans(List<Glyph> glyphs) {
        List<Span> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Glyph first = null;
        for (Glyph g : glyphs) {
            if (first != null && !(first.styles().equals(g.styles()) && Objects.equals(first.time(), g.time()))) {
                out.add(new Span(run.toString(), first.styles(), first.time()));
                run.setLength(0);
                first = null;
            }
            if (first == null) {
                first = g;
            }
            run.appendCodePoint(g.codePoint());
        }
        if (first != null) {
            out.add(new Span(run.toString(), first.styles(), first.time()));
        }
        return out;
    }
}
