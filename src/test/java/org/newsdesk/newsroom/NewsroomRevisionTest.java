package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.RevisionReplica;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.store.server.ServerRevisions;
import org.newsdesk.sync.DeliveryOutcome;
import org.newsdesk.sync.DeliveryReceipt;

/**
 * Story revisions across a newsroom on a real PostgreSQL: the server numbers them, so a
 * revision has one identity (and one delivery) whichever workstation saved it; a revision saved
 * offline is numbered on the next sync; each workstation's history shows the others' revisions
 * with their author and the account that recorded them.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomRevisionTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;
    private TestNewsroom newsroom;
    private String wang;
    private String li;
    private final List<AutoCloseable> open = new ArrayList<>();

    /** A newsroom with two editors (logins are cluster-wide: unique per test). */
    @BeforeEach
    void newsroomWithTwoEditors() {
        newsroom = new TestNewsroom(postgres);
        wang = newsroom.editor("wang", "王编辑", "editor");
        li = newsroom.editor("li", "李编辑", "editor");
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private <T extends AutoCloseable> T keep(T c) {
        open.add(c);
        return c;
    }

    private Store store(String name) {
        Store store = keep(TestStores.fresh(folders.resolve(name)));
        store.newsroom().bodies().keepAll(true); // desks that revise each other's stories: every body kept offline
        return store;
    }

    /** One sync as {@code login}, through {@code proxy} when given. */
    private SyncReport sync(Store store, String login, TcpProxy proxy) {
        return newsroom.sync(store, login, proxy);
    }

    private static UUID story(Store store) {
        return store.stories().create(Metadata.withHeadline("老街的修鞋摊"), List.of(),
                List.of(Paragraph.narration("修鞋摊摆了三十年。"), Paragraph.narration("摊主说还要再摆十年。"))).id();
    }

    private static void edit(Store store, UUID id, int index, String text) {
        Story s = store.stories().get(id);
        List<Paragraph> now = new ArrayList<>(s.paragraphs());
        Paragraph p = now.get(index);
        now.set(index, new Paragraph(p.id(), p.speakerKey(), List.of(Span.plain(text)), p.start()));
        store.stories().applyEdit(id, s.version(), TranscriptEdit.between(s.paragraphs(), now));
    }

    private static int save(Store store, UUID id, String by) {
        return store.stories().saveRevision(id, store.stories().get(id).version(), by).number();
    }

    private static RevisionReplica.Row row(Store store, UUID id, int number) {
        return store.newsroomRevisions().get(id, number).orElseThrow();
    }

    /** The server's revisions of the story: number, origin number, saved_by, account. */
    private List<String> onServer(UUID id) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(newsroom.url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select number, saved_by, account from story_revision where story_id = '"
                     + id + "' order by number")) {
            while (r.next()) {
                out.add(r.getInt(1) + " " + r.getString(2) + " " + r.getString(3));
            }
        }
        return out;
    }

    private static OutboxEntry entry(UUID story, int revision) {
        Instant t = Instant.parse("2026-12-03T07:00:00Z");
        return new OutboxEntry(revision, story, revision, "sha" + revision, "portal", "slug", "headline",
                DeliveryState.SENDING, 1, null, null, t, t, t, null);
    }

    @Test
    void twoDesksRevisingOneStoryGetOneServerNumberPerRevisionAndOneDeliveryEach() throws Exception {
        Store a = store("a");
        Store b = store("b");
        UUID id = story(a);
        sync(a, wang, null);
        sync(b, li, null);

        // both approve the story as it is: two local revisions "1", one content, one newsroom revision
        assertThat(save(a, id, "王编辑")).isEqualTo(1);
        assertThat(save(b, id, "李编辑")).isEqualTo(1);
        sync(a, wang, null);
        sync(b, li, null);
        assertThat(row(a, id, 1).serverNumber()).isEqualTo(1);
        assertThat(row(b, id, 1).serverNumber()).as("same content: the newest server revision's number").isEqualTo(1);

        // then each changes a different paragraph and keeps a revision before syncing: both are "revision 2" here
        edit(a, id, 0, "修鞋摊在老街摆了三十年。");
        edit(b, id, 1, "摊主笑着说，还要再摆十年。");
        assertThat(save(a, id, "王编辑")).isEqualTo(2);
        assertThat(save(b, id, "李编辑")).isEqualTo(2);
        sync(a, wang, null);
        sync(b, li, null);
        sync(a, wang, null);
        assertThat(row(a, id, 2).serverNumber()).isEqualTo(2);
        assertThat(row(b, id, 2).serverNumber()).as("different content: a number of its own").isEqualTo(3);
        assertThat(onServer(id)).as("no number twice, each recorded under its editor's account")
                .containsExactly("1 王编辑 " + wang, "2 王编辑 " + wang, "3 李编辑 " + li);

        // each history shows the other's revision, with author and account
        assertThat(a.stories().revisions(id)).extracting(RevisionInfo::number, RevisionInfo::savedBy)
                .containsExactly(tuple(3, "李编辑"), tuple(2, "王编辑"),
                        tuple(1, "王编辑"));
        RevisionReplica.Row theirs = row(a, id, 3);
        assertThat(theirs.serverNumber()).isEqualTo(3);
        assertThat(theirs.account()).isEqualTo(li);
        assertThat(a.stories().revision(id, 3).paragraphs()).extracting(Paragraph::text)
                .containsExactly("修鞋摊摆了三十年。", "摊主笑着说，还要再摆十年。");
        int aOnB = b.stories().revisions(id).stream().filter(r -> Integer.valueOf(2).equals(row(b, id, r.number()).serverNumber()))
                .findFirst().orElseThrow().number();
        assertThat(aOnB).as("a's revision 2 is b's revision 3").isEqualTo(3);
        assertThat(row(b, id, aOnB).account()).isEqualTo(wang);
        assertThat(b.stories().revision(id, aOnB).paragraphs()).extracting(Paragraph::text)
                .containsExactly("修鞋摊在老街摆了三十年。", "摊主说还要再摆十年。");

        // one delivery per newsroom revision, whatever each desk calls it
        try (NewsroomDeliveryClaims onA = new NewsroomDeliveryClaims(
                () -> ServerLibrary.connect(newsroom.bare, wang, null), a, NewsroomDeliveryClaims.LEASE);
             NewsroomDeliveryClaims onB = new NewsroomDeliveryClaims(
                     () -> ServerLibrary.connect(newsroom.bare, li, null), b, NewsroomDeliveryClaims.LEASE)) {
            assertThat(onA.claim(entry(id, 2))).as("a claims its revision 2 (newsroom 2)").isNull();
            assertThat(onB.claim(entry(id, aOnB))).as("the same revision on b is held by a")
                    .isInstanceOf(DeliveryOutcome.Retry.class);
            assertThat(onB.claim(entry(id, 2))).as("b's own revision 2 is newsroom revision 3: another one").isNull();
            onA.finished(entry(id, 2), new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.HTTP_ACCEPTED, 201)));
            assertThat(onB.claim(entry(id, aOnB))).isInstanceOf(DeliveryOutcome.Delivered.class);
            assertThat(onA.claim(entry(id, 1))).isNull();
            assertThat(onB.claim(entry(id, 1))).as("revision 1 of both desks is one revision").isInstanceOf(DeliveryOutcome.Retry.class);
        }
        try (Connection c = DriverManager.getConnection(newsroom.url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select revision, workstation is not null from outbox_claim where story_id = '"
                     + id + "' order by revision")) {
            List<String> claims = new ArrayList<>();
            while (r.next()) {
                claims.add(r.getInt(1) + ":" + r.getBoolean(2));
            }
            assertThat(claims).containsExactly("1:true", "2:true", "3:true");
        }
    }

    @Test
    void aRevisionSavedOfflineIsNumberedOnTheNextSyncAndReachesTheOtherDesk() throws Exception {
        TcpProxy proxy = keep(new TcpProxy(postgres.port()));
        Store a = store("a");
        Store b = store("b");
        UUID id = story(a);
        sync(a, wang, proxy);
        sync(b, li, null);

        proxy.cut();
        int offline = save(a, id, "王编辑");
        assertThatThrownBy(() -> sync(a, wang, proxy)).isInstanceOf(ServerException.class);
        assertThat(row(a, id, offline).serverNumber()).as("not numbered while offline").isNull();

        // meanwhile b changes the story and keeps a revision: newsroom revision 1
        edit(b, id, 0, "修鞋摊在老街摆了整整三十年。");
        assertThat(save(b, id, "李编辑")).isEqualTo(1);
        sync(b, li, null);

        proxy.restore();
        sync(a, wang, proxy);
        assertThat(row(a, id, offline).serverNumber()).as("numbered by the server after b's").isEqualTo(2);
        assertThat(a.stories().revisions(id)).as("b's revision in a's history under a local number of its own")
                .extracting(RevisionInfo::savedBy).containsExactly("李编辑", "王编辑");

        sync(b, li, null);
        RevisionInfo fromA = b.stories().revisions(id).get(0);
        assertThat(fromA.savedBy()).isEqualTo("王编辑");
        assertThat(row(b, id, fromA.number()).serverNumber()).isEqualTo(2);
        assertThat(row(b, id, fromA.number()).account()).isEqualTo(wang);
        assertThat(onServer(id)).containsExactly("1 李编辑 " + li, "2 王编辑 " + wang);

        // nothing is handed over twice
        try (ServerLibrary server = ServerLibrary.connect(newsroom.bare, wang, null)) {
            assertThat(new NewsroomRevisions(a).push(server, wang)).as("nothing left to hand over").isZero();
        }
    }

    @Test
    void concurrentHandOversOfOneStoryNeverShareANumber() throws Exception {
        UUID id = UUID.randomUUID();
        List<CompletableFuture<List<Integer>>> desks = new ArrayList<>();
        for (String login : List.of(wang, li)) {
            desks.add(CompletableFuture.supplyAsync(() -> {
                List<Integer> numbers = new ArrayList<>();
                try (ServerLibrary server = ServerLibrary.connect(newsroom.bare, login, null)) {
                    ServerRevisions revisions = new ServerRevisions(server);
                    for (int i = 1; i <= 15; i++) {
                        numbers.add(revisions.number(new ServerRevisions.Made(id, login, i, login + "-" + i, login, login,
                                OffsetDateTime.now(ZoneOffset.UTC), "", "{}")));
                    }
                }
                return numbers;
            }));
        }
        List<Integer> all = new ArrayList<>();
        for (CompletableFuture<List<Integer>> f : desks) {
            List<Integer> numbers = f.get(5, TimeUnit.MINUTES);
            assertThat(numbers).as("each desk's revisions numbered in the order it made them").isSorted();
            all.addAll(numbers);
        }
        assertThat(all).hasSize(30).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n <= 30);
        try (ServerLibrary server = ServerLibrary.connect(newsroom.bare, wang, null)) {
            assertThat(new ServerRevisions(server).number(new ServerRevisions.Made(id, wang, 15, "changed", "", "",
                    OffsetDateTime.now(ZoneOffset.UTC), "", "{}"))).as("handed over again: the same number")
                    .isEqualTo(all.get(14));
        }
    }
}
