package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import org.newsdesk.app.Workspace;

/** What one in-process run of the command line produced, and the checks the CLI tests make of it. */
record CliRun(int exit, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs {@code newsdesk --data-dir <dir> args...}; a window must never open. */
    static CliRun in(Path dir, String... args) {
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("must not open a window"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        int exit = cl.execute(all.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new AssertionError("stdout is not JSON: " + out, e);
        }
    }

    static void assertSucceeded(CliRun run) {
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isZero();
        assertThat(run.err()).as("stderr").isEmpty();
    }

    /** Exit 1, nothing on stdout, exactly one line {@code newsdesk: <expected>} on stderr. */
    static void assertFailedWith(CliRun run, String expectedMessage) {
        assertFailedWithOneLine(run);
        assertThat(run.errLines().get(0)).isEqualTo("newsdesk: " + expectedMessage);
    }

    static void assertFailedWithOneLine(CliRun run) {
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isEqualTo(1);
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.errLines()).as("stderr lines").hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("newsdesk: ");
    }
}
