package org.newsdesk.store.server;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Story revisions on the newsroom server (migration V4): a workstation hands over a revision
 * it made and the server gives it its number in the story, so a revision has one identity
 * across the newsroom (delivery claims are keyed by it). The number is given as the last step
 * before the commit under the advisory lock that also orders change numbers, held until the
 * commit: concurrent pushes of revisions of one story never get the same number, and their
 * change numbers become visible in order (pulls read "revisions after the newest seen").
 */
public final class ServerRevisions {

    /** A revision as a workstation hands it over (numbered there as {@code originNumber}). */
    public record Made(UUID storyId, String origin, int originNumber, String contentSha, String savedBy,
                       String account, OffsetDateTime savedAt, String headline, String snapshot) {
    }

    /** A revision as the server holds it, with its number in the story and its change number. */
    public record Numbered(Made made, int number, long changeSeq) {
    }

    private final ServerLibrary server;

    public ServerRevisions(ServerLibrary server) {
        this.server = server;
    }

    /**
     * The server's number for the revision: the one it already has when this workstation
     * handed it over before (a retry after a lost answer), the newest revision's number when
     * that one has the same content (two desks saving the same story make one revision), else
     * the next number in the story. Refused (REFUSED) for a login that is not an editor.
     */
    public int number(Made r) {
        return ServerLibrary.run(() -> server.sql().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Integer known = known(tx, r);
            if (known != null) {
                return known;
            }
            tx.execute("select pg_advisory_xact_lock(" + ServerLibrary.CHANGE_ORDER_LOCK + ")");
            known = known(tx, r); // handed over by a push of ours that committed while we waited
            if (known != null) {
                return known;
            }
            Record newest = tx.fetchOne("select number, content_sha from story_revision where story_id = ?"
                    + " order by number desc limit 1", r.storyId());
            if (newest != null && r.contentSha().equals(newest.get(1, String.class))) {
                return newest.get(0, Integer.class);
            }
            int number = newest == null ? 1 : newest.get(0, Integer.class) + 1;
            tx.execute("insert into story_revision (story_id, number, content_sha, origin, origin_number, saved_by,"
                    + " account, saved_at, headline, snapshot, change_seq)"
                    + " values (cast(? as uuid), ?, ?, ?, ?, ?, coalesce(nullif(?, ''), session_user::text), cast(? as timestamptz),"
                    + " ?, ?, nextval('change_seq'))",
                    r.storyId(), number, r.contentSha(), r.origin(), r.originNumber(), r.savedBy(), r.account(),
                    r.savedAt(), r.headline(), r.snapshot());
            return number;
        }));
    }

    private static Integer known(DSLContext tx, Made r) {
        return tx.fetchOptional("select number from story_revision where origin = ? and story_id = ?"
                + " and origin_number = ?", r.origin(), r.storyId(), r.originNumber())
                .map(x -> x.get(0, Integer.class)).orElse(null);
    }

    /**
     * Up to {@code limit} revisions numbered after change {@code seq}, oldest first (one
     * statement: one snapshot).
     */
    public List<Numbered> since(long seq, int limit) {
        return ServerLibrary.run(() -> server.sql().fetch("select story_id, origin, origin_number, content_sha,"
                + " saved_by, account, saved_at, headline, snapshot, number, change_seq from story_revision"
                + " where change_seq > ? order by change_seq limit ?", seq, limit)
                .map(x -> new Numbered(new Made(x.get(0, UUID.class), x.get(1, String.class), x.get(2, Integer.class),
                        x.get(3, String.class), x.get(4, String.class), x.get(5, String.class),
                        x.get(6, OffsetDateTime.class), x.get(7, String.class), x.get(8, String.class)),
                        x.get(9, Integer.class), x.get(10, Long.class))));
    }
}
