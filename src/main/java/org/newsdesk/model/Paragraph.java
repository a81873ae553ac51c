package org.newsdesk.model;

import java.time.Duration;
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
 * @param start      where in the recording this paragraph starts, {@code null} when unknown
 */
public record Paragraph(String id, String speakerKey, List<Span> spans, Duration start) {
    public Paragraph {
        Objects.requireNonNull(id, "id");
        spans = normalise(spans);
        if (start != null && start.isNegative()) {
            throw new IllegalArgumentException("negative start " + start);
        }
    }

    public Paragraph(String id, String speakerKey, List<Span> spans) {
        this(id, speakerKey, spans, null);
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
        return new Paragraph(newId, speakerKey, spans, start);
    }

    public Paragraph withSpeaker(String key) {
        return new Paragraph(id, key, spans, start);
    }

    public Paragraph withStart(Duration time) {
        return new Paragraph(id, speakerKey, spans, time);
    }

    /**
     * Where this paragraph is heard in the recording: its recorded start, else the
     * earliest timestamp mark in it; {@code null} when neither is known.
     */
    public Duration knownStart() {
        if (start != null) {
            return start;
        }
        Duration earliest = null;
        for (Span span : spans) {
            if (span.time() != null && (earliest == null || span.time().compareTo(earliest) < 0)) {
                earliest = span.time();
            }
        }
        return earliest;
    }

    /** Same speaker, start and styled text, whatever the ids. */
    public boolean sameContentAs(Paragraph other) {
        return Objects.equals(speakerKey, other.speakerKey) && Objects.equals(start, other.start)
                && spans.equals(other.spans);
    }

    private static boolean isNormal(List<Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).text().isEmpty()
                    || (i > 0 && spans.get(i - 1).sameStyleAs(spans.get(i)))) {
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
            if (last >= 0 && out.get(last).sameStyleAs(span)) {
                out.set(last, new Span(out.get(last).text() + span.text(), span.styles(), span.time()));
            } else {
                out.add(span);
            }
        }
        return List.copyOf(out);
    }
}
