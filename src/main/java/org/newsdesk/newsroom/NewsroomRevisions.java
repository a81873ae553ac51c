package org.newsdesk.newsroom;

import java.util.List;
import java.util.UUID;
import org.newsdesk.json.StoryJson;
import org.newsdesk.store.RevisionReplica;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.store.server.ServerRevisions;

/**
 * Revisions replicated through the newsroom server. Every revision (an explicit save, an export,
 * a publication) is handed to the server, which gives it its number in the story: that number
 * is the revision's identity across the newsroom, and delivery claims use it. Revisions made on
 * other workstations are pulled into this one's history with their author and account. A sync
 * hands over what was made here (offline too) and pulls what was made elsewhere; a claim hands
 * its revision over first when the sync has not yet.
 */
public final class NewsroomRevisions {

    /** The app-state key of the newest revision change this workstation has pulled. */
    static final String PULLED = "newsroom.revisionsPulled";
    /** Revisions handed over or pulled per round trip. */
    static final int BATCH = 200;

    private final Store store;
    private final RevisionReplica local;
    private String workstation;

    public NewsroomRevisions(Store store) {
        this.store = store;
        this.local = store.newsroomRevisions();
    }

    /**
     * The newsroom's number of local revision {@code number} of a story, handing the revision
     * to the server first when it has none yet.
     *
     * @throws StoreException NOT_FOUND when there is no such revision here
     */
    public int serverNumber(ServerLibrary server, UUID storyId, int number, String login) {
        RevisionReplica.Row row = local.get(storyId, number).orElseThrow(() -> new StoreException(
                StoreException.Problem.NOT_FOUND, "Story " + storyId + " has no revision " + number));
        return row.serverNumber() != null ? row.serverNumber() : handOver(server, row, login);
    }

    /** The newsroom's number of a local revision, when it has one. */
    public java.util.OptionalInt knownNumber(UUID storyId, int number) {
        return local.get(storyId, number).filter(r -> r.serverNumber() != null)
                .map(r -> java.util.OptionalInt.of(r.serverNumber())).orElse(java.util.OptionalInt.empty());
    }

    /** Hands every revision made here that has no number yet to the server; how many. */
    public int push(ServerLibrary server, String login) {
        int handed = 0;
        List<RevisionReplica.Row> batch;
        do {
            batch = local.unnumbered(BATCH);
            for (RevisionReplica.Row row : batch) {
                handOver(server, row, login);
                handed++;
            }
        } while (batch.size() == BATCH);
        return handed;
    }

    /** Pulls the revisions numbered since the last pull; how many were written here. */
    public int pull(ServerLibrary server) {
        ServerRevisions revisions = new ServerRevisions(server);
        long since = store.appState().get(PULLED).map(Long::parseLong).orElse(0L);
        int written = 0;
        List<ServerRevisions.Numbered> batch;
        do {
            batch = revisions.since(since, BATCH);
            for (ServerRevisions.Numbered n : batch) {
                ServerRevisions.Made m = n.made();
                if (local.take(new RevisionReplica.Row(m.storyId(), 0, n.number(), m.origin(), m.originNumber(),
                        m.savedBy(), m.account(), m.savedAt(), m.headline(), m.snapshot()), workstation())) {
                    written++;
                }
                since = n.changeSeq();
            }
            store.appState().put(PULLED, Long.toString(since));
        } while (batch.size() == BATCH);
        return written;
    }

    private int handOver(ServerLibrary server, RevisionReplica.Row row, String login) {
        String sha = ServerCodec.contentSha(StoryJson.fromJson(row.snapshot()));
        int number = new ServerRevisions(server).number(new ServerRevisions.Made(row.storyId(), workstation(),
                row.number(), sha, row.savedBy(), login == null ? "" : login, row.savedAt(), row.headline(),
                row.snapshot()));
        local.numbered(row.storyId(), row.number(), number);
        return number;
    }

    private synchronized String workstation() {
        if (workstation == null) {
            workstation = NewsroomDeliveryClaims.workstationId(store.appState());
        }
        return workstation;
    }
}
