package org.newsdesk.store.server;

/**
 * One paragraph row on the server.
 *
 * @param spansJson the styled runs as JSON (the text is stored beside them for SQL search)
 * @param startMs   where in the recording it starts, or {@code null}
 * @param version   bumped whenever this paragraph's content changes; 0 for one not yet on the server
 */
public record ServerParagraph(String id, String speakerKey, String text, String spansJson, Long startMs, long version) {
}
