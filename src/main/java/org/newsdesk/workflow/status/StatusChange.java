package org.newsdesk.workflow.status;

import java.time.Instant;
import java.util.UUID;
import org.newsdesk.model.Status;

/**
 * One entry of a story's status history: who moved it, from where to where, when, and why when
 * the move was not asked for as such ({@link #reason()}: {@code changed} when a change after a
 * signature sent the story back, {@code edit} when an editor chose to edit approved copy,
 * {@code correction} when a published story was changed; empty for an ordinary move).
 */
public record StatusChange(UUID storyId, Status from, Status to, String changedBy, Instant changedAt, String reason) {

    public StatusChange {
        reason = reason == null ? "" : reason;
    }

    public StatusChange(UUID storyId, Status from, Status to, String changedBy, Instant changedAt) {
        this(storyId, from, to, changedBy, changedAt, "");
    }
}
