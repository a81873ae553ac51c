package org.newsdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.newsroom.NewsroomSync;
import org.newsdesk.newsroom.TestPostgres;
import org.newsdesk.store.Store;
import org.newsdesk.store.server.ServerLibrary;

/**
 * The newsroom on a real PostgreSQL on loopback (started here as the tests do), measured as
 * whole operations rather than under JMH (one join of 10,000 stories takes seconds):
 *
 * <ul>
 *   <li>joining a newsroom of N stories (an open, empty data folder's first sync: every
 *       story's metadata into the local store; bodies are fetched when opened) against reading
 *       the same rows (the story rows) with bare JDBC; target ≤ 3×. The bare read of stories
 *       and paragraphs is printed beside it;</li>
 *   <li>a change made on one workstation visible on another: edit, push, pull, repeated; p50
 *       and p95 against the target of 500 ms (LISTEN/NOTIFY, which wakes the pull at once, is
 *       not part of this: the pull here starts right after the push).</li>
 * </ul>
 *
 * Each figure is printed with wall and CPU time (this process; PostgreSQL's own CPU is not in
 * it) and the load average; a join also with the size of the store's file once it is closed.
 *
 * <pre>  -Dbench.args="Newsroom [-stories=N] [-rounds=N] [-changes=N]"</pre>
 */
public final class NewsroomRun {

    private NewsroomRun() {
    }

    public static void main(String[] args) throws Exception {
        int stories = RunFacts.option(args, "-stories=", 10_000);
        int rounds = RunFacts.option(args, "-rounds=", 3);
        int changes = RunFacts.option(args, "-changes=", 200);
        Path work = Files.createTempDirectory("newsroom-bench");
        try (TestPostgres postgres = TestPostgres.start()) {
            String url = postgres.newDatabase();
            ServerLibrary.migrate(url, null, null);
            seed(url, stories);
            System.out.printf("NEWSROOM server: %s; %d stories of 3 paragraphs; load %s%n", postgres.how(), stories, RunFacts.load());
            join(url, work, stories, rounds);
            latency(url, work, changes);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void join(String url, Path work, int stories, int rounds) throws Exception {
        for (int r = 0; r < rounds; r++) {
            long cpu0 = RunFacts.cpu();
            long t0 = System.nanoTime();
            int allRows = bareRead(url, true);
            long allWall = System.nanoTime() - t0;
            long allCpu = RunFacts.cpu() - cpu0;
            cpu0 = RunFacts.cpu();
            t0 = System.nanoTime();
            int rows = bareRead(url, false);
            long bareWall = System.nanoTime() - t0;
            long bareCpu = RunFacts.cpu() - cpu0;

            // the data folder exists before joining (the window has it open): only connecting and the first sync count
            Path folder = work.resolve("join-" + r);
            int pulled;
            long oursWall;
            long oursCpu;
            try (Store store = Store.open(folder)) {
                cpu0 = RunFacts.cpu();
                t0 = System.nanoTime();
                try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
                    pulled = new NewsroomSync(store, server, "bench").syncOnce().pulled();
                }
                oursWall = System.nanoTime() - t0;
                oursCpu = RunFacts.cpu() - cpu0;
            }
            long fileSize = Files.size(folder.resolve(Store.DATABASE_FILE));
            System.out.printf("NEWSROOM join %d stories (metadata): ours %.0f ms (cpu %.0f ms), bare JDBC %.0f ms (cpu %.0f ms,"
                            + " %d story rows); wall ratio %.1f×, cpu ratio %.1f× (target ≤ 3×); bare JDBC of stories and"
                            + " paragraphs %.0f ms (cpu %.0f ms, %d rows): %.1f× wall, %.1f× cpu; store file after closing"
                            + " %.1f MB; load %s%n",
                    pulled, oursWall / 1e6, oursCpu / 1e6, bareWall / 1e6, bareCpu / 1e6, rows,
                    (double) oursWall / bareWall, (double) oursCpu / Math.max(1, bareCpu), allWall / 1e6, allCpu / 1e6,
                    allRows, (double) oursWall / allWall, (double) oursCpu / Math.max(1, allCpu), fileSize / 1e6,
                    RunFacts.load());
            if (pulled != stories) {
                throw new IllegalStateException("joined " + pulled + " of " + stories + " stories");
            }
        }
    }

    private static void latency(String url, Path work, int changes) throws Exception {
        try (Store a = Store.open(work.resolve("a")); Store b = Store.open(work.resolve("b"));
             ServerLibrary sa = ServerLibrary.connect(url, null, null);
             ServerLibrary sb = ServerLibrary.connect(url, null, null)) {
            NewsroomSync pushA = new NewsroomSync(a, sa, "a");
            NewsroomSync pullB = new NewsroomSync(b, sb, "b");
            UUID id = a.stories().create(Metadata.withHeadline("延迟测量"), List.of(),
                    List.of(Paragraph.narration("第 0 次修改。"))).id();
            pushA.syncOnce();
            pullB.syncOnce();
            pullB.fetch(id); // open on b: its text is here from now on
            long[] wall = new long[changes];
            long cpu0 = RunFacts.cpu();
            for (int i = 0; i < changes; i++) {
                Story s = a.stories().get(id);
                Paragraph p = s.paragraphs().get(0);
                String text = "第 " + (i + 1) + " 次修改。";
                List<Paragraph> now = List.of(new Paragraph(p.id(), p.speakerKey(), List.of(Span.plain(text)), p.start()));
                long t0 = System.nanoTime();
                a.stories().applyEdit(id, s.version(), TranscriptEdit.between(s.paragraphs(), now));
                pushA.syncOnce();
                pullB.syncOnce();
                wall[i] = System.nanoTime() - t0;
                if (!b.stories().get(id).paragraphs().get(0).text().equals(text)) {
                    throw new IllegalStateException("change " + (i + 1) + " did not arrive");
                }
            }
            long cpuEach = (RunFacts.cpu() - cpu0) / changes;
            Arrays.sort(wall);
            System.out.printf("NEWSROOM change visible on another workstation (edit, push, pull), %d changes: p50 %.1f ms,"
                            + " p95 %.1f ms, max %.1f ms (target p95 ≤ 500 ms); cpu %.1f ms each; load %s%n",
                    changes, wall[changes / 2] / 1e6, wall[(int) Math.ceil(changes * 0.95) - 1] / 1e6,
                    wall[changes - 1] / 1e6, cpuEach / 1e6, RunFacts.load());
        }
    }

    /** The stories (and their paragraphs when {@code withParagraphs}), read as bare JDBC rows into memory. */
    private static int bareRead(String url, boolean withParagraphs) throws Exception {
        record Row(UUID id, String slug, String status, String metadata, String roster, long version, long seq,
                   String updatedBy, boolean trashed) {
        }
        record Para(UUID id, UUID story, String speaker, String body, String spans, long version) {
        }
        List<Row> rows = new ArrayList<>();
        List<Para> paragraphs = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.setFetchSize(1000);
            // the columns the join reads (ServerStream)
            try (ResultSet r = s.executeQuery("select id, slug, status, metadata::text, roster::text, version, change_seq,"
                    + " updated_by, deleted_at is not null from story order by change_seq")) {
                while (r.next()) {
                    rows.add(new Row(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getLong(6), r.getLong(7), r.getString(8), r.getBoolean(9)));
                }
            }
            try (ResultSet r = s.executeQuery("select id, story_id, speaker_key, body, spans, version from paragraph"
                    + (withParagraphs ? "" : " where false") + " order by story_id, position")) {
                while (r.next()) {
                    paragraphs.add(new Para(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3),
                            r.getString(4), r.getString(5), r.getLong(6)));
                }
            }
            c.commit();
        }
        return rows.size() + paragraphs.size();
    }

    /** N stories of three paragraphs written straight into the server's tables. */
    private static void seed(String url, int stories) throws Exception {
        Story template = new Story(UUID.randomUUID(), "x", null, Metadata.withHeadline("x"), List.of(), List.of(), 0, 0,
                null, null);
        String metadata = StoryJson.toNode(template).path("metadata").toString();
        try (Connection c = DriverManager.getConnection(url)) {
            try (PreparedStatement p = c.prepareStatement("insert into story (id, slug, status, metadata, roster, version,"
                    + " change_seq, updated_by) select md5('s' || i)::uuid, 'jie-fang-' || i, 'draft',"
                    + " jsonb_set(?::jsonb, '{headline}', to_jsonb('街坊故事第' || i || '篇')), '[]'::jsonb, 1,"
                    + " nextval('change_seq'), 'bench' from generate_series(1, ?) i")) {
                p.setString(1, metadata);
                p.setInt(2, stories);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("insert into paragraph (id, story_id, position, speaker_key, body,"
                    + " spans, version) select md5('p' || i || '-' || k)::uuid, md5('s' || i)::uuid, k, null, b,"
                    + " jsonb_build_array(jsonb_build_object('text', b, 'styles', '[]'::jsonb)), 1"
                    + " from generate_series(1, ?) i, generate_series(1, 3) k,"
                    + " lateral (select '第' || i || '篇第' || k || '段：街坊们说起这条老街的变化。' as b) t")) {
                p.setInt(1, stories);
                p.executeUpdate();
            }
        }
    }
}
