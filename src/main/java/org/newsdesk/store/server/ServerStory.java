package org.newsdesk.store.server;

import java.util.List;
import java.util.UUID;

/**
 * A story as the newsroom server holds it: metadata and roster as JSON documents, paragraphs
 * as rows with their own versions.
 *
 * @param version   bumped by every push of the story
 * @param changeSeq the newsroom-wide change number of its last push
 * @param trashed   whether it is in the newsroom's trash
 */
public record ServerStory(UUID id, String slug, String status, String metadataJson, String rosterJson,
                          List<ServerParagraph> paragraphs, long version, long changeSeq, String updatedBy,
                          boolean trashed) {
    public ServerStory {
        paragraphs = List.copyOf(paragraphs);
    }

    /** A story not in the trash. */
    public ServerStory(UUID id, String slug, String status, String metadataJson, String rosterJson,
                       List<ServerParagraph> paragraphs, long version, long changeSeq, String updatedBy) {
        this(id, slug, status, metadataJson, rosterJson, paragraphs, version, changeSeq, updatedBy, false);
    }

    /** The same story, in the trash or out of it. */
    public ServerStory trashed(boolean inTrash) {
        return new ServerStory(id, slug, status, metadataJson, rosterJson, paragraphs, version, changeSeq, updatedBy,
                inTrash);
    }
}
