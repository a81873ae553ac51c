package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers for a plain JDK ({@code bin/newsdesk}) and for the Linux app image
 * ({@code installer/linux/newsdesk}), run by {@code sh} with a stand-in {@code java} (and
 * stand-in jpackage launchers) that write down the arguments they were given.
 */
class LauncherScriptTest {

    @TempDir
    Path dir;
    private Path calls;
    private Path jar;

    @BeforeEach
    void standIns() throws IOException {
        TestRequirements.programs("the launchers are shell scripts", "sh", "env", "cksum");
        calls = dir.resolve("calls.txt");
        jar = dir.resolve("newsdesk.jar");
        Files.writeString(jar, "not really a jar");
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        writeScript(bin.resolve("java"), "#!/bin/sh\n"
                + "case \"$*\" in *-version*) echo asked >> '" + dir.resolve("versions-asked.txt") + "';"
                + " echo 'openjdk version \"17.0.15\" 2025-04-15' >&2; exit 0 ;; esac\n"
                + "echo \"java $*\" >> '" + calls + "'\n"
                + "echo \"${LANGUAGE:-}\" >> '" + dir.resolve("languages.txt") + "'\n");
    }

    @Test
    void shortCommandsRunWithTheQuickCompilerAndTheWindowWithTheFullOne() throws Exception {
        runJarLauncher("--data-dir", "/tmp/d", "--editor", "王编辑", "list");
        runJarLauncher("--lang", "zh-CN");

        List<String> lines = Files.readAllLines(calls, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("-XX:TieredStopAtLevel=1").endsWith("list");
        assertThat(lines.get(1)).doesNotContain("TieredStopAtLevel").endsWith("--lang zh-CN");
        // the window runs with its memory options (the same java -jar gets from WindowJvm); a short command keeps its own
        for (String option : org.newsdesk.app.WindowJvm.OPTIONS) {
            assertThat(lines.get(1)).contains(" " + option + " ");
        }
        assertThat(lines.get(1)).contains(" -D" + org.newsdesk.app.WindowJvm.MARKER + "=launcher ");
        assertThat(lines.get(0)).doesNotContain("-Xmx", org.newsdesk.app.WindowJvm.MARKER);
    }

    @Test
    void searchKeepsTheWindowsHeapCeilingForTheIndexItMayBuild() throws Exception {
        runJarLauncher("--data-dir", "/tmp/d", "search", "創新");

        String line = Files.readAllLines(calls, StandardCharsets.UTF_8).get(0);
        assertThat(line).contains(" -XX:TieredStopAtLevel=1 ").doesNotContain(org.newsdesk.app.WindowJvm.MARKER);
        for (String option : org.newsdesk.app.WindowJvm.OPTIONS) {
            assertThat(line).contains(" " + option + " ");
        }
    }

    @Test
    void theWindowGetsTheLanguageChosenInPreferencesForGtksDialogs() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/preferences.json"), "{\n  \"language\" : \"zh-CN\"\n}\n");

        runJarLauncher();
        runJarLauncher("--lang", "zh-TW");

        assertThat(Files.readAllLines(dir.resolve("languages.txt"), StandardCharsets.UTF_8))
                .containsExactly("zh_CN", "zh_TW");
    }

    @Test
    void onJava17TheFirstRunOfEachKindWritesAnArchiveOfItsOwn() throws Exception {
        runJarLauncher("list");
        runJarLauncher("--lang", "en");

        List<String> lines = Files.readAllLines(calls, StandardCharsets.UTF_8);
        String cli = archiveNamed(lines.get(0));
        String window = archiveNamed(lines.get(1));
        assertThat(lines.get(0)).contains("-XX:ArchiveClassesAtExit=");
        assertThat(cli).endsWith("-cli.jsa");
        assertThat(window).endsWith("-window.jsa");
    }

    @Test
    void theJdksReleaseFileNamesItsVersionWithoutStartingJava() throws Exception {
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"21.0.4\"\nJAVA_RUNTIME_VERSION=\"21.0.4+7\"\n");

        runJarLauncher("list");

        assertThat(dir.resolve("versions-asked.txt")).doesNotExist();
        // 21 keeps its archive current by itself: the release file's version chose that
        assertThat(Files.readAllLines(calls, StandardCharsets.UTF_8).get(0)).contains("-XX:+AutoCreateSharedArchive");
    }

    @Test
    void withoutAReleaseFileJavaIsAskedForItsVersion() throws Exception {
        runJarLauncher("list");

        assertThat(dir.resolve("versions-asked.txt")).exists();
        assertThat(Files.readAllLines(calls, StandardCharsets.UTF_8).get(0)).contains("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void theImageLauncherSendsShortCommandsToTheQuickLauncherSearchToItsOwnLongWorkToItsOwnAndFilesToTheWindowsOne() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("image/bin"));
        Files.copy(Path.of("installer/linux/newsdesk"), bin.resolve("newsdesk"));
        bin.resolve("newsdesk").toFile().setExecutable(true);
        writeScript(bin.resolve("Newsdesk"), "#!/bin/sh\necho \"Newsdesk $*\" >> '" + calls + "'\n");
        writeScript(bin.resolve("newsdesk-cli"), "#!/bin/sh\necho \"newsdesk-cli $*\" >> '" + calls + "'\n");
        writeScript(bin.resolve("newsdesk-work"), "#!/bin/sh\necho \"newsdesk-work $*\" >> '" + calls + "'\n");
        writeScript(bin.resolve("newsdesk-search"), "#!/bin/sh\necho \"newsdesk-search $*\" >> '" + calls + "'\n");

        run(List.of("sh", bin.resolve("newsdesk").toString(), "--editor", "list", "show", "abc"));
        run(List.of("sh", bin.resolve("newsdesk").toString(), "--data-dir", "/d", "search", "創新"));
        run(List.of("sh", bin.resolve("newsdesk").toString(), "import", "a.txt"));
        run(List.of("sh", bin.resolve("newsdesk").toString(), "--version"));
        run(List.of("sh", bin.resolve("newsdesk").toString(), "interview.docx"));

        assertThat(Files.readAllLines(calls, StandardCharsets.UTF_8)).containsExactly(
                "newsdesk-cli --editor list show abc", "newsdesk-search --data-dir /d search 創新",
                "newsdesk-work import a.txt", "newsdesk-cli --version",
                "Newsdesk interview.docx");
    }

    private static String archiveNamed(String line) {
        for (String word : line.split(" ")) {
            if (word.startsWith("-XX:ArchiveClassesAtExit=") || word.startsWith("-XX:SharedArchiveFile=")) {
                return word.replaceAll("\\.\\d+\\.tmp$", "");
            }
        }
        return "";
    }

    private void runJarLauncher(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("env", "-u", "LANGUAGE", "JAVA_HOME=" + dir.resolve("jdk"),
                "NEWSDESK_JAR=" + jar, "NEWSDESK_CONFIG_DIR=" + dir.resolve("config"),
                "XDG_CACHE_HOME=" + dir.resolve("cache"), "sh", "bin/newsdesk"));
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
    }

    private static void writeScript(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
