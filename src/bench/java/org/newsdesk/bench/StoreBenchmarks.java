package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoryRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.slf4j.LoggerFactory;

/**
 * The store against raw JDBC on the same H2 file format and settings, over one long
 * interview (3,000 paragraphs).
 *
 * <p>Each benchmark runs in its own fork, so the trial setup builds only the side it
 * needs: methods whose names end in {@code Jdbc} are baselines and get a data folder
 * that was filled through the store and then closed, so that a plain JDBC connection
 * can open the H2 file; the others get an open {@link Store}. Both sides hold the same
 * rows (the text comes from a fixed seed) and use the store's own JDBC URL, so the
 * durability settings (WRITE_DELAY=0: every commit reaches the file) are the same.
 * H2's reuse of query results is switched off on both sides (see
 * {@link #disableResultReuse}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoreBenchmarks {

    static final int PARAGRAPHS = 3_000;
    private static final long SEED = 20_240_611L;

    private Path folder;

    // the side measured through our code
    private Store store;
    private StoryRepository stories;

    // the baseline side: one connection for the write transactions, one for reads
    private Connection writeConnection;
    private Connection readConnection;

    private UUID storyId;

    // "save one changed paragraph": the transcript alternates between two states that
    // differ in one paragraph in the middle, so every save has exactly one change
    private List<Paragraph> saved;
    private List<Paragraph> currentA;
    private List<Paragraph> currentB;
    private boolean nextIsB = true;
    private long version;
    private UUID changedId;
    private String changedSpeaker;
    private String bodyA;
    private String bodyB;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws SQLException, IOException {
        quietLogging();
        folder = Files.createTempDirectory("newsdesk-bench-");
        InterviewText text = new InterviewText(SEED);
        String host = text.name();
        String guest = text.name();
        Store opened = Store.open(folder);
        Story story;
        try {
            story = opened.stories().create(text.metadata(guest), text.speakers(host, guest),
                    text.paragraphs(PARAGRAPHS));
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        storyId = story.id();
        version = story.version();
        saved = story.paragraphs();
        prepareEdit(story);

        if (params.getBenchmark().endsWith("Jdbc")) {
            opened.close();
            writeConnection = connect();
            writeConnection.setAutoCommit(false);
            readConnection = connect();
            disableResultReuse(readConnection);
        } else {
            store = opened;
            stories = opened.stories();
            // a second connection inside this JVM reaches the database the store has open
            try (Connection side = connect()) {
                disableResultReuse(side);
            }
        }
    }

    /**
     * H2 hands a prepared query the result of its previous run when the parameters are
     * the same and no table changed (OPTIMIZE_REUSE_RESULTS). A benchmark that reads the
     * same story again and again on one connection would then measure that cache: it made
     * the JDBC baseline of "open a story" about 3x cheaper (0.55 ms instead of 1.7 ms of
     * CPU per open) while the store, whose pooled connections never hit it, was
     * unaffected. An editor opens a story once, so the cache is off on both sides. The
     * setting is per database and not persistent; durability is untouched.
     */
    private static void disableResultReuse(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET OPTIMIZE_REUSE_RESULTS 0");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException, IOException {
        try {
            if (store != null) {
                store.close();
            }
            if (writeConnection != null) {
                writeConnection.close();
            }
            if (readConnection != null) {
                readConnection.close();
            }
        } finally {
            deleteTree(folder);
        }
    }

    // ------------------------------------------------- save one changed paragraph

    /**
     * What the editor's autosave does after one paragraph was edited: work out the edit
     * from the whole transcript, then write it (one transaction: bump the story's
     * version, rewrite the paragraph row, commit).
     */
    @Benchmark
    public void saveOneParagraphOurs(Blackhole bh) {
        List<Paragraph> current = nextIsB ? currentB : currentA;
        nextIsB = !nextIsB;
        TranscriptEdit edit = TranscriptEdit.between(saved, current);
        version = stories.applyEdit(storyId, version, edit);
        saved = edit.result();
        bh.consume(version);
    }

    /**
     * The same writes by hand, which is what the pair compares: the cost of our layer
     * over raw JDBC. Like {@code applyEdit} it runs one transaction per save on a
     * connection with autocommit off, bumps the story's version and time stamp with the
     * same optimistic check, rewrites the same paragraph columns and commits; it only
     * knows beforehand which row changed. Statements are prepared per save, as plain
     * JDBC code (and jOOQ) does.
     */
    @Benchmark
    public void saveOneParagraphJdbc(Blackhole bh) throws SQLException {
        String body = nextIsB ? bodyB : bodyA;
        nextIsB = !nextIsB;
        long next = version + 1;
        try (PreparedStatement bump = writeConnection.prepareStatement(
                "update story set version = version + 1, updated_at = ? where id = ? and version = ?")) {
            bump.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            bump.setObject(2, storyId);
            bump.setLong(3, version);
            if (bump.executeUpdate() != 1) {
                throw new IllegalStateException("story version moved");
            }
        }
        try (PreparedStatement update = writeConnection.prepareStatement(
                "update paragraph set speaker_key = ?, body = ?, style_runs = ?, written_version = ?"
                        + " where id = ? and story_id = ?")) {
            update.setString(1, changedSpeaker);
            update.setString(2, body);
            update.setString(3, "");
            update.setLong(4, next);
            update.setObject(5, changedId);
            update.setObject(6, storyId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("paragraph row missing");
            }
        }
        writeConnection.commit();
        version = next;
        bh.consume(next);
    }

    // ------------------------------------------------- open a 3,000-paragraph story

    /** Reads the story row, speakers and paragraphs and builds the model. */
    @Benchmark
    public void openStoryOurs(Blackhole bh) {
        bh.consume(stories.get(storyId));
    }

    /** Reads the same rows with the same three queries into plain arrays and strings. */
    @Benchmark
    public void openStoryJdbc(Blackhole bh) throws SQLException {
        try (PreparedStatement ps = readConnection.prepareStatement("select * from story where id = ?")) {
            ps.setObject(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("story missing");
                }
                int columns = rs.getMetaData().getColumnCount();
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                bh.consume(row);
            }
        }
        try (PreparedStatement ps = readConnection.prepareStatement(
                "select * from speaker where story_id = ? order by position")) {
            ps.setObject(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                List<String[]> speakers = new ArrayList<>();
                while (rs.next()) {
                    speakers.add(new String[] {rs.getString("speaker_key"), rs.getString("label"),
                        rs.getString("full_name"), rs.getString("title"), rs.getString("role")});
                }
                bh.consume(speakers);
            }
        }
        try (PreparedStatement ps = readConnection.prepareStatement(
                "select id, speaker_key, body, style_runs from paragraph where story_id = ? order by ord")) {
            ps.setObject(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                List<String[]> paragraphs = new ArrayList<>();
                while (rs.next()) {
                    paragraphs.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
                if (paragraphs.size() != PARAGRAPHS) {
                    throw new IllegalStateException("expected " + PARAGRAPHS + " paragraphs, read " + paragraphs.size());
                }
                bh.consume(paragraphs);
            }
        }
    }

    // ------------------------------------------------- fixture

    /**
     * Picks a plain paragraph in the middle and makes the two transcripts the saves
     * alternate between. They are fresh copies (new strings, as the editor's document
     * produces on every save), so working out the edit compares real text.
     */
    private void prepareEdit(Story story) {
        List<Paragraph> paragraphs = story.paragraphs();
        int changed = PARAGRAPHS / 2;
        while (!isPlain(paragraphs.get(changed))) {
            changed++;
        }
        Paragraph original = paragraphs.get(changed);
        bodyA = original.text();
        int middle = bodyA.length() / 2;
        char c = bodyA.charAt(middle);
        bodyB = bodyA.substring(0, middle) + (c == '的' ? '地' : '的') + bodyA.substring(middle + 1);
        changedId = UUID.fromString(original.id());
        changedSpeaker = original.speakerKey();

        List<Paragraph> a = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            a.add(copy(p));
        }
        List<Paragraph> b = new ArrayList<>(a);
        b.set(changed, new Paragraph(original.id(), original.speakerKey(), List.of(Span.plain(copy(bodyB)))));
        currentA = List.copyOf(a);
        currentB = List.copyOf(b);

        TranscriptEdit check = TranscriptEdit.between(saved, currentB);
        if (check.updated().size() != 1 || !check.inserted().isEmpty() || !check.deleted().isEmpty()) {
            throw new IllegalStateException("the fixture edit should change exactly one paragraph: " + check.updated().size()
                    + " updated, " + check.inserted().size() + " inserted, " + check.deleted().size() + " deleted");
        }
    }

    private static boolean isPlain(Paragraph p) {
        return p.spans().size() == 1 && p.spans().get(0).styles().isEmpty();
    }

    private static Paragraph copy(Paragraph p) {
        List<Span> spans = new ArrayList<>(p.spans().size());
        for (Span s : p.spans()) {
            spans.add(new Span(copy(s.text()), s.styles()));
        }
        return new Paragraph(p.id(), p.speakerKey(), spans);
    }

    private static String copy(String s) {
        return new String(s.toCharArray());
    }

    /** The same URL the store opens (Store.url is package-private): same durability settings. */
    private Connection connect() throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve(Store.DATABASE_NAME).toAbsolutePath()
                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;RETENTION_TIME=0;DB_CLOSE_ON_EXIT=FALSE";
        return DriverManager.getConnection(url, "sa", "");
    }

    /**
     * The app ships no logging configuration, and Logback's default logs at DEBUG, which
     * makes jOOQ log every statement; keep that out of the figures.
     */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
