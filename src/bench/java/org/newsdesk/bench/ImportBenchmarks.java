package org.newsdesk.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.newsdesk.text.ParsedTranscript;
import org.newsdesk.text.SourceParagraph;
import org.newsdesk.text.TranscriptParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Speaker detection and paragraph building on a 10 MB transcript against a bare
 * {@code BufferedReader.readLine} loop over the same bytes. Both decode the same UTF-8
 * bytes; ours also keeps the lines, finds labels, builds the roster and the paragraphs.
 * The issue asks for at least a third of the loop's throughput (ratio at most 3).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmarks {

    static final int TARGET_BYTES = 10 * 1024 * 1024;
    private static final long SEED = 20150731L;

    private byte[] transcript;
    private final TranscriptParser parser = new TranscriptParser();

    @Setup(Level.Trial)
    public void setUp() {
        transcript = generate(TARGET_BYTES);
    }

    /** Labelled turns, continuation lines, stage notes and blank lines, as real transcripts have. */
    static byte[] generate(int targetBytes) {
        InterviewText words = new InterviewText(SEED);
        Random random = new Random(SEED);
        String host = "主持人";
        String guest = words.name();
        String otherGuest = words.name();
        StringBuilder sb = new StringBuilder(targetBytes / 2);
        sb.append("以下是訪談文字實錄\n\n");
        int turn = 0;
        while (sb.length() * 3L < targetBytes) { // about three UTF-8 bytes per character
            String label = turn % 2 == 0 ? host : turn % 6 == 5 ? otherGuest : guest;
            sb.append(label).append(random.nextBoolean() ? "：" : ":")
                    .append(words.paragraphs(1).get(0).text()).append('\n');
            int more = turn % 2 == 0 ? 0 : random.nextInt(4);
            for (int i = 0; i < more; i++) {
                sb.append(random.nextInt(3) == 0 ? "\n" : "").append("　　")
                        .append(words.paragraphs(1).get(0).text()).append('\n');
            }
            if (turn % 50 == 49) {
                sb.append("（現場掌聲）\n");
            }
            turn++;
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public void detectSpeakersOurs(Blackhole bh) throws IOException {
        List<SourceParagraph> lines = new ArrayList<>();
        try (BufferedReader reader = reader()) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(SourceParagraph.plain(line));
            }
        }
        ParsedTranscript parsed = parser.parse(lines, List.of(), TranscriptParser.Checkpoint.NONE);
        if (parsed.roster().size() != 3) {
            throw new IllegalStateException("expected host and two guests, got " + parsed.roster());
        }
        bh.consume(parsed);
    }

    @Benchmark
    public void readLinesBaseline(Blackhole bh) throws IOException {
        try (BufferedReader reader = reader()) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                bh.consume(line);
            }
        }
    }

    private BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(transcript), StandardCharsets.UTF_8));
    }
}
