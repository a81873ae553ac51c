package org.newsdesk.model;

/** Where one bundle stands on its way to one delivery target. */
public enum DeliveryState {
    /** Queued, waiting for its turn. */
    PENDING,
    /**
     * Held until its release time (a publish time or embargo in the future): the worker makes it
     * PENDING then, never before; the editor may cancel it meanwhile.
     */
    SCHEDULED,
    /** A worker is sending it now. */
    SENDING,
    /** The target confirmed it holds the bundle; never sent again. */
    DELIVERED,
    /** The last attempt failed for a reason that may pass; it is tried again at its next attempt time. */
    FAILED,
    /** The target refused it for good; the editor must act. */
    REJECTED,
    /** The editor withdrew it from the outbox. */
    CANCELLED;

    /** Whether the outbox still has work to do for an entry in this state. */
    public boolean open() {
        return this == PENDING || this == SCHEDULED || this == SENDING || this == FAILED;
    }
}
