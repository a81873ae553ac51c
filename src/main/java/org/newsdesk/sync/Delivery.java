package org.newsdesk.sync;

import java.nio.file.Path;

/**
 * One exported bundle to deliver to one target.
 *
 * @param storyId  the story's id
 * @param revision the story revision the bundle was exported from
 * @param slug     the story's slug (folder name on folder and WebDAV targets)
 * @param sha256   the zip's SHA-256 in lower-case hex: the bundle's identity and idempotency key
 * @param zip      the bundle zip on local disk
 */
public record Delivery(String storyId, int revision, String slug, String sha256, Path zip) {
}
