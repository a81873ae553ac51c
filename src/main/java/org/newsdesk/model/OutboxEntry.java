package org.newsdesk.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One bundle queued for one delivery target. The bundle is named by its content: story,
 * revision and the zip's SHA-256; with the target's name that is the entry's identity.
 *
 * @param rejection   why the target refused it, when {@link DeliveryState#REJECTED}
 * @param lastError   what went wrong at the last attempt (no credentials in it), or {@code null}
 * @param deliveredAt when the target confirmed it, or {@code null}
 * @param releaseAt   when a scheduled publish is (or was) released, or {@code null} when it was sent at once
 * @param embargoUntil the story's embargo: never sent before it; {@code null} when none
 */
public record OutboxEntry(
        long id,
        UUID storyId,
        int revision,
        String sha256,
        String target,
        String slug,
        String headline,
        DeliveryState state,
        int attempts,
        String lastError,
        Rejection rejection,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant updatedAt,
        Instant deliveredAt,
        Instant releaseAt,
        Instant embargoUntil) {

    /** An entry sent as soon as it was queued (no schedule, no embargo). */
    public OutboxEntry(long id, UUID storyId, int revision, String sha256, String target, String slug, String headline,
                       DeliveryState state, int attempts, String lastError, Rejection rejection, Instant nextAttemptAt,
                       Instant createdAt, Instant updatedAt, Instant deliveredAt) {
        this(id, storyId, revision, sha256, target, slug, headline, state, attempts, lastError, rejection, nextAttemptAt,
                createdAt, updatedAt, deliveredAt, null, null);
    }
}
