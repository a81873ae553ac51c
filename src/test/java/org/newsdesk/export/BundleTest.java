package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.Version;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/** Bundles: their files, their manifest, their zip, and that they are the same every time. */
class BundleTest {

    private static final StoryExporter EXPORTER = ExportFixtures.exporter();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    void bundleHoldsThePageAssetsAndAManifestWhoseChecksumsMatch() throws Exception {
        ExportResult result = EXPORTER.export(ExportFixtures.interview(),
                ExportOptions.defaults().withScript(ScriptMode.BOTH), out, true);

        assertThat(result.folder()).isEqualTo(out.resolve("kewei-fuzhuren-3-r4-both"));
        assertThat(result.zip()).isEqualTo(out.resolve("kewei-fuzhuren-3-r4-both.zip"));
        try (Stream<Path> walk = Files.walk(result.folder())) {
            assertThat(walk.filter(Files::isRegularFile).map(p -> result.folder().relativize(p).toString()).sorted())
                    .containsExactly("article.json", "assets/newsdesk-article.css", "assets/newsdesk-print.js",
                            "index.html", "index.zh-Hant.html");
        }
        JsonNode manifest = JSON.readTree(result.folder().resolve("article.json").toFile());
        assertThat(manifest.path("standard").path("name").asText()).isEqualTo("ninjs");
        assertThat(manifest.path("standard").path("version").asText()).isEqualTo("3.3");
        assertThat(manifest.path("language").asText()).isEqualTo("zh-Hans");
        assertThat(manifest.path("headlines").get(0).path("value").asText()).isEqualTo("科委副主任做客政务网(3)");
        assertThat(manifest.path("by").asText()).isEqualTo("王小明");
        assertThat(manifest.path("contentCreated").asText()).isEqualTo("2015-07-31T10:02:54+08:00");
        assertThat(manifest.path("pubStatus").asText()).isEqualTo("usable");
        assertThat(manifest.path("bodies").get(0).path("charCount").asInt()).isPositive();
        assertThat(manifest.path("associations").get(0).path("rel").asText()).isEqualTo("isPartOf");
        assertThat(manifest.path("associations").get(0).path("altIds").get(0).path("value").asText()).isEqualTo("3");
        assertThat(manifest.toString()).contains("\"newsdesk:generator\",\"value\":\"Newsdesk " + Version.current() + "\"");
        assertThat(manifest.toString()).doesNotContain("内部备注");
        List<String> hrefs = new ArrayList<>();
        for (JsonNode r : manifest.path("renditions")) {
            Path file = result.folder().resolve(r.path("href").asText());
            hrefs.add(r.path("href").asText());
            assertThat(r.path("extensions").path("sha256").asText()).as(r.toString())
                    .isEqualTo(BundleFile.sha256(Files.readAllBytes(file)));
            assertThat(r.path("sizeInBytes").asLong()).isEqualTo(Files.size(file));
        }
        assertThat(hrefs).containsExactly("index.html", "index.zh-Hant.html", "assets/newsdesk-article.css",
                "assets/newsdesk-print.js");
        assertThat(manifest.path("renditions").get(1).path("extensions").path("language").asText()).isEqualTo("zh-Hant");
        Document traditional = Jsoup.parse(result.folder().resolve("index.zh-Hant.html").toFile(), "UTF-8");
        assertThat(traditional.select("html").attr("lang")).isEqualTo("zh-Hant");
    }

    @Test
    void theTickedChannelsReachThePageMetaAndTheManifestAsTheNewsroomSpellsThem() throws Exception {
        Story story = ExportFixtures.interview();
        var m = story.metadata();
        Story inTwo = ExportFixtures.withMetadata(story, new org.newsdesk.model.Metadata(m.headline(), m.kicker(),
                m.subtitle(), m.summary(), m.source(), m.authors(), m.editor(), m.publishTime(), m.timeZone(),
                List.of("要闻", "天津"), m.keywords(), m.series(), m.internalNote(), m.embargoUntil()));

        ExportResult result = EXPORTER.export(inTwo, ExportOptions.defaults().withScript(ScriptMode.BOTH), out, false);

        JsonNode manifest = JSON.readTree(result.folder().resolve("article.json").toFile());
        List<String> subjects = new ArrayList<>();
        manifest.path("subjects").forEach(n -> subjects.add(n.path("rel").asText() + ":" + n.path("name").asText()));
        assertThat(subjects).containsExactly("channel:要闻", "channel:天津");
        for (String page : List.of("index.html", "index.zh-Hant.html")) {
            Document d = Jsoup.parse(result.folder().resolve(page).toFile(), "UTF-8");
            // a channel is the portal's section name, never converted (要闻 stays 要闻 on the Traditional page)
            assertThat(d.select("meta[name=newsdesk-channel]").eachAttr("content")).as(page)
                    .containsExactly("要闻", "天津");
        }
        Document none = Jsoup.parse(EXPORTER.export(ExportFixtures.withMetadata(story, new org.newsdesk.model.Metadata(
                m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(), m.authors(), m.editor(), m.publishTime(),
                m.timeZone(), List.of(), m.keywords(), m.series(), m.internalNote(), m.embargoUntil())),
                ExportOptions.defaults(), out.resolve("none"), false).folder().resolve("index.html").toFile(), "UTF-8");
        assertThat(none.select("meta[name=newsdesk-channel]")).isEmpty();
    }

    @Test
    void theZipHoldsTheSameFilesSortedWithAFixedTimeAndNoExtraFields() throws Exception {
        ExportResult result = EXPORTER.export(ExportFixtures.interview(), ExportOptions.defaults(), out, true);

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(result.zip())))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertThat(e.getExtra()).as(e.getName()).isNull();
                assertThat(e.getTimeLocal()).isEqualTo(BundleWriter.ENTRY_TIME);
                assertThat(zip.readAllBytes()).isEqualTo(Files.readAllBytes(result.folder().resolve(e.getName())));
            }
        }
        assertThat(names).containsExactly("article.json", "assets/newsdesk-article.css", "assets/newsdesk-print.js",
                "index.html");
        assertThat(result.zipSha256()).isEqualTo(BundleFile.sha256(Files.readAllBytes(result.zip())));
    }

    @Test
    void exportingTheSameRevisionTwiceGivesTheSameBytesWhateverTheTimeZone(@TempDir Path other) throws Exception {
        Story story = ExportFixtures.interview();
        ExportOptions options = ExportOptions.defaults().withScript(ScriptMode.BOTH);
        ExportResult first = EXPORTER.export(story, options, out, true);
        TimeZone zone = TimeZone.getDefault();
        ExportResult second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            second = ExportFixtures.exporter().export(story, options, other, true);
        } finally {
            TimeZone.setDefault(zone);
        }

        assertThat(Files.readAllBytes(second.zip())).isEqualTo(Files.readAllBytes(first.zip()));
        assertThat(second.zipSha256()).isEqualTo(first.zipSha256());
        for (BundleFile f : first.bundle().files()) {
            assertThat(Files.readAllBytes(second.folder().resolve(f.path()))).as(f.path()).isEqualTo(f.bytes());
        }
        // and exporting again over the first replaces it with the same bytes
        ExportResult again = EXPORTER.export(story, options, out, true);
        assertThat(again.zipSha256()).isEqualTo(first.zipSha256());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "/etc/passwd", "..", "con", "a/b", "Upper", "", "nul", "a\\b", "with space"})
    void slugsThatCouldLeaveTheOutputFolderAreRefused(String slug) {
        Story story = ExportFixtures.withSlug(ExportFixtures.interview(), slug);

        assertThatThrownBy(() -> EXPORTER.export(story, ExportOptions.defaults(), out, true))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.problem()).isEqualTo(ExportException.Problem.UNSAFE_SLUG));
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anOutputFolderThatIsAFileIsReportedAsNotWritable() throws IOException {
        Path file = Files.writeString(out.resolve("plain-file"), "x");

        assertThatThrownBy(() -> EXPORTER.export(ExportFixtures.interview(), ExportOptions.defaults(), file, false))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.problem()).isEqualTo(ExportException.Problem.FOLDER_NOT_WRITABLE));
    }

    @Test
    void aFolderOfTheBundlesNameThatIsNotABundleIsLeftAlone() throws IOException {
        Path mine = Files.createDirectories(out.resolve("kewei-fuzhuren-3-r4"));
        Files.writeString(mine.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EXPORTER.export(ExportFixtures.interview(), ExportOptions.defaults(), out, false))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.problem()).isEqualTo(ExportException.Problem.TARGET_EXISTS));
        assertThat(Files.readString(mine.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void unfinishedStoriesAreFlagged() {
        assertThat(StoryExporter.unfinished(ExportFixtures.withStatus(ExportFixtures.interview(), Status.DRAFT)))
                .contains(Status.DRAFT);
        assertThat(StoryExporter.unfinished(ExportFixtures.withStatus(ExportFixtures.interview(), Status.WITHDRAWN)))
                .contains(Status.WITHDRAWN);
        assertThat(StoryExporter.unfinished(ExportFixtures.interview())).isEmpty();
        assertThat(ManifestWriter.pubStatus(Status.DRAFT)).isEqualTo("withheld");
    }

    @Test
    void aNewsroomsTemplatesFromTheDataFolderWinWithoutARebuild(@TempDir Path dataFolder) throws IOException {
        Path templates = Files.createDirectories(dataFolder.resolve("templates/assets"));
        Files.writeString(templates.getParent().resolve("page.peb"),
                "<!DOCTYPE html><html lang=\"{{ page.lang }}\"><title>{{ page.headline }}</title><p class=\"own\">{{ page.editor }}</p></html>",
                StandardCharsets.UTF_8);
        Files.write(templates.resolve("logo.png"), new byte[] {1, 2, 3});

        StoryExporter exporter = StoryExporter.forDataFolder(dataFolder);
        ExportBundle bundle = exporter.bundle(ExportFixtures.withMetadata(ExportFixtures.interview(),
                ExportFixtures.interview().metadata().withEditor("<b>x</b>")), ExportOptions.defaults());

        String html = new String(bundle.file("index.html").orElseThrow().bytes(), StandardCharsets.UTF_8);
        assertThat(html).contains("<p class=\"own\">&lt;b&gt;x&lt;/b&gt;</p>");
        assertThat(bundle.file("assets/logo.png")).isPresent();
        assertThat(bundle.file("assets/newsdesk-article.css")).isPresent();
    }
}
