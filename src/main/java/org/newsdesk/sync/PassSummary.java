package org.newsdesk.sync;

/**
 * What one pass over the due entries came to ({@code sync --once}).
 *
 * @param delivered entries the targets confirmed
 * @param failed    entries that failed and wait for their next attempt
 * @param rejected  entries a target refused for good
 */
public record PassSummary(int delivered, int failed, int rejected) {

    public boolean allDelivered() {
        return failed == 0 && rejected == 0;
    }
}
