package org.newsdesk.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.proof.ProofContext;
import org.newsdesk.proof.ProofReport;
import org.newsdesk.proof.Proofreader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Proofreading a 300k-character interview (3,000 paragraphs, a conversion error, a typo and a
 * half-width comma sown every 50th paragraph) with every rule, against the floor of reading each
 * paragraph's text once and looking at every character. The target is absolute: at most 200 ms
 * per check after warm-up (the panel checks in the background once typing pauses).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProofBenchmarks {

    private static final long SEED = 20_240_612L;
    private static final int PARAGRAPHS = 3_000;

    private Story story;
    private Proofreader reader;

    @Setup
    public void setUp() {
        InterviewText text = new InterviewText(SEED);
        String host = text.name();
        String guest = text.name();
        List<Paragraph> generated = text.paragraphs(PARAGRAPHS);
        List<Paragraph> paragraphs = new ArrayList<>(generated.size());
        for (int i = 0; i < generated.size(); i++) {
            Paragraph p = generated.get(i);
            paragraphs.add(i % 50 == 0 ? Paragraph.of(p.speakerKey(), p.text() + "我們抽調精乾人員,工作己經完成。") : p);
        }
        story = new Story(UUID.nameUUIDFromBytes("proof-bench".getBytes(StandardCharsets.UTF_8)), "proof-bench",
                Status.DRAFT, text.metadata(guest), text.speakers(host, guest), paragraphs, 1, 1,
                Instant.parse("2024-06-12T08:00:00Z"), Instant.parse("2024-06-12T09:00:00Z"));
        reader = Proofreader.shipped();
        ProofReport report = reader.check(story, ProofContext.DEFAULT);
        if (report.safe().size() < PARAGRAPHS / 50) {
            throw new IllegalStateException("the sown errors were not found: " + report.safe().size());
        }
        int length = 0;
        for (Paragraph p : paragraphs) {
            length += p.text().length();
        }
        System.out.println("PROOFBENCH characters=" + length + " findings=" + report.findings().size());
    }

    @Benchmark
    public void proofreadOurs(Blackhole bh) {
        bh.consume(reader.check(story, ProofContext.DEFAULT));
    }

    /** The floor: every paragraph's text built once and every character looked at. */
    @Benchmark
    public void readCharactersBaseline(Blackhole bh) {
        int han = 0;
        for (Paragraph p : story.paragraphs()) {
            String t = p.text();
            for (int i = 0; i < t.length(); i++) {
                if (Character.isIdeographic(t.charAt(i))) {
                    han++;
                }
            }
        }
        bh.consume(han);
    }
}
