package org.newsdesk.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A run of text with one set of styles. */
public record Span(String text, Set<SpanStyle> styles) {
    public Span {
        Objects.requireNonNull(text, "text");
        styles = styles == null || styles.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(styles));
    }

    public static Span plain(String text) {
        return new Span(text, Set.of());
    }

    public static Span styled(String text, SpanStyle first, SpanStyle... rest) {
        return new Span(text, EnumSet.of(first, rest));
    }

    public boolean has(SpanStyle style) {
        return styles.contains(style);
    }
}
