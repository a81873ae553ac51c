package org.newsdesk.model;

import java.time.Instant;
import java.util.UUID;

/**
 * An immutable snapshot kept by an explicit save.
 *
 * @param newsroomNumber its number across the newsroom (null: not on a newsroom server, or not handed over yet)
 * @param account        the newsroom account that recorded it on another workstation ("" when made here)
 */
public record RevisionInfo(UUID storyId, int number, Instant savedAt, String savedBy, String headline,
                           Integer newsroomNumber, String account) {

    public RevisionInfo {
        account = account == null ? "" : account;
    }

    /** A revision of a story that is not in a newsroom. */
    public RevisionInfo(UUID storyId, int number, Instant savedAt, String savedBy, String headline) {
        this(storyId, number, savedAt, savedBy, headline, null, "");
    }
}
