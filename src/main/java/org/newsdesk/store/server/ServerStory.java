package org.newsdesk.store.server;

import java.util.List;
import java.util.UUID;

/**
 * A story as the newsroom server holds it: metadata and roster as JSON documents, paragraphs
 * as rows with their own versions.
 *
 * @param version   bumped by every push of the story
 * @param changeSeq the newsroom-wide change number of its last push
 */
public record ServerStory(UUID id, String slug, String status, String metadataJson, String rosterJson,
                          List<ServerParagraph> paragraphs, long version, long changeSeq, String updatedBy) {
    public ServerStory {
        paragraphs = List.copyOf(paragraphs);
    }
}
