package org.newsdesk.bench;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.newsdesk.export.BundleWriter;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.export.script.Script;
import org.newsdesk.export.script.ScriptConverter;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Export against its floor: a 300k-character interview to a zip in memory (render,
 * manifest, checksums, deflate) against HTML-escaping the same text and deflating it;
 * and Simplified → Traditional conversion of 1 MB of text through our converter
 * (override lists merged, our segmentation, variant forms) against opencc4j called bare.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportBenchmarks {

    private static final long SEED = 20_240_612L;
    /** About 100 characters each: 3,000 paragraphs make the 300k-character story. */
    private static final int PARAGRAPHS = 3_000;

    private Story story;
    private StoryExporter exporter;
    private String transcriptText;
    private String simplifiedMegabyte;
    private ScriptConverter converter;

    @Setup
    public void setUp() {
        InterviewText text = new InterviewText(SEED);
        String host = text.name();
        String guest = text.name();
        List<Paragraph> paragraphs = text.paragraphs(PARAGRAPHS);
        story = new Story(UUID.nameUUIDFromBytes("export-bench".getBytes(StandardCharsets.UTF_8)), "export-bench",
                Status.READY, text.metadata(guest), text.speakers(host, guest), paragraphs, 3, 42,
                Instant.parse("2024-06-12T08:00:00Z"), Instant.parse("2024-06-12T09:00:00Z"));
        exporter = StoryExporter.forDataFolder(null);
        StringBuilder all = new StringBuilder();
        for (Paragraph p : paragraphs) {
            all.append(p.text()).append('\n');
        }
        transcriptText = all.toString();

        // the generator writes Traditional; its Simplified form is the conversion input
        StringBuilder mb = new StringBuilder(1_100_000);
        InterviewText more = new InterviewText(SEED + 1);
        while (mb.length() < 1_000_000) {
            mb.append(more.sentence(400));
        }
        simplifiedMegabyte = ZhConverterUtil.toSimple(mb.toString());
        converter = ScriptConverter.standard();
        converter.convert("预热", Script.HANT); // build the engine outside the measurement
        if (!exporter.bundle(story, ExportOptions.defaults()).file("index.html").isPresent()) {
            throw new IllegalStateException("the export fixture made no page");
        }
    }

    @Benchmark
    public void exportZipOurs(Blackhole bh) {
        bh.consume(BundleWriter.zipBytes(exporter.bundle(story, ExportOptions.defaults())));
    }

    /** The floor: escape the transcript's text for HTML and deflate it, at the zip's level. */
    @Benchmark
    public void escapeAndDeflateBaseline(Blackhole bh) throws Exception {
        String escaped = escapeHtml(transcriptText);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(escaped.length());
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try (DeflaterOutputStream out = new DeflaterOutputStream(buffer, deflater)) {
            out.write(escaped.getBytes(StandardCharsets.UTF_8));
        } finally {
            deflater.end();
        }
        bh.consume(buffer.toByteArray());
    }

    @Benchmark
    public void convertMegabyteOurs(Blackhole bh) {
        bh.consume(converter.convert(simplifiedMegabyte, Script.HANT));
    }

    @Benchmark
    public void convertMegabyteOpencc4j(Blackhole bh) {
        bh.consume(ZhConverterUtil.toTraditional(simplifiedMegabyte));
    }

    private static String escapeHtml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + s.length() / 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
