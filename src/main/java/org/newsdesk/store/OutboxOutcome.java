package org.newsdesk.store;

import java.time.Instant;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.Rejection;

/**
 * What one delivery attempt of an entry came to, to be recorded.
 *
 * @param state       DELIVERED, FAILED or REJECTED
 * @param error       the failure or refusal, for the editor; {@code null} when delivered
 * @param rejection   why it was refused, when REJECTED
 * @param nextAttempt when to try again, when FAILED
 */
public record OutboxOutcome(long entryId, DeliveryState state, String error, Rejection rejection, Instant nextAttempt) {

    public static OutboxOutcome delivered(long entryId) {
        return new OutboxOutcome(entryId, DeliveryState.DELIVERED, null, null, null);
    }

    public static OutboxOutcome failed(long entryId, String error, Instant nextAttempt) {
        return new OutboxOutcome(entryId, DeliveryState.FAILED, error, null, nextAttempt);
    }

    public static OutboxOutcome rejected(long entryId, Rejection rejection, String message) {
        return new OutboxOutcome(entryId, DeliveryState.REJECTED, message, rejection, null);
    }
}
