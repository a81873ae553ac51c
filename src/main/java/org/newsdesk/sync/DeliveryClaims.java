package org.newsdesk.sync;

import org.newsdesk.model.OutboxEntry;

/**
 * Asked by the delivery worker before it sends an entry, so that among several workstations
 * only one delivers a story revision to a target (a newsroom server holds the claims). Called
 * on worker threads; implementations must be thread-safe.
 */
public interface DeliveryClaims {

    /** No newsroom: every entry is this workstation's to deliver. */
    DeliveryClaims NONE = new DeliveryClaims() {
        @Override
        public DeliveryOutcome claim(OutboxEntry entry) {
            return null;
        }

        @Override
        public void finished(OutboxEntry entry, DeliveryOutcome outcome) {
            // nothing was claimed
        }
    };

    /**
     * Claims the entry: {@code null} means "deliver it"; any outcome is recorded instead of
     * delivering (delivered elsewhere, someone else is on it: retry later, refused).
     */
    DeliveryOutcome claim(OutboxEntry entry);

    /**
     * The number the portal gets {@code entry}'s revision under (the one its bundle carries):
     * the entry's own outside a newsroom.
     */
    default int revision(OutboxEntry entry) {
        return entry.revision();
    }

    /** Ends a claim this workstation holds, with what the delivery came to. */
    void finished(OutboxEntry entry, DeliveryOutcome outcome);
}
