package org.newsdesk.sync;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One exported bundle to deliver to one target.
 *
 * @param storyId  the story's id
 * @param revision the story revision the bundle was exported from
 * @param slug     the story's slug (folder name on folder and WebDAV targets)
 * @param sha256   the zip's SHA-256 in lower-case hex: the bundle's identity and idempotency key
 * @param zip      the bundle zip on local disk
 * @param scheduledFor when a scheduled publish was released (its publish time), or {@code null}
 * @param embargoUntil the story's embargo, or {@code null}
 */
public record Delivery(String storyId, int revision, String slug, String sha256, Path zip, Instant scheduledFor,
                       Instant embargoUntil) {

    /** A delivery sent as soon as it was queued, with no embargo. */
    public Delivery(String storyId, int revision, String slug, String sha256, Path zip) {
        this(storyId, revision, slug, sha256, zip, null, null);
    }
}
