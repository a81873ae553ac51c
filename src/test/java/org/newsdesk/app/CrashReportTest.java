package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.Version;

/** Crash reports are written without JavaFX, say what a supporter needs, and quote no story text. */
class CrashReportTest {

    private static final String STORY_TEXT = "主持人：这是稿件里的一句话";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:30:00.250Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataFolder;

    @Test
    void aReportNamesTimeVersionSystemThreadAndFramesButNoMessage() throws IOException {
        Thread thread = new Thread(() -> { }, "editor-worker");
        Throwable error = new IllegalStateException("paragraph " + STORY_TEXT,
                new IllegalArgumentException("speaker " + STORY_TEXT));

        CrashReport report = CrashReport.write(dataFolder, thread, error, Version.current(), CLOCK);

        assertThat(report.file()).hasParent(dataFolder.resolve("crash"));
        assertThat(report.file().getFileName().toString()).isEqualTo("crash-20261124-163000-250.txt");
        String text = Files.readString(report.file(), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(report.text());
        assertThat(text)
                .contains("Time: 2026-11-24T16:30:00.25+08:00")
                .contains("Version: " + Version.current())
                .contains("OS: " + System.getProperty("os.name"))
                .contains("Java: " + System.getProperty("java.version"))
                .contains("Thread: editor-worker")
                .contains("java.lang.IllegalStateException\n\tat org.newsdesk.app.CrashReportTest.")
                .contains("Caused by: java.lang.IllegalArgumentException")
                .doesNotContain("这是稿件")
                .doesNotContain("paragraph");
    }

    @Test
    void theHomeFolderIsWrittenAsATilde() {
        String home = System.getProperty("user.home");
        Thread thread = new Thread(() -> { }, "reading " + home + "/interviews");

        CrashReport report = CrashReport.write(dataFolder, thread, new RuntimeException(), "1.0", CLOCK);

        assertThat(report.text()).contains("Thread: reading ~/interviews").doesNotContain(home + "/");
    }

    @Test
    void twoCrashesInTheSameMillisecondKeepBothReports() throws IOException {
        Thread thread = Thread.currentThread();
        CrashReport first = CrashReport.write(dataFolder, thread, new RuntimeException(), "1.0", CLOCK);
        CrashReport second = CrashReport.write(dataFolder, thread, new IllegalStateException(), "1.0", CLOCK);

        assertThat(second.file()).isNotEqualTo(first.file());
        try (Stream<Path> files = Files.list(dataFolder.resolve("crash"))) {
            assertThat(files.toList()).hasSize(2);
        }
        assertThat(Files.readString(first.file())).contains("java.lang.RuntimeException");
        assertThat(Files.readString(second.file())).contains("java.lang.IllegalStateException");
    }

    @Test
    void aReportThatCannotBeWrittenIsStillReturnedWithTheReason() throws IOException {
        Path notAFolder = Files.writeString(dataFolder.resolve("file"), "x");

        CrashReport report = CrashReport.write(notAFolder, Thread.currentThread(), new RuntimeException(), "1.0", CLOCK);

        assertThat(report.file()).isNull();
        assertThat(report.writeError()).isNotBlank();
        assertThat(report.text()).contains("java.lang.RuntimeException");
    }

    @Test
    void aCircularCauseChainEnds() {
        RuntimeException a = new RuntimeException();
        IllegalStateException b = new IllegalStateException(a);
        a.initCause(b);

        String text = StackTraceText.of(a);

        assertThat(text).contains("Caused by: java.lang.IllegalStateException").contains("[circular reference");
        assertThat(List.of(text.split("\n")).stream().filter(l -> l.startsWith("Caused by: java.")).count()).isEqualTo(1);
    }
}
