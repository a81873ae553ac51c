package org.newsdesk.model;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A run of text with one set of styles.
 *
 * @param time the playback time a {@link SpanStyle#TIMESTAMP} mark points at (what a click
 *             seeks to, whatever its text says); {@code null} for every other run
 */
public record Span(String text, Set<SpanStyle> styles, Duration time) {
    public Span {
        Objects.requireNonNull(text, "text");
        styles = styles == null || styles.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(styles));
        time = styles.contains(SpanStyle.TIMESTAMP) ? time : null;
    }

    public Span(String text, Set<SpanStyle> styles) {
        this(text, styles, null);
    }

    public static Span plain(String text) {
        return new Span(text, Set.of());
    }

    public static Span styled(String text, SpanStyle first, SpanStyle... rest) {
        return new Span(text, EnumSet.of(first, rest));
    }

    /** A timestamp mark: {@code text} as shown (e.g. [00:12:34]) pointing at {@code time}. */
    public static Span timestamp(String text, Duration time) {
        return new Span(text, Set.of(SpanStyle.TIMESTAMP), Objects.requireNonNull(time, "time"));
    }

    public boolean has(SpanStyle style) {
        return styles.contains(style);
    }

    /** Same styles and the same mark time: neighbours like this are one run. */
    public boolean sameStyleAs(Span other) {
        return styles.equals(other.styles) && Objects.equals(time, other.time);
    }
}
