package org.newsdesk.sync;

import org.newsdesk.model.OutboxEntry;

/**
 * One finished delivery attempt, as the worker tells its listeners.
 *
 * @param entry   the entry as stored after the attempt
 * @param outcome what the target said
 */
public record DeliveryEvent(OutboxEntry entry, DeliveryOutcome outcome) {
}
