package org.newsdesk.proof;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Story;

/**
 * Applies findings' suggestions to a story: styles kept, timestamp marks never touched, a
 * finding whose text has changed since it was found left alone.
 */
public final class ProofFixes {

    /** The story after the fixes, and how many were applied. */
    public record Result(Story story, int applied) {
    }

    private ProofFixes() {
    }

    public static Result apply(Story story, List<Finding> findings) {
        Map<String, List<Finding>> byParagraph = new LinkedHashMap<>();
        Map<ProofField, List<Finding>> byField = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.suggestion() == null) {
                continue;
            }
            if (f.paragraphId() != null) {
                byParagraph.computeIfAbsent(f.paragraphId(), k -> new ArrayList<>()).add(f);
            } else {
                byField.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(f);
            }
        }
        int applied = 0;
        Metadata m = story.metadata();
        for (Map.Entry<ProofField, List<Finding>> e : byField.entrySet()) {
            StringBuilder text = new StringBuilder(e.getKey().text(m));
            for (Finding f : descending(e.getValue())) {
                if (matches(text, f)) {
                    text.replace(f.start(), f.end(), f.suggestion());
                    applied++;
                }
            }
            m = e.getKey().with(m, text.toString());
        }
        List<Paragraph> paragraphs = new ArrayList<>(story.paragraphs().size());
        for (Paragraph p : story.paragraphs()) {
            List<Finding> mine = byParagraph.get(p.id());
            if (mine == null) {
                paragraphs.add(p);
                continue;
            }
            List<MutableSpan> spans = new ArrayList<>();
            p.spans().forEach(s -> spans.add(new MutableSpan(s)));
            StringBuilder text = new StringBuilder(p.text());
            for (Finding f : descending(mine)) {
                if (matches(text, f) && replace(spans, f.start(), f.end(), f.suggestion())) {
                    text.replace(f.start(), f.end(), f.suggestion());
                    applied++;
                }
            }
            List<Span> out = new ArrayList<>(spans.size());
            spans.forEach(s -> out.add(new Span(s.text.toString(), s.span.styles(), s.span.time())));
            paragraphs.add(new Paragraph(p.id(), p.speakerKey(), out, p.start()));
        }
        Story fixed = new Story(story.id(), story.slug(), story.status(), m, story.speakers(), paragraphs,
                story.revision(), story.version(), story.createdAt(), story.updatedAt());
        return new Result(fixed, applied);
    }

    /** Later findings first, so earlier offsets stay right; overlapping ones after the first are dropped. */
    private static List<Finding> descending(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start).reversed());
        List<Finding> out = new ArrayList<>();
        int limit = Integer.MAX_VALUE;
        for (Finding f : sorted) {
            if (f.end() <= limit || f.start() == f.end() && f.start() <= limit) {
                out.add(f);
                limit = f.start();
            }
        }
        return out;
    }

    private static boolean matches(CharSequence text, Finding f) {
        if (f.end() > text.length()) {
            return false;
        }
        return f.start() == f.end() || text.subSequence(f.start(), f.end()).toString().equals(f.found());
    }

    private static final class MutableSpan {
        final Span span;
        final StringBuilder text;

        MutableSpan(Span span) {
            this.span = span;
            this.text = new StringBuilder(span.text());
        }
    }

    /** Replaces [start, end) of the paragraph's text inside its spans; false when it would touch a timestamp. */
    private static boolean replace(List<MutableSpan> spans, int start, int end, String with) {
        if (with.length() == end - start && end > start) {
            return replaceInPlace(spans, start, with);
        }
        int offset = 0;
        for (int i = 0; i < spans.size(); i++) {
            MutableSpan s = spans.get(i);
            int len = s.text.length();
            boolean holds = start < offset + len || (start == end && start == offset + len && i == spans.size() - 1);
            if (!holds) {
                offset += len;
                continue;
            }
            if (s.span.has(SpanStyle.TIMESTAMP)) {
                return false;
            }
            int from = start - offset;
            int to = Math.min(end - offset, len);
            int rest = end - offset - to;
            for (int j = i + 1; rest > 0 && j < spans.size(); j++) {
                if (spans.get(j).span.has(SpanStyle.TIMESTAMP)) {
                    return false;
                }
                int take = Math.min(rest, spans.get(j).text.length());
                rest -= take;
            }
            s.text.replace(from, to, with);
            rest = end - offset - to;
            for (int j = i + 1; rest > 0 && j < spans.size(); j++) {
                int take = Math.min(rest, spans.get(j).text.length());
                spans.get(j).text.delete(0, take);
                rest -= take;
            }
            return true;
        }
        return false;
    }

    /** Same length: each character changes inside its own run, so styles stay exactly where they were. */
    private static boolean replaceInPlace(List<MutableSpan> spans, int start, String with) {
        int end = start + with.length();
        int offset = 0;
        for (MutableSpan s : spans) {
            int len = s.text.length();
            if (offset < end && offset + len > start && s.span.has(SpanStyle.TIMESTAMP)) {
                return false;
            }
            offset += len;
        }
        offset = 0;
        for (MutableSpan s : spans) {
            int len = s.text.length();
            for (int k = Math.max(start, offset); k < Math.min(end, offset + len); k++) {
                s.text.setCharAt(k - offset, with.charAt(k - start));
            }
            offset += len;
        }
        return true;
    }
}
