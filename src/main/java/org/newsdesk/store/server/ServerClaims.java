package org.newsdesk.store.server;

import java.time.Duration;
import java.util.UUID;

/**
 * One delivery per story revision and target across the newsroom: before delivering a bundle a
 * workstation claims it on the server (a row locked with {@code SELECT … FOR UPDATE SKIP LOCKED}
 * in {@code claim_delivery}, migration V3); the claim ends as delivered (never claimed again) or
 * given back. A claim left by a workstation that went away lapses after its lease. Only editors
 * and chief editors may claim: the server refuses a reporter.
 */
public final class ServerClaims {

    /** What the server answered to a claim. */
    public enum Claim {
        /** This workstation holds the claim: deliver. */
        CLAIMED,
        /** Someone delivered this revision to this target already: do not. */
        DELIVERED,
        /** Another workstation holds the claim now: ask again later. */
        BUSY
    }

    private final ServerLibrary server;
    private final String workstation;
    private final Duration lease;

    /**
     * @param workstation this workstation's id (several may share a login)
     * @param lease       how long a claim holds without being finished
     */
    public ServerClaims(ServerLibrary server, String workstation, Duration lease) {
        this.server = server;
        this.workstation = workstation;
        this.lease = lease;
    }

    public Claim claim(UUID storyId, int revision, String target) {
        String answer = ServerLibrary.run(() -> (String) server.sql().fetchValue(
                "select claim_delivery(cast(? as uuid), cast(? as int), cast(? as text), cast(? as text),"
                        + " cast(? as interval))",
                storyId, revision, target, workstation, lease.toMillis() + " milliseconds"));
        return Claim.valueOf(answer.toUpperCase(java.util.Locale.ROOT));
    }

    /** Ends this workstation's claim: delivered (recorded with the account), or given back for another try. */
    public void finish(UUID storyId, int revision, String target, boolean delivered) {
        ServerLibrary.run(() -> server.sql().execute(
                "select finish_delivery(cast(? as uuid), cast(? as int), cast(? as text), cast(? as text), cast(? as boolean))",
                storyId, revision, target, workstation, delivered));
    }
}
