package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.export.ExportResult;
import org.newsdesk.export.ScriptMode;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/** Real bundles for the sync tests: a short interview exported by the real exporter. */
final class SyncFixtures {

    static final UUID STORY = UUID.fromString("5e1f2a3b-0000-4000-8000-00000000da71");
    static final String SLUG = "kewei-fangtan-3";
    private static final StoryExporter EXPORTER = StoryExporter.forDataFolder(null);

    private SyncFixtures() {
    }

    /** The interview at {@code revision}, exported in both scripts as a zip into {@code dir}. */
    static Delivery bundle(Path dir, int revision) throws IOException {
        Story story = interview(revision, "围绕上述目标任务，我市采取了四个方面的具体举措（第" + revision + "版）。");
        ExportResult r = EXPORTER.export(story, ExportOptions.defaults().withScript(ScriptMode.BOTH),
                Files.createDirectories(dir.resolve("r" + revision)), true);
        return new Delivery(STORY.toString(), revision, SLUG, r.zipSha256(), r.zip());
    }

    static Story interview(int revision, String answer) {
        Metadata m = new Metadata("科委副主任做客政务网", "政务访谈", "天津市推进大众创业有关情况", "",
                "天津政务网", List.of(), "张令沛",
                LocalDateTime.of(2015, 7, 31, 10, 2, 54).atZone(Metadata.DEFAULT_ZONE), Metadata.DEFAULT_ZONE,
                List.of(), List.of(), null, "", null);
        return new Story(STORY, SLUG, Status.READY, m,
                List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                        new Speaker("guest", "李宝纯", "李宝纯", "市科委副主任", SpeakerRole.GUEST)),
                List.of(Paragraph.narration("以下是访谈文字实录"),
                        new Paragraph("p1", "host", List.of(Span.plain("好，主任，那么具体的举措又有哪些呢？"))),
                        new Paragraph("p2", "guest", List.of(Span.plain(answer), Span.styled("重点", SpanStyle.BOLD)))),
                revision, revision * 3, Instant.parse("2015-07-30T08:00:00Z"), Instant.parse("2015-07-31T02:00:00Z"));
    }

    /** {@code uploads/<slug>/} holds exactly the bundle's files, byte for byte. */
    static void assertFolderHolds(Path uploads, Delivery delivery) throws IOException {
        Path folder = uploads.resolve(delivery.slug());
        Map<String, byte[]> expected = files(delivery.zip());
        try (Stream<Path> walk = Files.walk(folder)) {
            assertThat(walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
        }
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            assertThat(Files.readAllBytes(folder.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    /** Every file of a bundle zip: path to bytes. */
    static Map<String, byte[]> files(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return files;
    }
}
