package org.newsdesk.workflow.names;

import java.time.Instant;

/** A name used before, as the autocompletion offers it (most used and most recent first). */
public record NameEntry(NameKind kind, String name, Instant lastUsed, int useCount) {
}
