package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.STATUS_CHANGE;
import static org.newsdesk.store.jooq.Tables.STORY;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.jooq.tables.records.StoryRecord;
import org.newsdesk.workflow.metadata.ChannelList;
import org.newsdesk.workflow.metadata.FieldProblem;
import org.newsdesk.workflow.metadata.MetadataRejected;
import org.newsdesk.workflow.metadata.MetadataValidator;
import org.newsdesk.workflow.readiness.ReadinessCheck;
import org.newsdesk.workflow.readiness.ReadinessReport;
import org.newsdesk.workflow.status.StatusChange;
import org.newsdesk.workflow.status.StatusChangeRefused;
import org.newsdesk.workflow.status.StatusTransitions;

/**
 * The story workflow in the store: status changes with their history, and validated metadata
 * and slug. Like {@link StoryRepository}, every write is one transaction that checks the
 * version the caller last saw. The channels a story may be put in are the newsroom's list from
 * the preferences (the one place they are edited); whoever opens the store hands them over with
 * {@link #setChannels}, and until then the portal's navigation is used.
 */
public final class WorkflowRepository {

    private final Transactions tx;
    private final StoryRepository stories;
    private final Clock clock;
    private volatile ChannelList channels = ChannelList.DEFAULT;

    private final SignOffRepository signOff;

    WorkflowRepository(Transactions tx, StoryRepository stories, SignOffRepository signOff, Clock clock) {
        this.tx = tx;
        this.stories = stories;
        this.signOff = signOff;
        this.clock = clock;
    }

    /** The validator for the channels configured now. */
    public MetadataValidator validator() {
        return new MetadataValidator(channels());
    }

    public ReadinessCheck readinessCheck() {
        return new ReadinessCheck(validator(), proofErrors).withNewsroomConflicts(id -> tx.read(t ->
                t.select(org.newsdesk.store.jooq.Tables.NEWSROOM_CONFLICT.ITEM).from(org.newsdesk.store.jooq.Tables.NEWSROOM_CONFLICT)
                        .where(org.newsdesk.store.jooq.Tables.NEWSROOM_CONFLICT.STORY_ID.eq(id))
                        .orderBy(org.newsdesk.store.jooq.Tables.NEWSROOM_CONFLICT.ITEM)
                        .fetch(org.newsdesk.store.jooq.Tables.NEWSROOM_CONFLICT.ITEM)));
    }

    private volatile java.util.function.Function<org.newsdesk.model.Story, List<org.newsdesk.proof.Finding>> proofErrors;

    /** The story's unresolved proofreading errors, checked before Ready (the store sets it up for its data folder). */
    void setProofErrors(java.util.function.Function<org.newsdesk.model.Story, List<org.newsdesk.proof.Finding>> errors) {
        this.proofErrors = errors;
    }

    /** All readiness checks of the story as stored now (an editor may look at any time). */
    public ReadinessReport check(UUID id, Status target) {
        return readinessCheck().check(stories.get(id), target, Instant.now(clock));
    }

    /**
     * Moves a story to {@code to}, recording who did it and when in the same transaction.
     *
     * @return the story's new version
     * @throws StatusChangeRefused when the move is not allowed or the story is not ready
     * @throws StoreException      STALE when the story changed since {@code expectedVersion}
     */
    public long setStatus(UUID id, long expectedVersion, Status to, String by) {
        return move(id, expectedVersion, to, by).version();
    }

    /**
     * Moves a story to {@code to} as {@link #setStatus} does, saying where it ended up: asking
     * for Approved signs the next open level of the review chain, and the story is Approved only
     * when that was the last level. Going back to Draft (or Ready) clears the signatures.
     *
     * @throws StatusChangeRefused when the move is not allowed or the story is not ready
     * @throws org.newsdesk.workflow.signoff.SignOffRefused when this editor may not sign the next level,
     *                             or a correction is published without its note
     * @throws StoreException      STALE when the story changed since {@code expectedVersion}
     */
    public StatusMoved move(UUID id, long expectedVersion, Status to, String by) {
        ReadinessCheck readiness = readinessCheck();
        return tx.write(t -> {
            ListedStories.promote(t, id); // a newsroom story only listed here becomes a story row first
            StoryRecord row = t.selectFrom(STORY).where(STORY.ID.eq(id)).forUpdate().fetchOne();
            if (row == null) {
                throw new StoreException(StoreException.Problem.NOT_FOUND, "No story with id " + id);
            }
            if (row.getVersion() != expectedVersion) {
                throw new StoreException(StoreException.Problem.STALE,
                        "Story " + id + " was changed elsewhere since it was opened");
            }
            Status from = Status.valueOf(row.getStatus());
            if (!StatusTransitions.allowed(from, to)) {
                throw new StatusChangeRefused(from, to, List.of());
            }
            OffsetDateTime now = now();
            if (StatusTransitions.requiresReadiness(to)) {
                Story story = StoryRows.find(t, id);
                ReadinessReport report = readiness.check(story, to, now.toInstant());
                if (!report.ready()) {
                    throw new StatusChangeRefused(from, to, report.failures());
                }
            }
            Status reached = to;
            int level = 0;
            if (to == Status.APPROVED) {
                level = signOff.stateIn(t, id).nextLevel();
                reached = signOff.signIn(t, row, by, now);
            } else if (to == Status.PUBLISHED) {
                SignOffRepository.requireNoteIn(t, id);
            } else if (to == Status.DRAFT || to == Status.READY) {
                SignOffRepository.clearIn(t, id, SignOffRepository.REOPENED, now);
            }
            t.update(STORY).set(STORY.STATUS, reached.name()).set(STORY.VERSION, expectedVersion + 1)
                    .set(STORY.UPDATED_AT, now).where(STORY.ID.eq(id)).execute();
            if (reached != from) {
                t.insertInto(STATUS_CHANGE)
                        .set(STATUS_CHANGE.STORY_ID, id)
                        .set(STATUS_CHANGE.FROM_STATUS, from.name())
                        .set(STATUS_CHANGE.TO_STATUS, reached.name())
                        .set(STATUS_CHANGE.CHANGED_BY, by == null ? "" : by)
                        .set(STATUS_CHANGE.CHANGED_AT, now)
                        .execute();
            }
            return new StatusMoved(expectedVersion + 1, reached, level);
        });
    }

    /** The story's status changes, oldest first. */
    public List<StatusChange> statusHistory(UUID id) {
        return tx.read(t -> t.selectFrom(STATUS_CHANGE).where(STATUS_CHANGE.STORY_ID.eq(id))
                .orderBy(STATUS_CHANGE.ID)
                .fetch(r -> new StatusChange(r.getStoryId(), Status.valueOf(r.getFromStatus()),
                        Status.valueOf(r.getToStatus()), r.getChangedBy(), r.getChangedAt().toInstant(),
                        r.getReason())));
    }

    /**
     * Writes metadata and slug together after validating them; invalid values never reach the
     * store (and its constraints would refuse them too).
     *
     * @return the story's new version
     * @throws MetadataRejected with the problems, when a value is invalid
     */
    public long saveMetadata(UUID id, long expectedVersion, Metadata metadata, String slug) {
        return tx.write(t -> {
            ListedStories.promote(t, id);
            // a channel taken off the list since the story was put in it stays allowed on that story,
            // so the story's other fields can still be saved; a new unknown channel is refused
            String[] stored = t.select(STORY.CHANNELS).from(STORY).where(STORY.ID.eq(id)).fetchOne(STORY.CHANNELS);
            List<String> allowed = new ArrayList<>(channels().names());
            if (stored != null) {
                allowed.addAll(List.of(stored));
            }
            List<FieldProblem> problems = new MetadataValidator(new ChannelList(ChannelList.distinct(allowed)))
                    .validate(metadata, slug);
            if (!problems.isEmpty()) {
                throw new MetadataRejected(problems);
            }
            int n = t.update(STORY).set(STORY.VERSION, expectedVersion + 1).set(STORY.UPDATED_AT, now())
                    .where(STORY.ID.eq(id), STORY.VERSION.eq(expectedVersion)).execute();
            if (n == 0) {
                boolean exists = t.fetchExists(STORY, STORY.ID.eq(id));
                throw exists ? new StoreException(StoreException.Problem.STALE, "Story " + id + " was changed elsewhere")
                        : new StoreException(StoreException.Problem.NOT_FOUND, "No story with id " + id);
            }
            StoryRecord row = t.selectFrom(STORY).where(STORY.ID.eq(id)).fetchOne();
            StoryRows.applyMetadata(row, metadata);
            row.setSlug(slug);
            row.store();
            signOff.afterContentChange(t, id, Status.valueOf(row.getStatus()));
            return expectedVersion + 1;
        });
    }

    /** The review chain's signatures, the sign-off rules and corrections. */
    public SignOffRepository signOff() {
        return signOff;
    }

    /** The channels a story may be put in: the list handed over last, or the portal's navigation. */
    public ChannelList channels() {
        return channels;
    }

    /** Validates from now on against {@code list} (the preferences' channels); an empty list means the default. */
    public void setChannels(ChannelList list) {
        channels = list == null || list.names().isEmpty() ? ChannelList.DEFAULT : list;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
