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
 * @param changed    stories written here by this sync's pull
 * @param held       stories with news on the server left to the editor that has them open
 */
public record SyncReport(int pulled, int merged, int pushed, List<UUID> conflicted, List<UUID> postponed,
                         List<UUID> changed, List<UUID> held) {
    public SyncReport {
        conflicted = List.copyOf(conflicted);
        postponed = List.copyOf(postponed);
        changed = List.copyOf(changed);
        held = List.copyOf(held);
    }

    /** A report without the lists of changed and held stories. */
    public SyncReport(int pulled, int merged, int pushed, List<UUID> conflicted, List<UUID> postponed) {
        this(pulled, merged, pushed, conflicted, postponed, List.of(), List.of());
    }
}
