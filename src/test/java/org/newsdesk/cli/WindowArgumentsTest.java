package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WindowArgumentsTest {

    @Test
    void noArgumentsOpenTheWindowOnTheDefaults() {
        assertThat(WindowArguments.of()).contains(new WindowArguments(null, null, List.of()));
    }

    @Test
    void theWindowsOwnOptionsAreReadInBothForms() {
        Optional<WindowArguments> read = WindowArguments.of("--data-dir", "data", "--lang=zh-TW", "--import=page.html");

        assertThat(read).contains(new WindowArguments(Path.of("data").toAbsolutePath(), "zh-TW",
                List.of(Path.of("page.html").toAbsolutePath())));
    }

    /** What a file manager's "Open with" passes: one or several paths, after the options or alone. */
    @Test
    void filesToImportAreReadInOrderAfterTheImportOption() {
        Optional<WindowArguments> read = WindowArguments.of("--lang", "zh-CN", "/home/编辑/访谈.docx",
                "--import=first.txt", "part 2.html");

        assertThat(read.map(WindowArguments::importFiles)).contains(List.of(Path.of("first.txt").toAbsolutePath(),
                Path.of("/home/编辑/访谈.docx"), Path.of("part 2.html").toAbsolutePath()));
        assertThat(WindowArguments.of("notes.txt").map(WindowArguments::importFiles))
                .contains(List.of(Path.of("notes.txt").toAbsolutePath()));
    }

    @Test
    void aChineseFolderNameIsKept() {
        assertThat(WindowArguments.of("--data-dir=/tmp/稿件庫").map(WindowArguments::dataDir))
                .contains(Path.of("/tmp/稿件庫"));
    }

    /** Anything else is left to the full command line, which runs it or says what is wrong. */
    @ParameterizedTest
    @ValueSource(strings = {"list", "--help", "-h", "--version", "--data-dir", "--data-dir=", "--lang zh-TW list",
            "--data-dir a --data-dir b", "--lang en --lang zh-CN", "--import a --import b", "--import -x",
            "--data-dir a show 1", "--datadir a", "--bogus", "import a.txt", "show 1f2e", "--lang en list"})
    void anythingElseGoesToTheCommandLine(String line) {
        assertThat(WindowArguments.of(line.split(" "))).isEmpty();
    }
}
