package org.newsdesk.model;

import java.time.Instant;
import java.util.UUID;

/** An immutable snapshot kept by an explicit save. */
public record RevisionInfo(UUID storyId, int number, Instant savedAt, String savedBy, String headline) {
}
