package org.newsdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One paragraph of the transcript.
 *
 * @param id         stable identity, so that an edit rewrites only this paragraph
 * @param speakerKey the roster key of who speaks, or {@code null} for narration
 * @param spans      the text, as styled runs; adjacent runs have different styles
 */
public record Paragraph(String id, String speakerKey, List<Span> spans) {
    public Paragraph {
        Objects.requireNonNull(id, "id");
        spans = normalise(spans);
    }

    public static Paragraph of(String speakerKey, String text) {
        return new Paragraph(newId(), speakerKey, List.of(Span.plain(text)));
    }

    public static Paragraph narration(String text) {
        return of(null, text);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public boolean isNarration() {
        return speakerKey == null;
    }

    public String text() {
        if (spans.size() == 1) {
            return spans.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        for (Span span : spans) {
            sb.append(span.text());
        }
        return sb.toString();
    }

    public Paragraph withId(String newId) {
        return new Paragraph(newId, speakerKey, spans);
    }

    public Paragraph withSpeaker(String key) {
        return new Paragraph(id, key, spans);
    }

    /** Same speaker and the same styled text, whatever the ids. */
    public boolean sameContentAs(Paragraph other) {
        return Objects.equals(speakerKey, other.speakerKey) && spans.equals(other.spans);
    }

    private static boolean isNormal(List<Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).text().isEmpty()
                    || (i > 0 && spans.get(i - 1).styles().equals(spans.get(i).styles()))) {
                return false;
            }
        }
        return true;
    }

    /** Drops empty runs and merges neighbours with equal styles, so equal text compares equal. */
    private static List<Span> normalise(List<Span> spans) {
        if (spans == null || spans.isEmpty()) {
            return List.of();
        }
        if (isNormal(spans)) {
            // the common case (a stored paragraph): no copy beyond making it immutable
            return List.copyOf(spans);
        }
        List<Span> out = new ArrayList<>(spans.size());
        for (Span span : spans) {
            if (span.text().isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).styles().equals(span.styles())) {
                out.set(last, new Span(out.get(last).text() + span.text(), span.styles()));
            } else {
                out.add(span);
            }
        }
        return List.copyOf(out);
    }
}
