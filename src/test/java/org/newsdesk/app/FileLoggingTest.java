package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The log file in the data folder: written, rolled over, and free of personal data. */
class FileLoggingTest {

    private static final Logger LOG = LoggerFactory.getLogger(FileLoggingTest.class);

    @TempDir
    Path dataFolder;

    @Test
    void informationGoesToTheDataFolderWithoutHomeOrExceptionMessages() throws IOException {
        String home = System.getProperty("user.home");
        Path file;
        try (FileLogging logging = FileLogging.start(dataFolder, FileLogging.Limits.DEFAULT).orElseThrow()) {
            file = logging.file();
            LOG.info("opened {}", Path.of(home, "interviews", "a.docx"));
            LOG.warn("saving failed", new IllegalStateException("李主任：这段不能进日志"));
        }
        LOG.info("after close");

        assertThat(file).isEqualTo(dataFolder.resolve("logs").resolve("newsdesk.log"));
        String log = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(log)
                .contains("INFO [" + Thread.currentThread().getName() + "] " + FileLoggingTest.class.getName()
                        + " - opened ~/interviews/a.docx")
                .contains("WARN").contains("saving failed")
                .contains("java.lang.IllegalStateException\n\tat org.newsdesk.app.FileLoggingTest.")
                .doesNotContain(home + "/")
                .doesNotContain("李主任")
                .doesNotContain("after close");
    }

    @Test
    void aFullFileRollsOverAndOldFilesAreKept() throws IOException {
        FileLogging.Limits small = new FileLogging.Limits(FileSize.valueOf("2KB"), 3, FileSize.valueOf("1MB"));
        try (FileLogging logging = FileLogging.start(dataFolder, small).orElseThrow()) {
            for (int i = 0; i < 200_000 && rolledFiles() == 0; i++) {
                LOG.info("line {} of a long session", i);
            }
        }
        assertThat(rolledFiles()).isPositive();
        assertThat(dataFolder.resolve("logs/newsdesk.log")).exists();
    }

    @Test
    void aDataFolderThatCannotHoldLogsStartsNoFile() throws IOException {
        Path notAFolder = Files.writeString(dataFolder.resolve("file"), "x");

        assertThat(FileLogging.start(notAFolder, FileLogging.Limits.DEFAULT)).isEmpty();
    }

    private long rolledFiles() throws IOException {
        try (Stream<Path> files = Files.list(dataFolder.resolve("logs"))) {
            return files.filter(f -> f.getFileName().toString().matches("newsdesk-\\d{4}-\\d{2}-\\d{2}\\.\\d+\\.log")).count();
        }
    }
}
