package org.newsdesk.sync;

/** Ends a delivery attempt early with the outcome it came to. */
final class DeliveryStopped extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient DeliveryOutcome outcome;

    DeliveryStopped(DeliveryOutcome outcome) {
        super(null, null, false, false);
        this.outcome = outcome;
    }

    DeliveryOutcome outcome() {
        return outcome;
    }
}
