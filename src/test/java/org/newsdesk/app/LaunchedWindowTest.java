package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cli.NewsdeskCommand;
import org.newsdesk.store.Store;
import picocli.CommandLine;

/**
 * The window as launched from the command line, in a JVM of its own (headless): the opening
 * shell comes first, the preferences and store read since launch fill it, the last story can
 * be typed into before the library and metadata columns are built (their views' classes not even
 * loaded; they follow it) and has the keyboard, and closing the window ends the process with the store closed.
 */
class LaunchedWindowTest {

    @TempDir
    Path dir;

    @Test
    void theShellComesFirstThenTheLastStoryIsEditableAndClosingEndsTheProcess() throws Exception {
        Path data = dir.resolve("data");
        Path config = Files.createDirectories(dir.resolve("config"));
        String id = importStory(data);
        try (Store store = Store.open(data)) {
            store.appState().put("ui.lastStory", id);
        }

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m", "-Dfile.encoding=UTF-8",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", // the probe asks which classes are loaded
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                LaunchProbeMain.class.getName(), "--data-dir", data.toString(), "--lang", "zh-TW"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().put("NEWSDESK_CONFIG_DIR", config.toString());
        Process app = builder.start();
        boolean ended = app.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            app.destroyForcibly();
        }
        String out = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("stderr.txt"));

        assertThat(ended).as("the app ends when its window is closed; stderr:%n%s", err).isTrue();
        assertThat(app.exitValue()).as(err).isZero();
        assertThat(out.lines().toList()).as(err).startsWith("SHELL").anyMatch(l -> l.startsWith("EDITABLE "))
                .endsWith("COLUMNS");
        assertThat(out.lines().toList()).as("the story is editable before the columns the first frame does without")
                .contains("EDITABLE_WITHOUT_COLUMNS");
        assertThat(out.lines().toList()).as("the columns' views are built after the story is editable, not only placed")
                .contains("COLUMNS_NOT_BUILT");
        assertThat(out.lines().toList()).as("typing goes into the story without a click first")
                .contains("TRANSCRIPT_FOCUSED");
        assertThat(Integer.parseInt(out.lines().filter(l -> l.startsWith("EDITABLE ")).findFirst().orElseThrow()
                .substring("EDITABLE ".length()))).isGreaterThan(100);
        assertThat(config.resolve("preferences.json")).as("the window's place was kept on closing").exists();
        try (Store reopened = Store.open(data)) {
            assertThat(reopened.stories().list(false)).hasSize(1);
        }
    }

    private String importStory(Path data) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append(i % 2 == 0 ? "主持人：請談談今年的招生政策。" : "局長：今年新增學位三千個，覆蓋全市各區。").append("\n\n");
        }
        Path file = Files.writeString(dir.resolve("interview.txt"), text, StandardCharsets.UTF_8);
        CommandLine cli = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, f) -> { throw new AssertionError("no window"); });
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--data-dir", data.toString(), "import", file.toString())).isZero();
        return out.toString().trim();
    }
}
