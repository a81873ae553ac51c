package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.credentials.MemoryCredentials;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Span;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.sync.Backoff;
import org.newsdesk.sync.OutboxFiles;
import org.newsdesk.sync.Published;
import org.newsdesk.sync.Publishing;
import org.newsdesk.sync.SyncException;
import org.newsdesk.sync.TargetKind;
import org.newsdesk.sync.TargetSettings;

/**
 * Bundles of newsroom stories name their revision by the server's number, on a real PostgreSQL:
 * two desks that each publish a change of one story before seeing the other's both have a local
 * revision 1, and their bundles (manifest, delivered folder) say 1 and 2 as the server's history
 * does; the merged story published on both desks is one number. Offline, a desk publishes
 * nothing rather than a bundle under a number the newsroom may give another revision.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomBundleNumberTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;
    private TestNewsroom newsroom;
    private String wang;
    private String li;
    private final List<AutoCloseable> open = new ArrayList<>();

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

    /** A workstation: its store, and publishing that claims and numbers on the newsroom through {@code proxy} if given. */
    private record Desk(Store store, Publishing publishing, OutboxFiles files) {
    }

    private Desk desk(String name, String login, Path portal, TcpProxy proxy) {
        Path folder = folders.resolve(name);
        Store store = keep(TestStores.fresh(folder));
        store.newsroom().bodies().keepAll(true);
        Publishing publishing = keep(new Publishing(store, folder, new MemoryCredentials(),
                new Backoff(Duration.ofMillis(2), Duration.ofMillis(40), Math::random), Clock.systemUTC()));
        String url = proxy == null ? newsroom.bare : proxy.via(newsroom.bare);
        NewsroomDeliveryClaims claims = keep(new NewsroomDeliveryClaims(() -> ServerLibrary.connect(url, login, null),
                store, NewsroomDeliveryClaims.LEASE));
        publishing.worker().useClaims(claims);
        publishing.useNumbers(claims);
        publishing.targets().add(new TargetSettings("portal", TargetKind.FOLDER, portal.toString(), "", null), null);
        return new Desk(store, publishing, new OutboxFiles(folder));
    }

    private static void edit(Store store, UUID id, int index, String text) {
        Story s = store.stories().get(id);
        List<Paragraph> now = new ArrayList<>(s.paragraphs());
        Paragraph p = now.get(index);
        now.set(index, new Paragraph(p.id(), p.speakerKey(), List.of(Span.plain(text)), p.start()));
        store.stories().applyEdit(id, s.version(), TranscriptEdit.between(s.paragraphs(), now));
    }

    /** The manifest of the bundle a publish queued. */
    private static JsonNode manifest(Desk desk, Published published) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(desk.files().zip(published.sha256())))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith("article.json")) {
                    return new ObjectMapper().readTree(zip.readAllBytes());
                }
            }
        }
        throw new AssertionError("no manifest in " + published);
    }

    /** The server's history of the story: number → its snapshot's text. */
    private Map<Integer, String> onServer(UUID id) throws Exception {
        Map<Integer, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(newsroom.url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select number, snapshot from story_revision where story_id = '" + id + "'")) {
            while (r.next()) {
                out.put(r.getInt(1), r.getString(2));
            }
        }
        return out;
    }

    /** The revision folders delivered to the shared portal folder, by name. */
    private static List<String> delivered(Path portal, String slug) throws IOException {
        try (Stream<Path> s = Files.list(portal.resolve(slug))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void twoDesksPublishingOneStoryGetBundlesNumberedAsTheServersHistory() throws Exception {
        Path portal = Files.createDirectories(folders.resolve("portal"));
        Desk a = desk("a", wang, portal, null);
        Desk b = desk("b", li, portal, null);
        UUID id = a.store().stories().create(Metadata.withHeadline("Old street cobbler"), List.of(),
                List.of(Paragraph.narration("修鞋摊摆了三十年。"), Paragraph.narration("摊主说还要再摆十年。"))).id();
        String slug = a.store().stories().get(id).slug();
        newsroom.sync(a.store(), wang);
        newsroom.sync(b.store(), li);

        // each desk publishes its own change before seeing the other's: revision 1 on both desks
        edit(b.store(), id, 1, "摊主笑着说，还要再摆十年。");
        Published byB = b.publishing().outbox().publish(id, List.of(), "李编辑");
        edit(a.store(), id, 0, "修鞋摊在老街摆了三十年。");
        Published byA = a.publishing().outbox().publish(id, List.of(), "王编辑");
        assertThat(List.of(byA.revision(), byB.revision())).as("local numbers").containsExactly(1, 1);

        Map<Integer, String> history = onServer(id);
        assertThat(history).containsOnlyKeys(1, 2);
        assertThat(history.get(1)).as("b's revision was numbered first").contains("摊主笑着说");
        assertThat(history.get(2)).contains("修鞋摊在老街");
        JsonNode fromB = manifest(b, byB);
        JsonNode fromA = manifest(a, byA);
        assertThat(fromB.path("version").asText()).isEqualTo("1");
        assertThat(fromA.path("version").asText()).as("a's revision 1 is the newsroom's revision 2").isEqualTo("2");
        assertThat(fromA.path("uri").asText()).endsWith(id + ":r2");
        assertThat(fromA.toString()).contains("\"newsdesk:revision\",\"value\":\"2\"");

        assertThat(b.publishing().worker().deliverDue().delivered()).isEqualTo(1);
        assertThat(a.publishing().worker().deliverDue().delivered()).isEqualTo(1);
        assertThat(delivered(portal, slug)).as("each revision under its newsroom number")
                .containsExactly("r1", "r2");

        // after a sync both desks hold the merged story; published on both, it is one newsroom revision
        newsroom.sync(a.store(), wang);
        newsroom.sync(b.store(), li);
        newsroom.sync(a.store(), wang);
        Published mergedA = a.publishing().outbox().publish(id, List.of(), "王编辑");
        Published mergedB = b.publishing().outbox().publish(id, List.of(), "李编辑");
        assertThat(onServer(id)).containsOnlyKeys(1, 2, 3);
        assertThat(manifest(a, mergedA).path("version").asText()).isEqualTo("3");
        assertThat(manifest(b, mergedB).path("version").asText()).isEqualTo("3");
        assertThat(a.publishing().worker().deliverDue().delivered()).isEqualTo(1);
        assertThat(b.publishing().worker().deliverDue().delivered()).as("delivered by a: counted here").isEqualTo(1);
        assertThat(delivered(portal, slug)).containsExactly("r1", "r2", "r3");
    }

    @Test
    void offlineANewsroomStoryIsNotPublishedUnderANumberTheServerDidNotGive() throws Exception {
        Path portal = Files.createDirectories(folders.resolve("portal"));
        TcpProxy proxy = keep(new TcpProxy(postgres.port()));
        Desk a = desk("a", wang, portal, proxy);
        UUID id = a.store().stories().create(Metadata.withHeadline("Ferry"), List.of(),
                List.of(Paragraph.narration("早上六点，第一班船离岸。"))).id();
        newsroom.sync(a.store(), wang);

        proxy.cut();
        assertThatThrownBy(() -> a.publishing().outbox().publish(id, List.of(), "王编辑"))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.problem()).isEqualTo(SyncException.Problem.NEWSROOM_UNREACHABLE));
        assertThat(a.store().outbox().list()).as("nothing queued").isEmpty();

        proxy.restore();
        Published online = a.publishing().outbox().publish(id, List.of(), "王编辑");
        assertThat(manifest(a, online).path("version").asText()).isEqualTo("1");
        assertThat(onServer(id)).containsOnlyKeys(1);
    }

    @Test
    void anApprovedStoryPublishedWhileTheNewsroomIsOutOfReachStaysApprovedWithNothingQueued() throws Exception {
        Path portal = Files.createDirectories(folders.resolve("portal"));
        TcpProxy proxy = keep(new TcpProxy(postgres.port()));
        Desk a = desk("a", wang, portal, proxy);
        // the sample interview without its uncertain passages and channels, published an hour ago: ready to approve
        List<Paragraph> plain = SampleInterview.paragraphs().stream()
                .map(p -> new Paragraph(p.id(), p.speakerKey(), p.spans().stream()
                        .filter(span -> span.styles().isEmpty()).map(span -> Span.plain(span.text())).toList()))
                .toList();
        Metadata m = SampleInterview.metadata();
        Story s = a.store().stories().create(new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(),
                m.source(), m.authors(), m.editor(), java.time.ZonedDateTime.now(m.timeZone()).minusHours(1),
                m.timeZone(), List.of(), m.keywords(), m.series(), m.internalNote(), null),
                SampleInterview.speakers(), plain);
        long version = a.store().workflow().setStatus(s.id(), s.version(), Status.READY, "王编辑");
        a.store().workflow().setStatus(s.id(), version, Status.APPROVED, "王编辑");
        newsroom.sync(a.store(), wang);

        proxy.cut();
        assertThatThrownBy(() -> a.publishing().outbox().publishStory(s.id(), List.of(), "王编辑", null))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.problem()).isEqualTo(SyncException.Problem.NEWSROOM_UNREACHABLE));
        assertThat(a.store().stories().get(s.id()).status()).as("not Published with nothing sent").isEqualTo(Status.APPROVED);
        assertThat(a.store().outbox().list()).as("nothing queued").isEmpty();

        proxy.restore();
        Published online = a.publishing().outbox().publishStory(s.id(), List.of(), "王编辑", null);
        assertThat(a.store().stories().get(s.id()).status()).isEqualTo(Status.PUBLISHED);
        assertThat(online.entries()).hasSize(1);
    }
}
