package org.newsdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One page: its metadata, speaker roster and ordered paragraphs.
 *
 * @param revision number of the last explicit save (snapshot), 0 before the first
 * @param version  optimistic-lock counter, bumped by every write
 */
public record Story(
        UUID id,
        String slug,
        Status status,
        Metadata metadata,
        List<Speaker> speakers,
        List<Paragraph> paragraphs,
        int revision,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Story {
        Objects.requireNonNull(id, "id");
        slug = slug == null ? "" : slug;
        status = status == null ? Status.DRAFT : status;
        metadata = metadata == null ? Metadata.withHeadline("") : metadata;
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /** The same content with another status (what a kept revision is exported or published as). */
    public Story withStatus(Status value) {
        return new Story(id, slug, value, metadata, speakers, paragraphs, revision, version, createdAt, updatedAt);
    }

    /** The same content under another revision number (the newsroom's number for a published bundle). */
    public Story withRevision(int value) {
        return new Story(id, slug, status, metadata, speakers, paragraphs, value, version, createdAt, updatedAt);
    }

    public Speaker speaker(String key) {
        for (Speaker s : speakers) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
