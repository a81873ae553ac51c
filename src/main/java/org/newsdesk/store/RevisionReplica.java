package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.NEWSROOM_BASE;
import static org.newsdesk.store.jooq.Tables.STORY;
import static org.newsdesk.store.jooq.Tables.STORY_REVISION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Story;
import org.newsdesk.store.jooq.tables.records.StoryRevisionRecord;

/**
 * Revisions in a newsroom, on this workstation's side: each revision keeps its local number
 * (what the outbox, signatures and exported files name) and learns the number the newsroom
 * server gave it, its identity across the newsroom. Revisions made on other workstations are
 * written here under a local number of their own, with where they were made and by whom.
 */
public final class RevisionReplica {

    /**
     * One revision as stored here.
     *
     * @param number       the local number
     * @param serverNumber the newsroom's number (null: not on the server yet)
     * @param origin       the workstation it was made on ("" for this one)
     * @param originNumber its number there (null when made here)
     * @param account      the newsroom account that recorded it ("" when made here)
     */
    public record Row(UUID storyId, int number, Integer serverNumber, String origin, Integer originNumber,
                      String savedBy, String account, OffsetDateTime savedAt, String headline, String snapshot) {
    }

    private final Transactions tx;

    RevisionReplica(Transactions tx) {
        this.tx = tx;
    }

    /** One local revision, if there is one with that number. */
    public Optional<Row> get(UUID storyId, int number) {
        return tx.read(t -> t.selectFrom(STORY_REVISION)
                .where(STORY_REVISION.STORY_ID.eq(storyId), STORY_REVISION.NUMBER.eq(number))
                .fetchOptional(RevisionReplica::row));
    }

    /**
     * Up to {@code limit} revisions made here that have no newsroom number yet, of stories
     * already on the server (those with a merge base), oldest first.
     */
    public List<Row> unnumbered(int limit) {
        return tx.read(t -> t.select(STORY_REVISION.fields()).from(STORY_REVISION)
                .join(NEWSROOM_BASE).on(NEWSROOM_BASE.STORY_ID.eq(STORY_REVISION.STORY_ID))
                .where(STORY_REVISION.SERVER_NUMBER.isNull(), STORY_REVISION.ORIGIN.eq(""))
                .orderBy(STORY_REVISION.SAVED_AT, STORY_REVISION.STORY_ID, STORY_REVISION.NUMBER).limit(limit)
                .fetch(r -> row(r.into(STORY_REVISION))));
    }

    /** Records the newsroom's number of a local revision. */
    public void numbered(UUID storyId, int number, int serverNumber) {
        tx.write(t -> t.update(STORY_REVISION).set(STORY_REVISION.SERVER_NUMBER, serverNumber)
                .where(STORY_REVISION.STORY_ID.eq(storyId), STORY_REVISION.NUMBER.eq(number)).execute());
    }

    /**
     * Takes a revision pulled from the server: one made here gets its number recorded; one
     * made elsewhere is written under the next local number, its snapshot saying so; nothing
     * happens when it is here already or its story is not.
     *
     * @param workstation this workstation's id among the newsroom's
     * @return true when a revision was written
     */
    public boolean take(Row pulled, String workstation) {
        return tx.write(t -> {
            UUID id = pulled.storyId();
            if (pulled.origin().equals(workstation)) {
                return t.update(STORY_REVISION).set(STORY_REVISION.SERVER_NUMBER, pulled.serverNumber())
                        .where(STORY_REVISION.STORY_ID.eq(id), STORY_REVISION.NUMBER.eq(pulled.originNumber()),
                                STORY_REVISION.ORIGIN.eq(""), STORY_REVISION.SERVER_NUMBER.isNull()).execute() > 0;
            }
            // a story only listed here becomes a story row first: its revisions are kept with it
            if (!t.fetchExists(STORY, STORY.ID.eq(id)) && !ListedStories.promote(t, id) || t.fetchExists(STORY_REVISION,
                    STORY_REVISION.STORY_ID.eq(id).and(STORY_REVISION.SERVER_NUMBER.eq(pulled.serverNumber())))) {
                return false;
            }
            int number = next(t, id);
            Story s = StoryJson.fromJson(pulled.snapshot());
            Story numbered = new Story(s.id(), s.slug(), s.status(), s.metadata(), s.speakers(), s.paragraphs(), number,
                    s.version(), s.createdAt(), s.updatedAt());
            t.insertInto(STORY_REVISION).set(STORY_REVISION.STORY_ID, id).set(STORY_REVISION.NUMBER, number)
                    .set(STORY_REVISION.SAVED_AT, pulled.savedAt()).set(STORY_REVISION.SAVED_BY, pulled.savedBy())
                    .set(STORY_REVISION.HEADLINE, pulled.headline()).set(STORY_REVISION.SNAPSHOT, StoryJson.toJson(numbered))
                    .set(STORY_REVISION.SERVER_NUMBER, pulled.serverNumber()).set(STORY_REVISION.ORIGIN, pulled.origin())
                    .set(STORY_REVISION.ORIGIN_NUMBER, pulled.originNumber()).set(STORY_REVISION.ACCOUNT, pulled.account())
                    .execute();
            return true;
        });
    }

    /**
     * The next local revision number of a story: after both the story's own counter and every
     * revision kept (pulled ones are numbered here without moving the story's row).
     */
    static int next(DSLContext t, UUID id) {
        Integer counter = t.select(STORY.REVISION).from(STORY).where(STORY.ID.eq(id)).fetchOne(STORY.REVISION);
        Integer kept = t.select(DSL.max(STORY_REVISION.NUMBER)).from(STORY_REVISION)
                .where(STORY_REVISION.STORY_ID.eq(id)).fetchOne().value1();
        return Math.max(counter == null ? 0 : counter, kept == null ? 0 : kept) + 1;
    }

    private static Row row(StoryRevisionRecord r) {
        return new Row(r.getStoryId(), r.getNumber(), r.getServerNumber(), r.getOrigin(), r.getOriginNumber(),
                r.getSavedBy(), r.getAccount(), r.getSavedAt(), r.getHeadline(), r.getSnapshot());
    }
}
