package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cli.CliRun.assertSucceeded;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.Version;
import org.newsdesk.app.Workspace;
import picocli.CommandLine;

/** The command line's way in: version, help, the window when no command is given, usage errors. */
class CliEntryTest {

    @TempDir
    Path dataDir;

    private CliRun run(String... args) {
        return CliRun.in(dataDir, args);
    }

    // ------------------------------------------------------------ version, help, window

    @Test
    void versionPrintsTheBuildVersion() {
        CliRun run = run("--version");

        assertSucceeded(run);
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
        assertThat(run.out()).isEqualTo("Newsdesk " + Version.current() + System.lineSeparator());
    }

    @Test
    void helpListsEveryCommand() {
        CliRun run = run("--lang", "en", "--help");

        assertSucceeded(run);
        assertThat(run.out()).contains("Usage:", "--data-dir", "--lang");
        for (String command : List.of("list", "new", "show", "delete", "restore", "revisions", "revert")) {
            assertThat(run.out()).containsPattern("(?m)^\\s+" + command + "\\s");
        }
    }

    @Test
    void withoutACommandTheWindowOpensWithTheChosenFolderAndLanguage() {
        AtomicReference<Path> openedDir = new AtomicReference<>();
        AtomicReference<String> openedLang = new AtomicReference<>();
        AtomicReference<List<Path>> openedImport = new AtomicReference<>();
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, files) -> {
            openedDir.set(d);
            openedLang.set(lang);
            openedImport.set(files);
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        Path second = dataDir.resolve("第二部分.txt");
        writeQuietly(second);
        int exit = cl.execute("--data-dir", dataDir.toString(), "--lang", "zh-TW", "--import", "page.html",
                second.toString());

        assertThat(exit).isZero();
        assertThat(openedImport.get()).containsExactly(Path.of("page.html").toAbsolutePath(), second.toAbsolutePath());
        assertThat(openedDir.get()).isEqualTo(dataDir.toAbsolutePath());
        assertThat(openedLang.get()).isEqualTo("zh-TW");
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    private static void writeQuietly(Path file) {
        try {
            java.nio.file.Files.writeString(file, "主持人：你好。");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = run("bogus");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("bogus");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        CliRun run = run("new");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--headline");
    }
}
