package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.Status;
import org.newsdesk.store.Store;
import org.newsdesk.credentials.MemoryCredentials;
import picocli.CommandLine;

/**
 * A bundle's name identifies exactly one content: exporting changed content keeps a new
 * revision first, unchanged content never makes one, and a revision's bundle never changes.
 */
class RevisionIntegrityTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path exports;
    @TempDir
    Path share;

    private final MemoryCredentials none = new MemoryCredentials();

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("no window"), d -> none);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "en",
                "--editor", "王編輯"));
        all.addAll(List.of(args));
        Run r = new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    @Test
    void exportingEditedContentKeepsANewRevisionAndLeavesTheFirstBundleUntouched() throws Exception {
        String id = run("new", "--headline", "市科委副主任做客政務網").out().strip();
        run("meta", id, "--set", "source=天津政務網", "--set", "editor=張令沛");
        String slug = slug(id);

        run("export", id, "--out", exports.toString());
        Map<String, String> first = digests(exports.resolve(slug + "-r1"));
        run("meta", id, "--set", "summary=李主任談科技創新。");  // an edit, no revision kept
        run("export", id, "--out", exports.toString());
        run("export", id, "--out", exports.toString());  // nothing changed since: the same revision

        assertThat(first).isNotEmpty();
        assertThat(digests(exports.resolve(slug + "-r1"))).as("revision 1's bundle").isEqualTo(first);
        assertThat(exports.resolve(slug + "-r2").resolve("index.html")).content().contains("李主任談科技創新。");
        assertThat(exports.resolve(slug + "-r1").resolve("index.html")).content().doesNotContain("李主任談科技創新。");
        assertThat(exports.resolve(slug + "-r3")).doesNotExist();
        try (Store store = Store.open(dataDir)) {
            assertThat(store.stories().revisions(UUID.fromString(id))).extracting(RevisionInfo::number)
                    .containsExactly(2, 1);
            assertThat(store.stories().revisions(UUID.fromString(id))).extracting(RevisionInfo::savedBy)
                    .containsOnly("王編輯");
        }
    }

    @Test
    void publishingTwiceWithoutAChangeKeepsOneRevisionAndOneBundle() throws Exception {
        run("targets", "add", "share", "--folder", share.toString());
        String id = run("new", "--headline", "教育局長談招生").out().strip();
        run("meta", id, "--set", "source=天津政務網", "--set", "editor=張令沛", "--set", "publishTime=2015-07-31 10:02:54");
        run("status", id, "ready");
        run("status", id, "approved");

        String once = run("publish", id).out();
        String twice = run("publish", id).out();

        assertThat(once).contains("revision 1 ");
        assertThat(twice).contains("revision 1 ");
        try (Store store = Store.open(dataDir)) {
            UUID uuid = UUID.fromString(id);
            assertThat(store.stories().revisions(uuid)).hasSize(1);
            assertThat(store.outbox().list()).hasSize(1);
            assertThat(store.stories().get(uuid).status()).isEqualTo(Status.PUBLISHED);
            long version = store.stories().get(uuid).version();
            // the store itself: keeping an unchanged story writes nothing
            assertThat(store.stories().saveRevision(uuid, version, "王編輯").number()).isEqualTo(1);
            assertThat(store.stories().get(uuid).version()).isEqualTo(version);
        }
    }

    @Test
    void aBundleNameNamesItsOptionsSoOneNameAlwaysHoldsOneContent() throws Exception {
        String id = run("new", "--headline", "市科委副主任做客政務網").out().strip();
        run("meta", id, "--set", "source=天津政務網", "--set", "editor=張令沛");
        String slug = slug(id);
        Path again = Files.createDirectories(exports.resolve("again"));

        run("export", id, "--out", exports.toString(), "--zip");
        run("export", id, "--out", exports.toString(), "--zip", "--script", "hant");
        run("export", id, "--out", exports.toString(), "--zip", "--script", "hans", "--labels", "brackets");
        run("export", id, "--out", again.toString(), "--zip", "--script", "hant");
        run("export", id, "--out", again.toString(), "--zip");

        Path plain = exports.resolve(slug + "-r1.zip");
        Path hant = exports.resolve(slug + "-r1-hant.zip");
        Path bracketed = exports.resolve(slug + "-r1-hans-brackets.zip");
        assertThat(plain).as("the default options keep the plain name").exists();
        assertThat(hant).exists();
        assertThat(bracketed).exists();
        try (Stream<Path> zips = Files.list(exports).filter(p -> p.toString().endsWith(".zip"))) {
            assertThat(zips).hasSize(3);
        }
        // different options, different names: each name keeps its own bytes (a Traditional text "as is" and
        // converted to Traditional may well be the same bytes, under two names; never two contents under one)
        assertThat(Files.readAllBytes(bracketed)).isNotEqualTo(Files.readAllBytes(plain));
        assertThat(Files.readAllBytes(bracketed)).isNotEqualTo(Files.readAllBytes(hant));
        // the same revision and options again: the same bytes under the same name
        assertThat(again.resolve(slug + "-r1-hant.zip")).hasSameBinaryContentAs(hant);
        assertThat(again.resolve(slug + "-r1.zip")).hasSameBinaryContentAs(plain);
        assertThat(digests(again.resolve(slug + "-r1-hant"))).isEqualTo(digests(exports.resolve(slug + "-r1-hant")));
    }

    private String slug(String id) {
        try (Store store = Store.open(dataDir)) {
            return store.stories().get(UUID.fromString(id)).slug();
        }
    }

    /** Every file of a bundle folder with its SHA-256. */
    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try {
                    all.put(folder.relativize(f).toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return all;
    }
}
