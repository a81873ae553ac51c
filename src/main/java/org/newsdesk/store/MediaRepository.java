package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.STORY_MEDIA;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.MediaLink;

/**
 * Which recording each story is transcribed from. The link is kept beside the story, not
 * in its content: it does not change the story's version and survives restoring a revision.
 */
public final class MediaRepository {

    private final Transactions tx;
    private final Clock clock;

    MediaRepository(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public Optional<MediaLink> find(UUID storyId) {
        return tx.read(dsl -> dsl.selectFrom(STORY_MEDIA).where(STORY_MEDIA.STORY_ID.eq(storyId))
                .fetchOptional(r -> new MediaLink(r.getPath(), r.getFileName(), r.getSizeBytes())));
    }

    /** Links (or relinks) the story to a recording. */
    public void link(UUID storyId, MediaLink media) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        tx.write(dsl -> dsl.mergeInto(STORY_MEDIA)
                .using(dsl.selectOne())
                .on(STORY_MEDIA.STORY_ID.eq(storyId))
                .whenMatchedThenUpdate()
                .set(STORY_MEDIA.PATH, media.path())
                .set(STORY_MEDIA.FILE_NAME, media.fileName())
                .set(STORY_MEDIA.SIZE_BYTES, media.sizeBytes())
                .set(STORY_MEDIA.LINKED_AT, now)
                .whenNotMatchedThenInsert(STORY_MEDIA.STORY_ID, STORY_MEDIA.PATH, STORY_MEDIA.FILE_NAME,
                        STORY_MEDIA.SIZE_BYTES, STORY_MEDIA.LINKED_AT)
                .values(storyId, media.path(), media.fileName(), media.sizeBytes(), now)
                .execute());
    }

    public void unlink(UUID storyId) {
        tx.write(dsl -> dsl.deleteFrom(STORY_MEDIA).where(STORY_MEDIA.STORY_ID.eq(storyId)).execute());
    }
}
