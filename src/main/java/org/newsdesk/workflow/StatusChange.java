package org.newsdesk.workflow;

import java.time.Instant;
import java.util.UUID;
import org.newsdesk.model.Status;

/** One entry of a story's status history: who moved it, from where to where, and when. */
public record StatusChange(UUID storyId, Status from, Status to, String changedBy, Instant changedAt) {
}
