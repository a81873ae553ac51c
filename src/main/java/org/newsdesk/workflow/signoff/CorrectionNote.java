package org.newsdesk.workflow.signoff;

import java.time.Instant;

/**
 * A published correction: the note the editor wrote, the revision that carried it, who and when.
 * Pages of that revision and later ones show it; earlier revisions' pages never do.
 */
public record CorrectionNote(int revision, String note, String by, Instant at) {
}
