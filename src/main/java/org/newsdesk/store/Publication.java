package org.newsdesk.store;

import java.time.Instant;
import org.newsdesk.model.DeliveryState;

/**
 * One revision of a story queued for one target: by whom and when.
 *
 * @param queuedBy the editor's name, empty for entries queued before names were recorded
 */
public record Publication(int revision, String target, String queuedBy, Instant queuedAt, DeliveryState state) {
}
