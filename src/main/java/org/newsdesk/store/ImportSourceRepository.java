package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.STORY;
import static org.newsdesk.store.jooq.Tables.STORY_IMPORT;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;

/**
 * Where imported stories came from: the hash of the bytes read and the page's address, so a
 * second import of the same file, page or address can be told apart from a new one.
 */
public final class ImportSourceRepository {

    /** A story in the library that was imported from the same source. */
    public record Match(UUID storyId, String headline) {
    }

    private final Transactions tx;
    private final Clock clock;

    ImportSourceRepository(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Notes that {@code storyId} was imported from these bytes (and this address, when not empty). */
    public void record(UUID storyId, String contentHash, String address) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        tx.write(dsl -> dsl.mergeInto(STORY_IMPORT)
                .using(dsl.selectOne())
                .on(STORY_IMPORT.STORY_ID.eq(storyId))
                .whenMatchedThenUpdate()
                .set(STORY_IMPORT.CONTENT_HASH, contentHash)
                .set(STORY_IMPORT.ADDRESS, address == null ? "" : address)
                .set(STORY_IMPORT.IMPORTED_AT, now)
                .whenNotMatchedThenInsert(STORY_IMPORT.STORY_ID, STORY_IMPORT.CONTENT_HASH, STORY_IMPORT.ADDRESS,
                        STORY_IMPORT.IMPORTED_AT)
                .values(storyId, contentHash, address == null ? "" : address, now)
                .execute());
    }

    /**
     * The newest story in the library (not in the trash) imported from the same bytes or,
     * when {@code address} is not empty, from the same address.
     */
    public Optional<Match> find(String contentHash, String address) {
        Condition same = STORY_IMPORT.CONTENT_HASH.eq(contentHash);
        if (address != null && !address.isBlank()) {
            same = same.or(STORY_IMPORT.ADDRESS.eq(address));
        }
        Condition where = same;
        return tx.read(dsl -> dsl.select(STORY.ID, STORY.HEADLINE).from(STORY_IMPORT)
                .join(STORY).on(STORY.ID.eq(STORY_IMPORT.STORY_ID))
                .where(where, STORY.DELETED_AT.isNull())
                .orderBy(STORY_IMPORT.IMPORTED_AT.desc())
                .limit(1)
                .fetchOptional(r -> new Match(r.value1(), r.value2())));
    }
}
