package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import org.newsdesk.app.Workspace;

/** {@code newsdesk convert}: plain text between the scripts, with the data folder's override lists. */
class ConvertCommandTest {

    @TempDir
    Path dataDir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String stdin, String... args) {
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("must not open a window"));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return new Run(cl.execute(all.toArray(String[]::new)), o.toString(), e.toString());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void convertsAFileToTraditionalWithoutTheSeedPagesErrors() throws Exception {
        Path file = Files.writeString(dataDir.resolve("in.txt"), "干事创业，精干人员，提升，英才，一公里。\n", StandardCharsets.UTF_8);

        Run run = run("", "convert", "--to", "hant", file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("幹事創業，精幹人員，提升，英才，一公里。\n");
    }

    @Test
    void convertsStandardInputToSimplified() {
        Run run = run("餅乾很乾燥，看著頭髮。", "convert", "--to", "hans", "-");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("饼干很干燥，看着头发。");
    }

    @Test
    void theDataFoldersOverridesWinAndTaiwanWordingIsOnlyOnRequest() throws Exception {
        Files.createDirectories(dataDir.resolve("conversion"));
        Files.writeString(dataDir.resolve("conversion/overrides-hant.txt"), "钟\t鐘\n", StandardCharsets.UTF_8);

        assertThat(run("钟和信息", "convert", "--to", "hant").out()).isEqualTo("鐘和信息");
        assertThat(run("信息", "convert", "--to", "hant", "--wording", "taiwan").out()).isEqualTo("資訊");
    }

    @Test
    void aMissingFileIsOneLineAndABadTargetIsAUsageError() {
        Run missing = run("", "convert", "--to", "hant", dataDir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith("newsdesk: Cannot read ");

        assertThat(run("", "convert", "--to", "latin").exit()).isEqualTo(2);
    }
}
