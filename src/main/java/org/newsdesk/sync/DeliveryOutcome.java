package org.newsdesk.sync;

import java.time.Duration;

/** What one delivery attempt came to. */
public sealed interface DeliveryOutcome {

    /** The target confirmed it holds the bundle; the receipt says how, for the editor. */
    record Delivered(DeliveryReceipt receipt) implements DeliveryOutcome {
    }

    /**
     * A fault that may pass (5xx, timeout, reset, refused, network gone): try again later.
     *
     * @param error      what went wrong, for the editor; never contains credentials
     * @param retryAfter the delay the target asked for, or {@code null}
     */
    record Retry(DeliveryProblem error, Duration retryAfter) implements DeliveryOutcome {
    }

    /** The target said no for good: the editor must act; never retried on its own. */
    record Rejected(Reason reason, DeliveryProblem problem) implements DeliveryOutcome {
    }

    /** Why a target refused a bundle for good. */
    enum Reason {
        /** The portal holds a newer revision (HTTP 409). */
        CONFLICT,
        /** Credentials missing or refused (HTTP 401/403). */
        CREDENTIALS,
        /** The bundle itself was refused (HTTP 413/422, or any other permanent refusal). */
        REFUSED
    }
}
