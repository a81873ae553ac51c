package org.newsdesk.sync;

import java.util.List;
import java.util.UUID;
import org.newsdesk.model.OutboxEntry;

/**
 * What "Publish" queued.
 *
 * @param revision the revision exported (saved first when the story had changed since its last one)
 * @param sha256   the bundle's SHA-256
 * @param entries  one outbox entry per chosen target
 */
public record Published(UUID storyId, int revision, String sha256, List<OutboxEntry> entries) {
}
