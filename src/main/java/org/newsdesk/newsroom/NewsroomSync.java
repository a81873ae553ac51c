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
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.NewsroomReplica;
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

    private final Store store;
    private final NewsroomReplica replica;
    private final ServerLibrary server;
    private final String login;

    public NewsroomSync(Store store, ServerLibrary server, String login) {
        this.store = store;
        this.replica = store.newsroom();
        this.server = server;
        this.login = Objects.requireNonNull(login, "login");
    }

    /** Pull, then push, once. */
    public SyncReport syncOnce() {
        Counts counts = new Counts();
        pull(counts);
        Set<UUID> withConflicts = new HashSet<>(replica.storiesWithConflicts());
        for (UUID id : replica.pushCandidates()) {
            if (withConflicts.contains(id)) {
                continue;
            }
            push(id, counts);
        }
        return new SyncReport(counts.pulled, counts.merged, counts.pushed, replica.storiesWithConflicts(),
                new ArrayList<>(counts.postponed));
    }

    private static final class Counts {
        int pulled;
        int merged;
        int pushed;
        final Set<UUID> postponed = new LinkedHashSet<>();
    }

    // ---------------------------------------------------------------- pull

    private void pull(Counts counts) {
        long since = store.appState().get(PULLED).map(Long::parseLong).orElse(0L);
        long reached = since;
        boolean held = false;
        for (ServerStory s : server.changedSince(since)) {
            try {
                boolean trashedAtBase = replica.base(s.id()).map(b -> ServerCodec.readBase(b.snapshot()).trashed())
                        .orElse(false);
                boolean trashedHere = replica.trashed(s.id());
                if (take(s, counts)) {
                    counts.pulled++;
                }
                NewsroomTrash.follow(store, s, trashedAtBase, trashedHere);
                counts.postponed.remove(s.id());
            } catch (StoreException e) {
                if (e.problem() != StoreException.Problem.STALE) {
                    throw e;
                }
                counts.postponed.add(s.id());
                held = true; // typed into meanwhile: pull this change again next time
            }
            if (!held) {
                reached = s.changeSeq();
            }
        }
        store.appState().put(PULLED, Long.toString(reached));
    }

    /** Takes one server story into the local store; false when it was already here (our own push). */
    private boolean take(ServerStory s, Counts counts) {
        Optional<NewsroomReplica.Read> local = replica.read(s.id());
        Optional<NewsroomReplica.Base> base = replica.base(s.id());
        String snapshot = ServerCodec.baseSnapshot(s);
        if (local.isEmpty()) {
            replica.writePulled(ServerCodec.fromServer(s, null), null, s.version(), snapshot, true, List.of());
            return true;
        }
        if (base.isPresent() && base.get().serverVersion() == s.version()) {
            return false;
        }
        Story mine = local.get().story();
        Story theirs = ServerCodec.fromServer(s, mine);
        Story baseStory = base.map(b -> ServerCodec.readBase(b.snapshot()).story())
                .orElseGet(() -> new Story(s.id(), mine.slug(), mine.status(), null, List.of(), List.of(), 0, 0, null, null));
        if (ServerCodec.sameContent(mine, theirs)) {
            // the server holds exactly what is here (our own push whose answer was lost): agreed
            replica.writePulled(theirs, mine.version(), s.version(), snapshot, true, List.of());
            return true;
        }
        if (base.isPresent() && ServerCodec.sameContent(mine, baseStory)) {
            replica.writePulled(theirs, mine.version(), s.version(), snapshot, true, List.of());
            return true;
        }
        StoryMerge.Result merged = StoryMerge.merge(baseStory, mine, theirs);
        List<NewsroomReplica.Conflict> conflicts = new ArrayList<>();
        for (ParagraphConflict c : merged.paragraphConflicts()) {
            conflicts.add(new NewsroomReplica.Conflict("paragraph:" + c.paragraphId(), ServerCodec.paragraphJson(c.base()),
                    ServerCodec.paragraphJson(c.mine()), ServerCodec.paragraphJson(c.theirs())));
        }
        for (StoryMerge.FieldConflict c : merged.fieldConflicts()) {
            conflicts.add(new NewsroomReplica.Conflict("field:" + c.field(), c.base(), c.mine(), c.theirs()));
        }
        // a conflict still open stays open: the base moves on to the server's content, so the
        // next merge alone would read this workstation's side as a deliberate undo of theirs
        Set<String> found = new HashSet<>();
        conflicts.forEach(c -> found.add(c.item()));
        replica.conflicts(s.id()).stream().filter(c -> !found.contains(c.item())).forEach(conflicts::add);
        replica.writePulled(merged.story(), mine.version(), s.version(), snapshot,
                ServerCodec.sameContent(merged.story(), theirs), conflicts);
        counts.merged++;
        return true;
    }

    // ---------------------------------------------------------------- push

    private void push(UUID id, Counts counts) {
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
                if (replica.storiesWithConflicts().contains(id)) {
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
