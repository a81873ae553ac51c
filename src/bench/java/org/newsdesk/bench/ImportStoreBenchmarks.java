package org.newsdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsdesk.importer.ImportOptions;
import org.newsdesk.importer.ImportPreview;
import org.newsdesk.importer.ImportProgress;
import org.newsdesk.importer.StoryImporter;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole import of a 10 MB transcript file, file to story in the store (encoding
 * detection, speaker detection, paragraphs, the store's transaction), against a floor in the
 * same run: read the file's lines and insert one paragraph row per non-blank line with one
 * batched plain-JDBC statement into the same kind of H2 file, with the store's URL settings.
 * Each benchmark runs in its own fork and store; every operation adds one story.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportStoreBenchmarks {

    private Path folder;
    private Path transcript;
    private Store store;
    private Connection jdbc;

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        folder = Files.createTempDirectory("newsdesk-import-bench");
        transcript = folder.resolve("interview.txt");
        Files.write(transcript, ImportBenchmarks.generate(ImportBenchmarks.TARGET_BYTES));
        // each side its own migrated store file; the floor talks to its file with plain JDBC
        // (a fork runs one benchmark, so the other side's file just sits there)
        Path floorData = folder.resolve("floor");
        Store.open(floorData).close();
        jdbc = DriverManager.getConnection("jdbc:h2:file:" + floorData.resolve(Store.DATABASE_NAME).toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        jdbc.setAutoCommit(false);
        store = Store.open(folder.resolve("ours"));
    }

    @Benchmark
    public void importFileOurs(Blackhole bh) {
        ImportPreview preview = new StoryImporter().preview(transcript, ImportOptions.AUTO, ImportProgress.NONE);
        Story story = preview.commit(store.stories());
        bh.consume(story.id());
    }

    @Benchmark
    public void importFileFloor(Blackhole bh) throws IOException, SQLException {
        UUID storyId = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement story = jdbc.prepareStatement(
                "insert into story (id, slug, created_at, updated_at) values (?, ?, ?, ?)")) {
            story.setObject(1, storyId);
            story.setString(2, "floor");
            story.setTimestamp(3, now);
            story.setTimestamp(4, now);
            story.executeUpdate();
        }
        int rows = 0;
        try (BufferedReader reader = Files.newBufferedReader(transcript, StandardCharsets.UTF_8);
             PreparedStatement ps = jdbc.prepareStatement("insert into paragraph"
                     + " (id, story_id, ord, speaker_key, body, style_runs, written_version) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, storyId);
                ps.setLong(3, ++rows * 65_536L);
                ps.setString(4, null);
                ps.setString(5, line);
                ps.setString(6, "");
                ps.setLong(7, 1L);
                ps.addBatch();
                if (rows % 1_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        jdbc.commit();
        bh.consume(rows);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, SQLException {
        if (store != null) {
            store.close();
        }
        if (jdbc != null) {
            jdbc.close();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
