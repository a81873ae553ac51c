package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;

/**
 * Files that are not files (a FIFO, a device), files the system will not read, and UTF-16
 * text without a byte order mark.
 */
class NonRegularFilesTest {

    private final StoryImporter importer = new StoryImporter();

    @TempDir
    Path dir;

    private ImportException refused(Path file, ImportOptions options) {
        return catchThrowableOfType(ImportException.class, () -> importer.preview(file, options, ImportProgress.NONE));
    }

    @Test
    void aNamedPipeIsRefusedAtOnceWithoutReadingIt() throws Exception {
        Path fifo = dir.resolve("interview.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo cannot be run here: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed here");
        // nothing ever writes to the pipe: reading it would block this test for good
        for (ImportOptions options : new ImportOptions[] {ImportOptions.AUTO,
                new ImportOptions(ImportFormat.TEXT, StandardCharsets.UTF_8), new ImportOptions(ImportFormat.HTML, null)}) {
            ImportException e = refused(fifo, options);
            assertThat(e.problem()).isEqualTo(ImportException.Problem.NOT_READABLE);
            assertThat(e.detail()).contains("named pipe (FIFO)").contains("not a regular file");
        }
        assertThat(ImportErrorText.describe(refused(fifo, ImportOptions.AUTO), new Messages(Locale.ENGLISH)))
                .contains(fifo.toString()).contains("FIFO");
    }

    @Test
    void aDeviceIsRefused() {
        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device), "needs /dev/zero");
        ImportException e = refused(device, ImportOptions.AUTO);
        assertThat(e.problem()).isEqualTo(ImportException.Problem.NOT_READABLE);
        assertThat(e.detail()).contains("character device");
    }

    @Test
    void aFileTheSystemWillNotReadSaysWhy() {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(mem), "needs Linux's /proc");
        ImportException e = refused(mem, new ImportOptions(ImportFormat.TEXT, null));
        assertThat(e.problem()).isEqualTo(ImportException.Problem.NOT_READABLE);
        assertThat(e.detail()).startsWith("the system refused to read it: ").doesNotContain("null");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsDetectedEitherWay() throws Exception {
        String text = "主持人：Hello, 各位网友好。\n李主任：大家好，2015 年的情况是这样的。\n";
        for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Path file = dir.resolve("no-bom-" + charset.name() + ".txt");
            Files.write(file, text.getBytes(charset));
            ImportPreview p = importer.preview(file, ImportOptions.AUTO, ImportProgress.NONE);
            assertThat(p.paragraphs()).extracting(Paragraph::text).as(charset.name())
                    .anyMatch(t -> t.contains("各位网友好"));
        }
    }

    @Test
    void aChosenEncodingIsAlwaysHonoured() throws Exception {
        // almost no Latin characters: few NUL bytes, so only the chosen encoding says what it is
        Path file = dir.resolve("chosen.txt");
        Files.write(file, "主持人：各位网友好。\n李主任：大家好。\n".getBytes(StandardCharsets.UTF_16LE));
        ImportPreview p = importer.preview(file, new ImportOptions(ImportFormat.TEXT, StandardCharsets.UTF_16LE),
                ImportProgress.NONE);
        assertThat(p.paragraphs()).extracting(Paragraph::text).anyMatch(t -> t.contains("大家好"));
    }

    @Test
    void binaryDataWithNulBytesIsStillRefused() throws Exception {
        Path file = dir.resolve("data.txt");
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        for (int i = 0; i < junk.length; i += 7) {
            junk[i] = 0;
        }
        Files.write(file, junk);
        assertThat(refused(file, ImportOptions.AUTO).problem()).isEqualTo(ImportException.Problem.BINARY);
    }
}
