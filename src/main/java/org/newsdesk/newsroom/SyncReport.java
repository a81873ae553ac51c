package org.newsdesk.newsroom;

import java.util.List;
import java.util.UUID;

/**
 * What one sync did.
 *
 * @param pulled     stories taken from the server (new or changed there)
 * @param merged     of those, stories changed on both sides and merged
 * @param pushed     stories sent to the server
 * @param conflicted stories with open conflicts after the sync (not pushed until resolved)
 * @param postponed  stories that could not be pulled or pushed this time (edited meanwhile, or
 *                   pushed by someone else in between); the next sync tries again
 */
public record SyncReport(int pulled, int merged, int pushed, List<UUID> conflicted, List<UUID> postponed) {
    public SyncReport {
        conflicted = List.copyOf(conflicted);
        postponed = List.copyOf(postponed);
    }
}
