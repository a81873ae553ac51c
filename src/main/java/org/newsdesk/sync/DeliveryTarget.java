package org.newsdesk.sync;

/**
 * A place bundles are delivered to: the portal's HTTP bundle API, a WebDAV upload
 * folder, or a local or mounted folder. Implementations are safe to call from the
 * sync worker's threads, never from the FX thread.
 */
public interface DeliveryTarget {

    /** The target's name as configured (unique). */
    String name();

    /**
     * Sends one bundle. Returns what happened; never throws for network or server
     * faults (those are {@link DeliveryOutcome.Retry}).
     */
    DeliveryOutcome deliver(Delivery delivery) throws InterruptedException;
}
