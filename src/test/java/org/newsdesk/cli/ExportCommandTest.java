package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import picocli.CommandLine;

/** {@code newsdesk export}, in-process against a throwaway data folder. */
class ExportCommandTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    @BeforeEach
    void emptyStore() {
        TestStores.emptyIn(dataDir);
    }

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("must not open a window"));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        return new Run(cl.execute(all.toArray(String[]::new)), o.toString(), e.toString());
    }

    private Story savedDraft() {
        try (Store store = TestStores.fresh(dataDir)) {
            Story s = store.stories().create(Metadata.withHeadline("市科委副主任做客政务网").withEditor("张令沛"),
                    List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                            new Speaker("guest", "李宝纯", "李宝纯", "", SpeakerRole.GUEST)),
                    List.of(Paragraph.of("host", "好，主任，具体的举措有哪些？"),
                            Paragraph.of("guest", "影响干事创业的痛点。"),
                            Paragraph.of("guest", "抽调精干人员。")));
            store.stories().saveRevision(s.id(), s.version(), "test");
            return store.stories().get(s.id());
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void exportsADraftWithAWarningAndTheSameZipEveryTime() throws Exception {
        Story story = savedDraft();
        String name = story.slug() + "-r" + story.revision() + "-both-halfwidth";

        Run first = run("export", story.id().toString().substring(0, 8), "--out", out.toString(), "--zip",
                "--script", "both", "--labels", "halfwidth");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err().lines().toList()).containsExactly(
                ENGLISH.get("export.warning.unfinished", story.id(), ENGLISH.get("status.draft")));
        Path zip = out.resolve(name + ".zip");
        assertThat(first.out().lines().toList()).containsExactly(
                ENGLISH.get("export.done", out.resolve(name)),
                ENGLISH.get("export.zipDone", zip, sha256(zip)));
        String hant = Files.readString(out.resolve(name).resolve("index.zh-Hant.html"), StandardCharsets.UTF_8);
        assertThat(hant).contains("幹事創業", "精幹人員", "<span class=\"speaker\">主持人:</span>");
        assertThat(Files.readString(out.resolve(name).resolve("index.html"), StandardCharsets.UTF_8))
                .contains("lang=\"zh-Hans\"");

        String firstSha = sha256(zip);
        Run second = run("export", story.id().toString(), "--out", out.toString(), "--zip", "--script", "both",
                "--labels", "halfwidth");
        assertThat(second.exit()).isZero();
        assertThat(sha256(zip)).isEqualTo(firstSha);
    }

    @Test
    void theBundleFolderAndZipGetThePermissionsOfAnyNewFolderAndFileThere() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                out.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX file permissions");
        Story story = savedDraft();
        String name = story.slug() + "-r" + story.revision();
        Run run = run("export", story.id().toString(), "--out", out.toString(), "--zip");
        assertThat(run.exit()).as(run.err()).isZero();

        // what the umask gives a new folder and file here (typically rwxr-xr-x and rw-r--r--)
        var folderPerms = Files.getPosixFilePermissions(Files.createDirectory(out.resolve("probe-folder")));
        var filePerms = Files.getPosixFilePermissions(Files.createFile(out.resolve("probe-file")));
        assertThat(Files.getPosixFilePermissions(out.resolve(name))).isEqualTo(folderPerms);
        assertThat(Files.getPosixFilePermissions(out.resolve(name).resolve("index.html"))).isEqualTo(filePerms);
        assertThat(Files.getPosixFilePermissions(out.resolve(name + ".zip"))).isEqualTo(filePerms);
        // the old behaviour (0700 / 0600) would fail the checks above whenever the umask lets others read
        assertThat(folderPerms).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void theHongKongScriptWritesAHongKongPage() throws Exception {
        Story story = savedDraft();
        String name = story.slug() + "-r" + story.revision() + "-hant-hk";

        Run run = run("export", story.id().toString(), "--out", out.toString(), "--script", "hant-hk");

        assertThat(run.exit()).as(run.err()).isZero();
        String hk = Files.readString(out.resolve(name).resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(hk).contains("lang=\"zh-Hant-HK\"", "幹事創業", "精幹人員");
    }

    @Test
    void wrongOptionValuesAreUsageErrors() {
        Story story = savedDraft();

        assertThat(run("export", story.id().toString(), "--out", out.toString(), "--script", "latin").exit()).isEqualTo(2);
        assertThat(run("export", story.id().toString(), "--out", out.toString(), "--labels", "fancy").exit()).isEqualTo(2);
        assertThat(run("export", story.id().toString()).exit()).isEqualTo(2);
    }

    @Test
    void anUnwritableOutputFolderIsOneLineInTheUsersLanguage() throws Exception {
        Story story = savedDraft();
        Path file = Files.writeString(out.resolve("not-a-folder"), "x");

        Run run = run("export", story.id().toString(), "--out", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().toList()).last()
                .isEqualTo("newsdesk: " + ENGLISH.get("export.error.folder", file));
    }
}
