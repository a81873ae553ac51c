package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WindowArgumentsTest {

    @Test
    void noArgumentsOpenTheWindowOnTheDefaults() {
        assertThat(WindowArguments.of()).contains(new WindowArguments(null, null, null));
    }

    @Test
    void theWindowsOwnOptionsAreReadInBothForms() {
        Optional<WindowArguments> read = WindowArguments.of("--data-dir", "data", "--lang=zh-TW", "--import=page.html");

        assertThat(read).contains(new WindowArguments(Path.of("data").toAbsolutePath(), "zh-TW",
                Path.of("page.html").toAbsolutePath()));
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
            "--data-dir a show 1", "--datadir a", "--bogus"})
    void anythingElseGoesToTheCommandLine(String line) {
        assertThat(WindowArguments.of(line.split(" "))).isEmpty();
    }
}
