package org.newsdesk.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.export.BundleFile;
import org.newsdesk.export.BundleWriter;
import org.newsdesk.export.ExportBundle;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.export.StoryPages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.workflow.readiness.ReadinessCheck;
import org.newsdesk.workflow.readiness.ReadinessFailure;
import org.newsdesk.workflow.status.StatusChangeRefused;

/**
 * "Publish": exports a story's revision as a bundle into the outbox folder and queues it for
 * each chosen target. Publishing the same revision again queues nothing new: the bundle is
 * byte-identical, so its entries are the same entries.
 */
public final class Outbox {

    private final Store store;
    private final StoryPages pages;
    private final OutboxFiles files;
    private final List<Runnable> onQueued = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Clock clock;
    private volatile RevisionNumbers numbers = RevisionNumbers.LOCAL;

    public Outbox(Store store, StoryExporter exporter, OutboxFiles files) {
        this(store, exporter, files, Clock.systemUTC());
    }

    /** @param clock what "now" is when deciding whether a publish time lies in the future */
    public Outbox(Store store, StoryExporter exporter, OutboxFiles files, Clock clock) {
        this.store = store;
        this.pages = new StoryPages(exporter, store.library(), store.workflow().signOff());
        this.files = files;
        this.clock = clock;
    }

    /**
     * When a publish of {@code story} may go out: the later of its publish time ({@code at}
     * when the editor chose one, else the story's own) and its embargo; empty when neither is set.
     */
    public static Optional<Instant> releaseTime(Story story, ZonedDateTime at) {
        ZonedDateTime publish = at != null ? at : story.metadata().publishTime();
        ZonedDateTime embargo = story.metadata().embargoUntil();
        Instant release = publish == null ? null : publish.toInstant();
        if (embargo != null && (release == null || embargo.toInstant().isAfter(release))) {
            release = embargo.toInstant();
        }
        return Optional.ofNullable(release);
    }

    /** Whether publishing {@code story} now (with publish time {@code at}, or its own) is held in the outbox until later. */
    public boolean scheduled(Story story, ZonedDateTime at) {
        return releaseTime(story, at).filter(t -> t.isAfter(Instant.now(clock))).isPresent();
    }

    /** How bundles name revisions from now on (a newsroom's numbers); {@link RevisionNumbers#LOCAL} by default. */
    public void useNumbers(RevisionNumbers value) {
        this.numbers = value == null ? RevisionNumbers.LOCAL : value;
    }

    /** Runs {@code action} whenever something was queued (the worker wakes up). */
    public void onQueued(Runnable action) {
        onQueued.add(action);
    }

    /**
     * Exports the story as it is now and queues it for {@code targetNames} (all targets when
     * empty). A story changed since its last revision gets a new revision first, so what is
     * published is always a revision that can be found again.
     *
     * @throws SyncException                          NO_TARGETS or UNKNOWN_TARGET; nothing is queued
     * @throws org.newsdesk.export.ExportException    when the bundle cannot be written (disk full); nothing is queued
     */
    public Published publish(UUID storyId, List<String> targetNames, String by) {
        return publish(storyId, targetNames, by, null);
    }

    /**
     * As above with the publish time {@code at} the editor chose (the story's own when
     * {@code null}; the bundle carries the chosen one). When that time or the story's embargo
     * lies in the future the entries are SCHEDULED: nothing goes out before then.
     */
    public Published publish(UUID storyId, List<String> targetNames, String by, ZonedDateTime at) {
        Set<String> targets = chosenTargets(targetNames);
        refuseWhileConflicted(storyId);
        Story story = publishableRevision(storyId, by);
        if (at != null) {
            story = withPublishTime(story, at);
        }
        Instant release = releaseTime(story, null).orElse(null);
        Instant embargo = story.metadata().embargoUntil() == null ? null : story.metadata().embargoUntil().toInstant();
        // in a newsroom the bundle names the revision (and its corrections') by the server's numbers:
        // numbered first, so without the server nothing is recorded or queued
        RevisionNumbers named = numbers;
        named.number(storyId, story.revision());
        // a changed Published story is a correction: its note goes with this revision, and on its page
        store.workflow().signOff().publishCorrection(storyId, story.revision(), by);
        ExportBundle bundle = pages.bundle(story, ExportOptions.defaults(), revision -> named.number(storyId, revision));
        byte[] zip = BundleWriter.zipBytes(bundle);
        String sha256 = BundleFile.sha256(zip);
        files.save(sha256, zip);
        List<OutboxEntry> entries = new ArrayList<>();
        for (String target : targets) {
            entries.add(store.outbox().enqueue(story.id(), story.revision(), sha256, target, story.slug(),
                    story.metadata().headline(), by, release, embargo));
        }
        onQueued.forEach(Runnable::run);
        return new Published(story.id(), story.revision(), sha256, List.copyOf(entries));
    }

    /**
     * Publishing as the editor's deliberate act (the command line's {@code publish}): an
     * Approved story moves to Published (its checks run again) and is queued; a Published one
     * is queued again (its page replaced). Any other status is refused and nothing changes.
     *
     * @throws StatusChangeRefused when the story is not Approved or Published, or fails its checks
     * @throws SyncException       NO_TARGETS or UNKNOWN_TARGET, or NEWSROOM_UNREACHABLE (a newsroom
     *                             story's revision cannot be numbered), before the status changes
     */
    public Published publishStory(UUID storyId, List<String> targetNames, String by) {
        return publishStory(storyId, targetNames, by, null);
    }

    /**
     * As above with a publish time ({@code null}: the story's own). A publish whose time or
     * embargo lies in the future is scheduled: an Approved story is checked now (all but the
     * embargo) and stays Approved until the worker releases it, when it becomes Published
     * ({@link ScheduledRelease}).
     */
    public Published publishStory(UUID storyId, List<String> targetNames, String by, ZonedDateTime at) {
        chosenTargets(targetNames);
        Story current = store.stories().get(storyId);
        if (scheduled(current, at)) {
            if (current.status() == Status.APPROVED) {
                List<ReadinessFailure> failures = store.workflow().check(storyId, Status.PUBLISHED).failures().stream()
                        .filter(f -> f.kind() != ReadinessCheck.Kind.EMBARGO).toList();
                if (!failures.isEmpty()) {
                    throw new StatusChangeRefused(current.status(), Status.PUBLISHED, failures);
                }
            } else if (current.status() != Status.PUBLISHED) {
                throw new StatusChangeRefused(current.status(), Status.PUBLISHED, List.of());
            }
            return publish(storyId, targetNames, by, at);
        }
        if (current.status() == Status.APPROVED) {
            refuseWhileConflicted(storyId);
            // numbered before the status moves: a newsroom out of reach leaves the story Approved, not
            // Published with nothing queued (publish keeps this revision: its content is unchanged)
            numbers.number(storyId, publishableRevision(storyId, by).revision());
            store.workflow().setStatus(storyId, store.stories().version(storyId), Status.PUBLISHED, by);
        } else if (current.status() != Status.PUBLISHED) {
            throw new StatusChangeRefused(current.status(), Status.PUBLISHED, List.of());
        }
        return publish(storyId, targetNames, by, at);
    }

    private static Story withPublishTime(Story s, ZonedDateTime at) {
        Metadata m = s.metadata();
        Metadata timed = new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(), m.authors(),
                m.editor(), at.withZoneSameInstant(m.timeZone()), m.timeZone(), m.channels(), m.keywords(), m.series(),
                m.internalNote(), m.embargoUntil());
        return new Story(s.id(), s.slug(), s.status(), timed, s.speakers(), s.paragraphs(), s.revision(), s.version(),
                s.createdAt(), s.updatedAt());
    }

    public List<OutboxEntry> entries() {
        return store.outbox().list();
    }

    /** Tries a failed, refused or cancelled entry again at once. */
    public Optional<OutboxEntry> retryNow(long entryId) {
        Optional<OutboxEntry> entry = store.outbox().retryNow(entryId);
        entry.ifPresent(e -> onQueued.forEach(Runnable::run));
        return entry;
    }

    /** Takes an entry out of the queue; a cancelled scheduled publish never goes out (unless queued again). */
    public Optional<OutboxEntry> cancel(long entryId) {
        return store.outbox().cancel(entryId);
    }

    private Set<String> chosenTargets(List<String> names) {
        List<String> configured = store.targets().list().stream().map(t -> t.name()).toList();
        if (configured.isEmpty()) {
            throw new SyncException(SyncException.Problem.NO_TARGETS, "");
        }
        if (names == null || names.isEmpty()) {
            return new LinkedHashSet<>(configured);
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String name : names) {
            if (!configured.contains(name)) {
                throw new SyncException(SyncException.Problem.UNKNOWN_TARGET, name);
            }
            chosen.add(name);
        }
        return chosen;
    }

    /**
     * The revision to publish: the last one when the story has not changed since (identical
     * content never makes a new revision), else a new one saved now by {@code by}.
     */
    /**
     * Nothing is sent while a newsroom conflict is open in the story, whatever its status (a
     * Published story sent again as a correction does not move through the status checks).
     */
    private void refuseWhileConflicted(UUID storyId) {
        List<ReadinessFailure> open = store.workflow().check(storyId, Status.PUBLISHED).failures().stream()
                .filter(f -> f.kind() == ReadinessCheck.Kind.NEWSROOM_CONFLICTS).toList();
        if (!open.isEmpty()) {
            throw new StatusChangeRefused(store.stories().get(storyId).status(), Status.PUBLISHED, open);
        }
    }

    private Story publishableRevision(UUID storyId, String by) {
        Story current = store.stories().get(storyId);
        int number = store.stories().saveRevision(storyId, current.version(), by).number();
        // what reaches a portal is published: the bundle says so whatever the status was when it was kept
        return store.stories().revision(storyId, number).withStatus(Status.PUBLISHED);
    }
}
