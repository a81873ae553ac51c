package org.newsdesk.newsroom;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.store.AppStateRepository;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.server.ServerClaims;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.sync.DeliveryClaims;
import org.newsdesk.sync.DeliveryOutcome;
import org.newsdesk.sync.DeliveryProblem;
import org.newsdesk.sync.DeliveryReceipt;
import org.newsdesk.sync.RevisionNumbers;
import org.newsdesk.sync.SyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery worker's claims on a newsroom server: an entry is sent only by the workstation
 * that claimed its story revision and target there. A claim names the revision by the number
 * the server gave it ({@link NewsroomRevisions}; handed over first when it has none yet), never
 * by this workstation's own number, so two workstations' revisions with the same number are
 * never taken for one, and one revision saved on two desks is delivered once. Delivered elsewhere counts as delivered
 * here; held by another workstation, or the server out of reach, means "try again later" (a
 * newsroom never delivers unclaimed, so the portal never gets a revision twice); a reporter is
 * refused by the server. One connection, opened when first needed and again after a failure.
 */
public final class NewsroomDeliveryClaims implements DeliveryClaims, RevisionNumbers, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NewsroomDeliveryClaims.class);

    /** The app-state key of this workstation's id among the newsroom's claims. */
    static final String WORKSTATION = "newsroom.workstation";
    /** How long a claim holds when its workstation never finishes it (killed mid-upload). */
    public static final Duration LEASE = Duration.ofMinutes(10);

    /**
     * The app-state key of "delivered" marks owed to the server: uploads that went through
     * whose mark failed (one line each: story, the revision's newsroom number, target, tab-separated). Sent before
     * the next claim; until then another workstation could deliver the revision again once
     * the lease ends.
     */
    static final String OWED = "newsroom.owedDeliveredMarks";

    private final AppStateRepository state;
    private final NewsroomRevisions revisions;
    private final Supplier<ServerLibrary> connect;
    private final String workstation;
    private final Duration lease;
    private ServerLibrary server;

    /**
     * @param connect opens a connection to the newsroom server with this workstation's login
     * @param lease   how long a claim holds without being finished
     */
    public NewsroomDeliveryClaims(Supplier<ServerLibrary> connect, Store store, Duration lease) {
        this.connect = connect;
        this.state = store.appState();
        this.revisions = new NewsroomRevisions(store);
        this.workstation = workstationId(state);
        this.lease = lease;
    }

    /** This data folder's id among the newsroom's workstations (made once, kept in the folder). */
    public static String workstationId(AppStateRepository state) {
        return state.get(WORKSTATION).filter(s -> !s.isEmpty()).orElseGet(() -> {
            String id = UUID.randomUUID().toString();
            state.put(WORKSTATION, id);
            return id;
        });
    }

    @Override
    public synchronized DeliveryOutcome claim(OutboxEntry entry) {
        try {
            sendOwedMarks();
            int revision = revisions.serverNumber(server(), entry.storyId(), entry.revision(), "");
            return switch (claims().claim(entry.storyId(), revision, entry.target())) {
                case CLAIMED -> null;
                case DELIVERED -> new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.NEWSROOM_ELSEWHERE));
                case BUSY -> new DeliveryOutcome.Retry(DeliveryProblem.of(DeliveryProblem.Code.NEWSROOM_BUSY), null);
            };
        } catch (StoreException e) {
            if (e.problem() != StoreException.Problem.NOT_FOUND) {
                throw e;
            }
            // the revision is gone from this data folder: no newsroom number can name it
            LOG.warn("newsroom delivery claim for {} r{}: {}", entry.storyId(), entry.revision(), e.getMessage());
            return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED,
                    DeliveryProblem.of(DeliveryProblem.Code.NEWSROOM_REFUSED));
        } catch (ServerException e) {
            // the server's own words (PostgreSQL's, in English) go to the log; the editor reads the code
            LOG.warn("newsroom delivery claim for {} r{} to {}: {}", entry.storyId(), entry.revision(), entry.target(),
                    e.getMessage());
            if (e.problem() == ServerException.Problem.REFUSED) {
                return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.CREDENTIALS,
                        DeliveryProblem.of(DeliveryProblem.Code.NEWSROOM_REFUSED));
            }
            drop();
            return new DeliveryOutcome.Retry(DeliveryProblem.of(DeliveryProblem.Code.NEWSROOM_UNREACHABLE), null);
        }
    }

    /**
     * The newsroom's number of the revision, handed over first when it has none yet: what a
     * published bundle carries.
     *
     * @throws SyncException NEWSROOM_UNREACHABLE when that needs the server and it is out of reach
     */
    @Override
    public synchronized int number(UUID story, int revision) {
        java.util.OptionalInt known = revisions.knownNumber(story, revision);
        if (known.isPresent()) {
            return known.getAsInt();
        }
        try {
            return revisions.serverNumber(server(), story, revision, "");
        } catch (ServerException e) {
            LOG.warn("numbering {} r{} on the newsroom server: {}", story, revision, e.getMessage());
            drop();
            throw new SyncException(SyncException.Problem.NEWSROOM_UNREACHABLE, "");
        }
    }

    /** The newsroom's number of the entry's revision, which its claim gave it (the entry's own if none). */
    @Override
    public int revision(OutboxEntry entry) {
        return revisions.knownNumber(entry.storyId(), entry.revision()).orElse(entry.revision());
    }

    @Override
    public synchronized void finished(OutboxEntry entry, DeliveryOutcome outcome) {
        boolean delivered = outcome instanceof DeliveryOutcome.Delivered;
        java.util.OptionalInt numbered = revisions.knownNumber(entry.storyId(), entry.revision());
        if (numbered.isEmpty()) {
            return; // never claimed: its claim could not number it
        }
        int revision = numbered.getAsInt();
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                claims().finish(entry.storyId(), revision, entry.target(), delivered);
                return;
            } catch (ServerException e) {
                drop(); // the second attempt opens a fresh connection
            }
        }
        if (delivered) {
            // the portal has it: the mark is owed, or the claim lapses and someone sends it again
            List<String> owed = new ArrayList<>(owed());
            owed.add(entry.storyId() + "\t" + revision + "\t" + entry.target());
            state.put(OWED, String.join("\n", owed));
        }
        // not delivered: the claim lapses after its lease; the entry's own record decides what happens here
    }

    /**
     * Sends the "delivered" marks owed to the server; those it cannot send stay owed.
     *
     * @throws ServerException when the server cannot be reached
     */
    public synchronized void sendOwedMarks() {
        List<String> owed = new ArrayList<>(owed());
        while (!owed.isEmpty()) {
            String[] mark = owed.get(0).split("\t", 3);
            try {
                claims().finish(UUID.fromString(mark[0]), Integer.parseInt(mark[1]), mark[2], true);
            } catch (ServerException e) {
                drop();
                throw e;
            }
            owed.remove(0);
            state.put(OWED, String.join("\n", owed));
        }
    }

    /** The marks owed to the server, oldest first. */
    List<String> owed() {
        return state.get(OWED).filter(v -> !v.isBlank()).map(v -> List.of(v.split("\n"))).orElse(List.of());
    }

    private ServerClaims claims() {
        return new ServerClaims(server(), workstation, lease);
    }

    private ServerLibrary server() {
        if (server == null) {
            server = connect.get();
        }
        return server;
    }

    private void drop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public synchronized void close() {
        drop();
    }
}
