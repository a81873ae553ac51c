package org.newsdesk.model;

/** Character-level styles and marks a span of transcript text can carry. */
public enum SpanStyle {
    BOLD,
    ITALIC,
    /** A playback time such as [00:12:34]; left out of exports unless asked for. */
    TIMESTAMP,
    /** An inaudible or uncertain passage the editor still has to resolve. */
    UNCERTAIN,
    /** An editor's note: never exported. */
    NOTE
}
