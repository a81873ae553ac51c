package org.newsdesk.store;

/**
 * The outbox at a glance, for the status bar.
 *
 * @param waiting  entries still to deliver (pending, sending or failed)
 * @param failed   of those, entries whose last attempt failed
 * @param rejected entries a target refused, waiting for the editor
 */
public record OutboxCounts(int waiting, int failed, int rejected) {
}
