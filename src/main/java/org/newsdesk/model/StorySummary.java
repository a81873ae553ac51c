package org.newsdesk.model;

import java.time.Instant;
import java.util.UUID;

/** A story as the library list shows it, without its transcript. */
public record StorySummary(
        UUID id,
        String slug,
        String headline,
        Status status,
        Integer part,
        String editor,
        int revision,
        Instant updatedAt,
        Instant deletedAt) {

    public boolean inTrash() {
        return deletedAt != null;
    }
}
