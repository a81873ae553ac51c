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
        Instant deliveredAt) {
}
