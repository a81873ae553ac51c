package org.newsdesk.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;

/**
 * Saves one open story in the background. It remembers what was last written and the
 * version it got back; both live on the writer thread only, so saves need no locks.
 * Each save writes only what differs from the last written state.
 */
public final class StorySaver {

    private final StoryRepository stories;
    private final WorkflowRepository workflow;
    private final StoreWriter writer;
    private final java.util.UUID storyId;
    // confined to the writer thread
    private List<Paragraph> savedParagraphs;
    private Metadata savedMetadata;
    private List<Speaker> savedSpeakers;
    private String savedSlug;
    private long version;

    public StorySaver(StoryRepository stories, StoreWriter writer, Story loaded) {
        this(stories, null, writer, loaded);
    }

    /** A saver that can also write the slug (validated) and move the story's status. */
    public StorySaver(Store store, StoreWriter writer, Story loaded) {
        this(store.stories(), store.workflow(), writer, loaded);
    }

    private StorySaver(StoryRepository stories, WorkflowRepository workflow, StoreWriter writer, Story loaded) {
        this.stories = stories;
        this.workflow = workflow;
        this.writer = writer;
        this.savedSlug = loaded.slug();
        this.storyId = loaded.id();
        this.savedParagraphs = loaded.paragraphs();
        this.savedMetadata = loaded.metadata();
        this.savedSpeakers = loaded.speakers();
        this.version = loaded.version();
    }

    public java.util.UUID storyId() {
        return storyId;
    }

    /**
     * Saves the transcript as it is now; paragraphs may come without known ids.
     *
     * @return the number of paragraph rows written
     */
    public CompletableFuture<Integer> saveTranscript(List<Paragraph> current) {
        return saveTranscript(() -> current);
    }

    /**
     * Saves the transcript that {@code current} gives; it is called on the writer thread,
     * so building the model there keeps that work off the caller's thread, and saves stay
     * in the order they were asked for.
     */
    public CompletableFuture<Integer> saveTranscript(java.util.function.Supplier<List<Paragraph>> current) {
        return writer.submit(() -> {
            TranscriptEdit edit = TranscriptEdit.between(savedParagraphs, current.get());
            if (edit.isEmpty()) {
                return 0;
            }
            version = stories.applyEdit(storyId, version, edit);
            savedParagraphs = edit.result();
            return edit.updated().size() + edit.inserted().size() + edit.deleted().size();
        });
    }

    public CompletableFuture<Boolean> saveMetadata(Metadata metadata) {
        return writer.submit(() -> {
            if (metadata.equals(savedMetadata)) {
                return false;
            }
            version = stories.updateMetadata(storyId, version, metadata);
            savedMetadata = metadata;
            return true;
        });
    }

    /**
     * Saves metadata and slug together, validated by the store (which refuses invalid values
     * with {@link org.newsdesk.workflow.metadata.MetadataRejected}).
     */
    public CompletableFuture<Boolean> saveMetadata(Metadata metadata, String slug) {
        return writer.submit(() -> {
            if (metadata.equals(savedMetadata) && slug.equals(savedSlug)) {
                return false;
            }
            version = workflow.saveMetadata(storyId, version, metadata, slug);
            savedMetadata = metadata;
            savedSlug = slug;
            return true;
        });
    }

    /**
     * Moves the story to {@code to} after everything queued before has been written, so the
     * readiness checks see the story as the editor sees it.
     *
     * @throws org.newsdesk.workflow.status.StatusChangeRefused (through the future) when the move is refused
     */
    public CompletableFuture<Status> changeStatus(Status to, String by) {
        return writer.submit(() -> {
            StatusMoved moved = workflow.move(storyId, version, to, by);
            version = moved.version();
            return moved.status();
        });
    }

    /**
     * The editor chose to edit locked copy: after everything queued before is written, its
     * signatures are cleared and it goes back to Ready (a Published story becomes a correction,
     * with {@code correctionNote} when given).
     */
    public CompletableFuture<org.newsdesk.workflow.signoff.SignOffState> sendBack(String by, String correctionNote) {
        return writer.submit(() -> {
            version = workflow.signOff().sendBack(storyId, version, by, correctionNote);
            return workflow.signOff().state(storyId);
        });
    }

    public CompletableFuture<Boolean> saveSpeakers(List<Speaker> speakers) {
        return writer.submit(() -> {
            if (speakers.equals(savedSpeakers)) {
                return false;
            }
            version = stories.replaceSpeakers(storyId, version, speakers);
            savedSpeakers = List.copyOf(speakers);
            return true;
        });
    }

    /** An explicit save: keeps an immutable snapshot of what has been written. */
    public CompletableFuture<RevisionInfo> saveRevision(String savedBy) {
        return writer.submit(() -> {
            RevisionInfo info = stories.saveRevision(storyId, version, savedBy);
            // unchanged content keeps the last revision and writes nothing
            version = stories.version(storyId);
            return info;
        });
    }

    /** The transcript as last written, with paragraph ids (for callers on the writer thread). */
    public CompletableFuture<List<Paragraph>> savedParagraphs() {
        return writer.submit(() -> savedParagraphs);
    }
}
