package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.STORY_REVISION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/** Revisions as rows: immutable JSON snapshots of a story, numbered from 1. */
final class RevisionRows {

    private RevisionRows() {
    }

    /** Keeps the story as it is now as revision {@code number}. */
    static RevisionInfo insert(DSLContext tx, Story story, int number, OffsetDateTime now, String savedBy) {
        tx.insertInto(STORY_REVISION)
                .set(STORY_REVISION.STORY_ID, story.id())
                .set(STORY_REVISION.NUMBER, number)
                .set(STORY_REVISION.SAVED_AT, now)
                .set(STORY_REVISION.SAVED_BY, savedBy)
                .set(STORY_REVISION.HEADLINE, story.metadata().headline())
                .set(STORY_REVISION.SNAPSHOT, StoryJson.toJson(story))
                .execute();
        return new RevisionInfo(story.id(), number, now.toInstant(), savedBy, story.metadata().headline());
    }

    /** The last revision, when its content is the story's content now; checks the version either way. */
    static Optional<RevisionInfo> unchangedSinceLast(DSLContext tx, UUID id, long expectedVersion) {
        Story current = StoryRows.find(tx, id);
        if (current == null) {
            throw StoryRepository.notFound(id);
        }
        if (current.version() != expectedVersion) {
            throw StoryRepository.stale(id);
        }
        var last = tx.selectFrom(STORY_REVISION).where(STORY_REVISION.STORY_ID.eq(id))
                .orderBy(STORY_REVISION.NUMBER.desc()).limit(1).fetchOne();
        if (last == null || !sameContent(StoryJson.fromJson(last.getSnapshot()), current)) {
            return Optional.empty();
        }
        return Optional.of(new RevisionInfo(id, last.getNumber(), last.getSavedAt().toInstant(), last.getSavedBy(),
                last.getHeadline()));
    }

    /** Same slug, metadata, roster and transcript: what a bundle is made of (status, version and times aside). */
    static boolean sameContent(Story a, Story b) {
        return StoryJson.toJson(contentOf(a)).equals(StoryJson.toJson(contentOf(b)));
    }

    private static Story contentOf(Story s) {
        return new Story(s.id(), s.slug(), Status.DRAFT, s.metadata(), s.speakers(), s.paragraphs(), 0, 1,
                Instant.EPOCH, Instant.EPOCH);
    }
}
