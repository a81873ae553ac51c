package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.SIGNATURE;
import static org.newsdesk.store.jooq.Tables.STATUS_CHANGE;
import static org.newsdesk.store.jooq.Tables.STORY;
import static org.newsdesk.store.jooq.Tables.STORY_CORRECTION;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.newsdesk.model.Status;
import org.newsdesk.store.jooq.tables.records.StoryRecord;
import org.newsdesk.workflow.signoff.CorrectionNote;
import org.newsdesk.workflow.signoff.ReviewChain;
import org.newsdesk.workflow.signoff.SignOffRefused;
import org.newsdesk.workflow.signoff.SignOffState;
import org.newsdesk.workflow.signoff.Signature;
import org.newsdesk.workflow.status.StatusChangeRefused;

/**
 * Sign-off in the store: the signatures of the review chain, the rule that a change after a
 * signature sends the story back, and corrections of published stories. The rules live here,
 * in the same transactions as the writes they guard, so the window, the command line and any
 * later writer all keep them.
 * <p>
 * The chain is the newsroom's preference, handed over by whoever opens the store
 * ({@link #setChain}); the editor is this process's editor identity ({@link #setEditor}), the one
 * name every content write is recorded under (four-eyes needs to know who changed a story last).
 */
public final class SignOffRepository {

    /** Why signatures were cleared or a story was sent back (status_change.reason, signature.cleared_why). */
    public static final String CHANGED = "changed";
    public static final String EDIT = "edit";
    public static final String CORRECTION = "correction";
    public static final String REOPENED = "reopened";

    private final Transactions tx;
    private final Clock clock;
    private volatile Supplier<ReviewChain> chain = () -> ReviewChain.ONE;
    private volatile Supplier<String> editor = () -> "";

    SignOffRepository(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public ReviewChain chain() {
        ReviewChain c = chain.get();
        return c == null ? ReviewChain.ONE : c;
    }

    /** The review chain from now on (the preferences'); {@code null} means one level. */
    public void setChain(ReviewChain value) {
        chain = () -> value;
    }

    /** The review chain as {@code value} gives it at each signature (the window's live preferences). */
    public void setChain(Supplier<ReviewChain> value) {
        chain = value == null ? () -> ReviewChain.ONE : value;
    }

    /** Who this process's writes are made by (read at each write, so a changed preference counts at once). */
    public void setEditor(Supplier<String> value) {
        editor = value == null ? () -> "" : value;
    }

    String editor() {
        String name = editor.get();
        return name == null ? "" : name.strip();
    }

    /** Where the story stands in the review chain now. */
    public SignOffState state(UUID id) {
        return tx.read(t -> stateIn(t, id));
    }

    SignOffState stateIn(DSLContext t, UUID id) {
        StoryRecord row = t.selectFrom(STORY).where(STORY.ID.eq(id)).fetchOne();
        if (row == null) {
            var listed = ListedStories.row(t, id);
            row = listed == null ? null : ListedStories.storyRecord(t, listed);
        }
        if (row == null) {
            throw new StoreException(StoreException.Problem.NOT_FOUND, "No story with id " + id);
        }
        return new SignOffState(chain(), Status.valueOf(row.getStatus()), signatures(t, id), row.getContentBy(),
                row.getCorrectionPending(), row.getCorrectionNote());
    }

    private static List<Signature> signatures(DSLContext t, UUID id) {
        return t.selectFrom(SIGNATURE).where(SIGNATURE.STORY_ID.eq(id), SIGNATURE.CLEARED_AT.isNull())
                .orderBy(SIGNATURE.LEVEL, SIGNATURE.ID)
                .fetch(r -> new Signature(r.getLevel(), r.getSignedBy(), r.getSignedAt().toInstant(),
                        r.getStoryVersion(), r.getRevision()));
    }

    /**
     * Signs the next open level of a Ready story whose row the caller holds locked, in the
     * caller's transaction.
     *
     * @return the status the story is in afterwards: Approved when this was the last level, else Ready
     * @throws StatusChangeRefused when the story is not Ready
     * @throws SignOffRefused      when this editor may not sign this level
     */
    Status signIn(DSLContext t, StoryRecord row, String by, OffsetDateTime now) {
        Status from = Status.valueOf(row.getStatus());
        if (from != Status.READY) {
            throw new StatusChangeRefused(from, Status.APPROVED, List.of());
        }
        SignOffState state = stateIn(t, row.getId());
        String who = by == null ? "" : by.strip();
        Optional<SignOffRefused.Reason> refusal = state.refusalFor(who);
        if (refusal.isPresent()) {
            throw new SignOffRefused(refusal.get(), who, state.nextLevel());
        }
        t.insertInto(SIGNATURE)
                .set(SIGNATURE.STORY_ID, row.getId())
                .set(SIGNATURE.LEVEL, Math.min(state.nextLevel(), 3))
                .set(SIGNATURE.SIGNED_BY, who)
                .set(SIGNATURE.SIGNED_AT, now)
                .set(SIGNATURE.STORY_VERSION, row.getVersion())
                .set(SIGNATURE.REVISION, row.getRevision())
                .execute();
        return state.nextIsLast() ? Status.APPROVED : Status.READY;
    }

    /** Clears the story's signatures (kept, marked with when and why). */
    static void clearIn(DSLContext t, UUID id, String why, OffsetDateTime now) {
        t.update(SIGNATURE).set(SIGNATURE.CLEARED_AT, now).set(SIGNATURE.CLEARED_WHY, why)
                .where(SIGNATURE.STORY_ID.eq(id), SIGNATURE.CLEARED_AT.isNull()).execute();
    }

    /**
     * Called by every write of a story's content or metadata, in its transaction, after the
     * story's version was bumped: records who changed it and, when the change comes after a
     * signature (or to Approved or Published copy), clears the signatures and sends the story
     * back to Ready, the history saying why. A Published story so changed becomes a correction.
     */
    void afterContentChange(DSLContext t, UUID id, Status status) {
        String who = editor();
        t.update(STORY).set(STORY.CONTENT_BY, who).where(STORY.ID.eq(id), STORY.CONTENT_BY.ne(who)).execute();
        afterContentChangeBy(t, id, status, who);
    }

    /**
     * {@link #afterContentChange} for a write that has already recorded {@code who} as the
     * story's {@code content_by} (the transcript's autosave does so in the statement that bumps
     * the version, so a save of a draft is two statements).
     */
    void afterContentChangeBy(DSLContext t, UUID id, Status status, String who) {
        if (status == Status.DRAFT || status == Status.WITHDRAWN) {
            return;
        }
        boolean signed = t.fetchExists(SIGNATURE, SIGNATURE.STORY_ID.eq(id), SIGNATURE.CLEARED_AT.isNull());
        if (status == Status.READY && !signed) {
            return;
        }
        sendBackIn(t, id, status, who, status == Status.PUBLISHED ? CORRECTION : CHANGED, null, now());
    }

    private static void sendBackIn(DSLContext t, UUID id, Status from, String by, String why, String note,
                                   OffsetDateTime now) {
        clearIn(t, id, why, now);
        var update = t.update(STORY).set(STORY.STATUS, Status.READY.name());
        if (from == Status.PUBLISHED) {
            update = update.set(STORY.CORRECTION_PENDING, true);
        }
        if (note != null) {
            update = update.set(STORY.CORRECTION_NOTE, note.strip());
        }
        update.where(STORY.ID.eq(id)).execute();
        t.insertInto(STATUS_CHANGE)
                .set(STATUS_CHANGE.STORY_ID, id)
                .set(STATUS_CHANGE.FROM_STATUS, from.name())
                .set(STATUS_CHANGE.TO_STATUS, Status.READY.name())
                .set(STATUS_CHANGE.CHANGED_BY, by == null ? "" : by)
                .set(STATUS_CHANGE.CHANGED_AT, now)
                .set(STATUS_CHANGE.REASON, why)
                .execute();
    }

    /**
     * The editor chose to edit locked copy (Approved, partly signed, or Published): the
     * signatures are cleared and the story goes back to Ready before the edit is written. A
     * Published story becomes a correction, with {@code correctionNote} when one was given.
     * A story that is not locked is left as it is.
     *
     * @return the story's version afterwards
     * @throws StoreException STALE when the story changed since {@code expectedVersion}
     */
    public long sendBack(UUID id, long expectedVersion, String by, String correctionNote) {
        return tx.write(t -> {
            ListedStories.promote(t, id); // a newsroom story only listed here becomes a story row first
            StoryRecord row = t.selectFrom(STORY).where(STORY.ID.eq(id)).forUpdate().fetchOne();
            if (row == null) {
                throw new StoreException(StoreException.Problem.NOT_FOUND, "No story with id " + id);
            }
            if (row.getVersion() != expectedVersion) {
                throw new StoreException(StoreException.Problem.STALE, "Story " + id + " was changed elsewhere");
            }
            SignOffState state = stateIn(t, id);
            if (!state.locked()) {
                return expectedVersion;
            }
            Status from = state.status();
            sendBackIn(t, id, from, by, from == Status.PUBLISHED ? CORRECTION : EDIT,
                    from == Status.PUBLISHED ? (correctionNote == null ? "" : correctionNote) : null, now());
            t.update(STORY).set(STORY.VERSION, expectedVersion + 1).set(STORY.UPDATED_AT, now())
                    .where(STORY.ID.eq(id)).execute();
            return expectedVersion + 1;
        });
    }

    /** Sets the note of the story's pending correction (not story content: no version change). */
    public void setCorrectionNote(UUID id, String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > 2000 || text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new IllegalArgumentException("A correction note is one to 2,000 characters of text");
        }
        tx.write(t -> {
            ListedStories.promote(t, id);
            return t.update(STORY).set(STORY.CORRECTION_NOTE, text).where(STORY.ID.eq(id)).execute();
        });
    }

    /** Refuses to publish a pending correction without a note (before anything changes). */
    static void requireNoteIn(DSLContext t, UUID id) {
        StoryRecord row = t.selectFrom(STORY).where(STORY.ID.eq(id)).fetchOne();
        if (row != null && row.getCorrectionPending() && row.getCorrectionNote().isBlank()) {
            throw new SignOffRefused(SignOffRefused.Reason.CORRECTION_NOTE_MISSING);
        }
    }

    /**
     * Records the story's pending correction as carried by {@code revision} (the revision being
     * published) and clears it; nothing when no correction is pending.
     */
    public Optional<CorrectionNote> publishCorrection(UUID id, int revision, String by) {
        return tx.write(t -> {
            StoryRecord row = t.selectFrom(STORY).where(STORY.ID.eq(id)).forUpdate().fetchOne();
            if (row == null || !row.getCorrectionPending()) {
                return Optional.<CorrectionNote>empty();
            }
            if (row.getCorrectionNote().isBlank()) {
                throw new SignOffRefused(SignOffRefused.Reason.CORRECTION_NOTE_MISSING);
            }
            OffsetDateTime now = now();
            String who = by == null ? "" : by;
            t.mergeInto(STORY_CORRECTION)
                    .using(t.selectOne())
                    .on(STORY_CORRECTION.STORY_ID.eq(id), STORY_CORRECTION.REVISION.eq(revision))
                    .whenMatchedThenUpdate().set(STORY_CORRECTION.NOTE, row.getCorrectionNote())
                    .whenNotMatchedThenInsert(STORY_CORRECTION.STORY_ID, STORY_CORRECTION.REVISION,
                            STORY_CORRECTION.NOTE, STORY_CORRECTION.CORRECTED_BY, STORY_CORRECTION.CORRECTED_AT)
                    .values(id, revision, row.getCorrectionNote(), who, now)
                    .execute();
            t.update(STORY).set(STORY.CORRECTION_PENDING, false).set(STORY.CORRECTION_NOTE, "")
                    .where(STORY.ID.eq(id)).execute();
            return Optional.of(new CorrectionNote(revision, row.getCorrectionNote(), who, now.toInstant()));
        });
    }

    /** The corrections carried by {@code revision} and the revisions before it, newest first. */
    public List<CorrectionNote> corrections(UUID id, int upToRevision) {
        return tx.read(t -> t.selectFrom(STORY_CORRECTION)
                .where(STORY_CORRECTION.STORY_ID.eq(id), STORY_CORRECTION.REVISION.le(upToRevision))
                .orderBy(STORY_CORRECTION.REVISION.desc())
                .fetch(r -> new CorrectionNote(r.getRevision(), r.getNote(), r.getCorrectedBy(),
                        r.getCorrectedAt().toInstant())));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
