package org.newsdesk.newsroom;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.NewsroomReplica;
import org.newsdesk.store.ReplicaBodies;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.store.server.ServerStory;

/**
 * One workstation's replication with the newsroom server, offline-first: the local store is
 * the working copy and is written first; a sync pulls every story pushed since the last pull
 * and merges it three-way against the base (the content both last agreed on), then pushes each
 * story changed here since its base with optimistic version checks. A push refused because
 * someone pushed in between pulls, merges and tries again. Stories with an open conflict are not
 * pushed; nothing typed on either side is dropped.
 */
public final class NewsroomSync {

    /** The app-state key of the newest server change this workstation has pulled. */
    static final String PULLED = "newsroom.pulled";
    private static final int PUSH_ATTEMPTS = 3;
    /** Stories read from the server (and new ones written here) per batch of a pull. */
    static final int PULL_CHUNK = 1_000;

    private final Store store;
    private final NewsroomReplica replica;
    private final ServerLibrary server;
    private final String login;
    private final NewsroomRevisions revisions;
    private final NewsroomBodies bodies;
    private final EditorNames names;
    private volatile Predicate<UUID> held = id -> false;
    private volatile boolean bodiesWanted = true;
    private int pullChunk = PULL_CHUNK;

    public NewsroomSync(Store store, ServerLibrary server, String login) {
        this.store = store;
        this.replica = store.newsroom();
        this.server = server;
        this.login = Objects.requireNonNull(login, "login");
        this.revisions = new NewsroomRevisions(store);
        this.names = new EditorNames(server);
        this.bodies = new NewsroomBodies(store, server, names);
    }

    /**
     * The story with its body, fetched from the server first when only its metadata is here
     * (a story opened for the first time on this workstation).
     *
     * @throws ServerException when the body is not here and the server cannot be reached
     */
    public Story fetch(UUID id) {
        return bodies.fetch(id);
    }

    /** The next sync fetches the bodies of stories kept offline or assigned to this login (a flag changed). */
    public void fetchWantedBodies() {
        bodiesWanted = true;
    }

    /**
     * Stories open in an editor: a pull does not write them (the window takes their changes
     * through {@link #incoming} and {@link #accept} between keystrokes); they are pulled again.
     */
    public void holdWhile(Predicate<UUID> open) {
        this.held = Objects.requireNonNull(open);
    }

    /** How many stories a pull reads (and writes, when new here) per batch; tests make it small. */
    void pullChunk(int stories) {
        this.pullChunk = stories;
    }

    /**
     * Pull, then push, once; then the revisions: those made here are given their newsroom
     * numbers (their stories are on the server by now), those made elsewhere are pulled.
     */
    public SyncReport syncOnce() {
        Counts counts = new Counts();
        pull(counts);
        if (bodiesWanted || counts.pulled > 0) {
            bodiesWanted = false;
            bodies.fetchWanted(login);
        }
        bodies.dropUnused(login, id -> held.test(id));
        for (UUID id : replica.pushCandidates()) {
            // asked per story: the pull a refused push makes can open a conflict on a later one
            if (!replica.hasOpenConflict(id)) {
                push(id, counts);
            }
        }
        revisions.push(server, login);
        revisions.pull(server);
        return new SyncReport(counts.pulled, counts.merged, counts.pushed, replica.storiesWithConflicts(),
                new ArrayList<>(counts.postponed), new ArrayList<>(counts.changed), new ArrayList<>(counts.held));
    }

    private static final class Counts {
        int pulled;
        int merged;
        int pushed;
        final Set<UUID> postponed = new LinkedHashSet<>();
        final Set<UUID> changed = new LinkedHashSet<>();
        final Set<UUID> held = new LinkedHashSet<>();
    }

    // ---------------------------------------------------------------- pull

    private void pull(Counts counts) {
        long since = store.appState().get(PULLED).map(Long::parseLong).orElse(0L);
        long[] reached = {since};
        boolean[] heldBack = {false};
        boolean keepAll = replica.bodies().keepAll();
        List<Map<UUID, ReplicaBodies.State>> states = new ArrayList<>(1);
        var lookup = replica.bodies().pullStates(); // a first join into a fresh folder looks nothing up
        try (JoinWriter writer = new JoinWriter(replica)) {
            server.changedSince(since, pullChunk, ids -> {
                states.clear();
                states.add(lookup.apply(ids));
                return bodies.needed(ids, states.get(0), keepAll);
            }, chunk -> {
                JoinWriter.Chunk fresh = joinNew(chunk, states.get(0).keySet(), keepAll, counts);
                int freshCount = fresh.joined().size() + fresh.listed().size();
                if (freshCount == chunk.size()) {
                    // all new here (a first join): written on the writer's thread while the next chunk is read
                    if (!heldBack[0]) {
                        reached[0] = chunk.get(chunk.size() - 1).changeSeq();
                    }
                    writer.write(new JoinWriter.Chunk(fresh.joined(), fresh.listed(),
                            reached[0] > since ? Map.of(PULLED, Long.toString(reached[0])) : Map.of()));
                    return;
                }
                writer.finish(); // what was handed over is written before this chunk's stories are taken
                replica.writeJoined(fresh.joined(), fresh.listed(), Map.of());
                Set<UUID> written = new HashSet<>();
                fresh.joined().forEach(j -> written.add(j.story().id()));
                fresh.listed().forEach(l -> written.add(l.id()));
                for (ServerStory s : chunk) {
                    if (!written.contains(s.id())) {
                        heldBack[0] |= !takeOne(s, states.get(0).get(s.id()), counts);
                    }
                    if (!heldBack[0]) {
                        reached[0] = s.changeSeq();
                    }
                }
                if (reached[0] > since) {
                    // recorded per batch: a pull cut midway (a long first join) goes on from here next time
                    store.appState().put(PULLED, Long.toString(reached[0]));
                }
            });
            writer.finish();
        }
        // each batch recorded how far it reached: nothing is written when nothing came (a sync
        // runs after every save, and each write is a commit)
    }

    /**
     * The stories of {@code chunk} that are not here yet, to be written in one transaction (a
     * first join pulls the whole library this way): their metadata only, or with their bodies
     * when every body is kept offline.
     */
    private JoinWriter.Chunk joinNew(List<ServerStory> chunk, Set<UUID> here, boolean keepAll, Counts counts) {
        List<NewsroomReplica.Joined> joined = new ArrayList<>();
        List<NewsroomReplica.Listed> listed = new ArrayList<>();
        for (ServerStory s : chunk) {
            if (!here.contains(s.id()) && !held.test(s.id())) {
                if (keepAll) {
                    Story story = ServerCodec.fromServer(s, null);
                    joined.add(new NewsroomReplica.Joined(story, s.version(), ServerCodec.baseSnapshot(s, story),
                            s.trashed(), names.of(s.updatedBy())));
                } else {
                    listed.add(NewsroomBodies.listed(s, names.of(s.updatedBy())));
                }
                counts.changed.add(s.id());
            }
        }
        counts.pulled += joined.size() + listed.size();
        return new JoinWriter.Chunk(joined, listed, Map.of());
    }

    /** Takes one story that is here already; false when it was held back (pulled again next time). */
    private boolean takeOne(ServerStory s, ReplicaBodies.State state, Counts counts) {
        try {
            if (state == ReplicaBodies.State.LISTED) {
                if (bodies.takeListed(s)) {
                    counts.pulled++;
                    counts.changed.add(s.id());
                }
                counts.postponed.remove(s.id());
                return true;
            }
            if (state == ReplicaBodies.State.LISTED_CHANGED) {
                bodies.materialize(s); // its change here is pushed with the body
                counts.changed.add(s.id());
            }
            boolean trashedAtBase = replica.base(s.id()).map(b -> ServerCodec.readBase(b.snapshot()).trashed())
                    .orElse(false);
            boolean trashedHere = replica.trashed(s.id());
            if (take(s, counts)) {
                counts.pulled++;
            }
            NewsroomTrash.follow(store, s, trashedAtBase, trashedHere);
            counts.postponed.remove(s.id());
            return true;
        } catch (StoreException e) {
            if (e.problem() != StoreException.Problem.STALE) {
                throw e;
            }
            counts.postponed.add(s.id());
            return false; // typed into meanwhile: pull this change again next time
        }
    }

    /** Takes one server story into the local store; false when it was already here (our own push). */
    private boolean take(ServerStory s, Counts counts) {
        Optional<Incoming> in = plan(s);
        if (in.isEmpty()) {
            return false;
        }
        if (held.test(s.id())) {
            // open in the editor: the window merges it itself (incoming/accept) so no typing is lost
            counts.held.add(s.id());
            throw new StoreException(StoreException.Problem.STALE, "Story " + s.id() + " is open in the editor");
        }
        accept(in.get());
        if (in.get().merged()) {
            counts.merged++;
        }
        counts.changed.add(s.id());
        return true;
    }

    /**
     * The server's current version of a story, merged with the local one, ready to be written
     * by {@link #accept}; empty when the server has nothing new for it.
     */
    public Optional<Incoming> incoming(UUID id) {
        return server.current(id).flatMap(this::plan);
    }

    /**
     * Writes what {@link #incoming} prepared, if the local story is still the one it was merged
     * with ({@link StoreException.Problem#STALE} otherwise: it is merged again next time).
     *
     * @return the story as now stored
     */
    public Story accept(Incoming in) {
        return replica.writePulled(in.result(), in.mine() == null ? null : in.mine().version(), in.serverVersion(),
                in.snapshot(), in.resultIsBase(), in.conflicts(), in.resultIsBase() ? in.changedBy() : null);
    }

    private Optional<Incoming> plan(ServerStory s) {
        Optional<NewsroomReplica.Read> local = replica.read(s.id());
        Optional<NewsroomReplica.Base> base = replica.base(s.id());
        String snapshot = ServerCodec.baseSnapshot(s);
        if (local.isEmpty()) {
            return Optional.of(new Incoming(null, ServerCodec.fromServer(s, null), s.version(), snapshot, true,
                    List.of(), false, names.of(s.updatedBy())));
        }
        if (base.isPresent() && (base.get().serverVersion() == s.version() || base.get().snapshot() == null)) {
            return Optional.empty(); // nothing new, or its body is not here (a pull takes its metadata)
        }
        Story mine = local.get().story();
        Story theirs = ServerCodec.fromServer(s, mine);
        Story baseStory = base.map(b -> ServerCodec.readBase(b.snapshot()).story())
                .orElseGet(() -> new Story(s.id(), mine.slug(), mine.status(), null, List.of(), List.of(), 0, 0, null, null));
        if (ServerCodec.sameContent(mine, theirs)
                || base.isPresent() && ServerCodec.sameContent(mine, baseStory)) {
            // the server holds exactly what is here (our own push whose answer was lost), or only they changed
            return Optional.of(new Incoming(mine, theirs, s.version(), snapshot, true, List.of(), false,
                    names.of(s.updatedBy())));
        }
        StoryMerge.Result merged = StoryMerge.merge(baseStory, mine, theirs);
        List<NewsroomReplica.Conflict> conflicts = conflicts(merged);
        // a conflict still open stays open: the base moves on to the server's content, so the
        // next merge alone would read this workstation's side as a deliberate undo of theirs
        Set<String> found = new HashSet<>();
        conflicts.forEach(c -> found.add(c.item()));
        replica.conflicts(s.id()).stream().filter(c -> !found.contains(c.item())).forEach(conflicts::add);
        return Optional.of(new Incoming(mine, merged.story(), s.version(), snapshot,
                ServerCodec.sameContent(merged.story(), theirs), conflicts, true, names.of(s.updatedBy())));
    }

    /** The conflicts a merge left, as the replica stores them. */
    static List<NewsroomReplica.Conflict> conflicts(StoryMerge.Result merged) {
        List<NewsroomReplica.Conflict> conflicts = new ArrayList<>();
        for (ParagraphConflict c : merged.paragraphConflicts()) {
            conflicts.add(new NewsroomReplica.Conflict("paragraph:" + c.paragraphId(), ServerCodec.paragraphJson(c.base()),
                    ServerCodec.paragraphJson(c.mine()), ServerCodec.paragraphJson(c.theirs())));
        }
        for (StoryMerge.FieldConflict c : merged.fieldConflicts()) {
            conflicts.add(new NewsroomReplica.Conflict("field:" + c.field(), c.base(), c.mine(), c.theirs()));
        }
        return conflicts;
    }

    /**
     * A server change merged with the local story, not yet written.
     *
     * @param mine         the local story it was merged with (null: new here)
     * @param result       what the story becomes
     * @param resultIsBase true when the result is exactly the server's content (nothing left to push)
     * @param merged       true when both sides had changed
     * @param changedBy    the display name of the editor whose push made the server's version
     */
    public record Incoming(Story mine, Story result, long serverVersion, String snapshot, boolean resultIsBase,
                           List<NewsroomReplica.Conflict> conflicts, boolean merged, String changedBy) {

        /** True when {@code current} (say, the editor's text) has the content this was merged with. */
        public boolean mergedWith(Story current) {
            if (mine == null || current == null || mine.paragraphs().size() != current.paragraphs().size()) {
                return false;
            }
            for (int i = 0; i < mine.paragraphs().size(); i++) {
                if (!mine.paragraphs().get(i).sameContentAs(current.paragraphs().get(i))) {
                    return false; // typed meanwhile (the editor's pending metadata was written before the merge)
                }
            }
            return true;
        }
    }

    // ---------------------------------------------------------------- push

    private void push(UUID id, Counts counts) {
        if (replica.bodies().listed(id)) {
            bodies.fetch(id); // changed here from the library: the body comes first, so none is pushed empty
            if (replica.bodies().listed(id)) {
                counts.postponed.add(id); // not on the server (any more): nothing to push it onto
                return;
            }
        }
        for (int attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
            Optional<NewsroomReplica.Read> read = replica.read(id);
            if (read.isEmpty()) {
                return;
            }
            Story story = read.get().story();
            Optional<NewsroomReplica.Base> base = replica.base(id);
            ServerCodec.Base agreed = base.map(b -> ServerCodec.readBase(b.snapshot())).orElse(null);
            boolean trashed = replica.trashed(id);
            if (agreed != null && ServerCodec.sameContent(story, agreed.story()) && trashed == agreed.trashed()) {
                replica.recordPushed(id, base.get().serverVersion(), base.get().snapshot(), read.get().changeSeq());
                return;
            }
            Map<String, Long> versions = agreed == null ? Map.of() : agreed.paragraphVersions();
            Set<String> changed = changedParagraphs(story, agreed == null ? List.of() : agreed.story().paragraphs());
            try {
                ServerStory pushed = server.push(ServerCodec.toServer(story, versions).trashed(trashed),
                        base.map(NewsroomReplica.Base::serverVersion).orElse(0L), changed, login);
                replica.recordPushed(id, pushed.version(), ServerCodec.baseSnapshot(pushed), read.get().changeSeq());
                counts.pushed++;
                counts.postponed.remove(id);
                return;
            } catch (ServerException e) {
                if (e.problem() == ServerException.Problem.REFUSED) {
                    counts.postponed.add(id); // the server's roles forbid it (a reporter approving): kept here
                    return;
                }
                if (e.problem() != ServerException.Problem.STALE) {
                    throw e;
                }
                counts.postponed.add(id);
                pull(counts); // someone pushed in between: merge their change, then try again
                if (replica.hasOpenConflict(id)) {
                    return;
                }
            }
        }
    }

    private static Set<String> changedParagraphs(Story story, List<Paragraph> base) {
        Map<String, Paragraph> before = new java.util.HashMap<>();
        base.forEach(p -> before.put(p.id(), p));
        Set<String> changed = new HashSet<>();
        for (Paragraph p : story.paragraphs()) {
            Paragraph b = before.get(p.id());
            if (b == null || !b.sameContentAs(p)) {
                changed.add(p.id());
            }
        }
        return changed;
    }
}
