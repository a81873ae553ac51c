package org.newsdesk.sync;

import java.util.UUID;

/**
 * The number a published bundle names a story revision by. Outside a newsroom that is the
 * revision's own number in this data folder; inside one it is the number the newsroom server
 * gave it, so every workstation's bundle of one revision carries one number and no two
 * revisions share one. Called off the UI thread; implementations must be thread-safe.
 */
public interface RevisionNumbers {

    /** This data folder's own numbers. */
    RevisionNumbers LOCAL = (story, revision) -> revision;

    /**
     * The published number of local revision {@code revision} of {@code story}.
     *
     * @throws SyncException NEWSROOM_UNREACHABLE when the newsroom has not numbered it and cannot be reached
     */
    int number(UUID story, int revision);
}
