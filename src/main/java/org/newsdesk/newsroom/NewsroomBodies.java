package org.newsdesk.newsroom;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.newsdesk.model.Story;
import org.newsdesk.store.NewsroomReplica;
import org.newsdesk.store.ReplicaBodies;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.store.server.ServerStory;

/**
 * Story bodies on demand. Joining copies every story's metadata only (the library and search
 * need no more); a story's paragraphs and roster are fetched when it is opened, and at once for
 * the stories kept offline and those assigned to this workstation's login ("mine"). A story
 * whose body is not here was never typed into, so a pull just replaces its metadata; once its
 * body is here, the usual three-way merge applies.
 */
final class NewsroomBodies {

    /** Stories fetched per round trip when many are wanted (kept offline, mine). */
    static final int FETCH_BATCH = 200;
    /**
     * A body whose text nobody wrote here (fetched, pulled, typed) for this long is dropped, unless
     * it is kept: old stories read once stop filling the disk, and the stories worked on stay.
     * By age rather than by a size budget: a budget would drop the text of a story someone reads
     * every day as soon as a large join came in, and the age needs no new column (the story's
     * modified time is the one clock every body already has).
     */
    static final Duration DROP_AFTER = Duration.ofDays(30);
    /** How often a session looks for bodies to drop. */
    static final Duration DROP_EVERY = Duration.ofHours(1);

    private final Store store;
    private final NewsroomReplica replica;
    private final ReplicaBodies bodies;
    private final ServerLibrary server;
    private final EditorNames names;
    /** When bodies were last looked at for dropping ({@link System#nanoTime}); null: not yet. */
    private Long lastDrop;

    NewsroomBodies(Store store, ServerLibrary server, EditorNames names) {
        this.names = names;
        this.store = store;
        this.replica = store.newsroom();
        this.bodies = replica.bodies();
        this.server = server;
    }

    /**
     * Of a pulled chunk, the stories whose paragraphs the pull needs: those whose body is here
     * (to merge), listed ones changed here (their body is fetched before they are pushed), and
     * new ones when every body is kept offline.
     */
    Set<UUID> needed(List<UUID> ids, Map<UUID, ReplicaBodies.State> states, boolean keepAll) {
        Set<UUID> out = new HashSet<>();
        for (UUID id : ids) {
            ReplicaBodies.State s = states.get(id);
            if (s == null ? keepAll : s != ReplicaBodies.State.LISTED) {
                out.add(id);
            }
        }
        return out;
    }

    /** A story new here, joined without its body (metadata only, no base snapshot). */
    static NewsroomReplica.Listed listed(ServerStory s, String changedBy) {
        return NewsroomReplica.Listed.of(s.id(), s.slug(), s.status(), s.metadataJson(), s.version(), s.trashed(),
                changedBy);
    }

    private static ServerStory withoutBody(ServerStory s) {
        return new ServerStory(s.id(), s.slug(), s.status(), s.metadataJson(), "[]", List.of(), s.version(),
                s.changeSeq(), s.updatedBy(), s.trashed());
    }

    /**
     * Takes a pulled change of a story listed here and never changed here: its metadata;
     * false when the base is at that version already (our own push).
     */
    boolean takeListed(ServerStory s) {
        NewsroomReplica.Base base = replica.base(s.id()).orElseThrow();
        if (base.serverVersion() == s.version()) {
            return false;
        }
        NewsroomReplica.Read local = replica.read(s.id()).orElseThrow();
        bodies.writeListed(ServerCodec.fromServer(withoutBody(s), local.story()), s.metadataJson(), local.story().version(),
                s.version(), s.trashed(), names.of(s.updatedBy()));
        return true;
    }

    /**
     * The story with its body: fetched from the server when only its metadata is here.
     *
     * @throws org.newsdesk.store.server.ServerException when the server cannot be reached
     */
    Story fetch(UUID id) {
        if (bodies.listed(id)) {
            server.stories(List.of(id)).forEach(this::materialize);
        }
        return store.stories().get(id);
    }

    /** Fetches the bodies of the listed stories kept offline or assigned to {@code login}; how many. */
    int fetchWanted(String login) {
        Set<UUID> wanted = new LinkedHashSet<>(bodies.listedToKeep());
        List<UUID> mine = new ArrayList<>();
        server.desk().assignments().forEach((id, assignee) -> {
            if (assignee.equals(login)) {
                mine.add(id);
            }
        });
        if (!mine.isEmpty()) {
            wanted.addAll(bodies.listedAmong(mine));
        }
        List<UUID> all = new ArrayList<>(wanted);
        int fetched = 0;
        for (int from = 0; from < all.size(); from += FETCH_BATCH) {
            for (ServerStory s : server.stories(all.subList(from, Math.min(all.size(), from + FETCH_BATCH)))) {
                try {
                    materialize(s);
                    fetched++;
                } catch (StoreException e) {
                    if (e.problem() != StoreException.Problem.STALE) {
                        throw e;
                    }
                    // changed here meanwhile: fetched again at the next sync
                }
            }
        }
        return fetched;
    }

    /**
     * Drops the bodies untouched for {@link #DROP_AFTER}, sparing {@code open} (open in the window)
     * and the stories assigned to {@code login}; what is not on the server is never dropped
     * ({@link ReplicaBodies#dropUntouched}). Looks at the first call, then at most once per
     * {@link #DROP_EVERY} (a sync runs after every save).
     *
     * @return the stories now only listed here
     */
    List<UUID> dropUnused(String login, Predicate<UUID> open) {
        long now = System.nanoTime();
        if (lastDrop != null && now - lastDrop < DROP_EVERY.toNanos()) {
            return List.of();
        }
        lastDrop = now;
        Set<UUID> spare = new HashSet<>();
        server.desk().assignments().forEach((id, assignee) -> {
            if (assignee.equals(login)) {
                spare.add(id);
            }
        });
        return bodies.dropUntouched(DROP_AFTER, id -> spare.contains(id) || open.test(id));
    }

    /**
     * Writes the body of a story listed here: the server's content as the new base. A listed
     * story changed here (a trash or status move made from the library) keeps that change, and
     * is left to push: its metadata wins where it differs from the server's.
     */
    void materialize(ServerStory full) {
        ReplicaBodies.State state = bodies.states(List.of(full.id())).get(full.id());
        if (state == null || state == ReplicaBodies.State.HERE) {
            return;
        }
        NewsroomReplica.Read local = replica.read(full.id()).orElseThrow();
        Story mine = local.story();
        Story theirs = ServerCodec.fromServer(full, mine);
        String snapshot = ServerCodec.baseSnapshot(full);
        if (state == ReplicaBodies.State.LISTED) {
            replica.writePulled(theirs, mine.version(), full.version(), snapshot, true, List.of(), names.of(full.updatedBy()));
            return;
        }
        // the base: the server's metadata without a body, so both sides' paragraphs are kept
        Story base = new Story(full.id(), theirs.slug(), theirs.status(), theirs.metadata(), List.of(), List.of(), 0, 0,
                null, null);
        StoryMerge.Result merged = StoryMerge.merge(base, mine, theirs);
        boolean sameTrash = replica.trashed(full.id()) == full.trashed();
        replica.writePulled(merged.story(), mine.version(), full.version(), snapshot,
                sameTrash && ServerCodec.sameContent(merged.story(), theirs), NewsroomSync.conflicts(merged));
    }
}
