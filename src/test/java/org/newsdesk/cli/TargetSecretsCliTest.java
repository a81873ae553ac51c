package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.credentials.MemoryCredentials;
import picocli.CommandLine;

/** A password in a target's URL is never echoed; a token an HTTP header cannot carry is refused at once. */
class TargetSecretsCliTest {

    @TempDir
    Path dataDir;

    private final MemoryCredentials memory = new MemoryCredentials();

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("no window"), d -> memory);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void aPasswordInTheUrlIsNeverEchoed() {
        for (String url : List.of("http://editor:Geheim-4711@portal.example.org/api",
                "https://editor:Geheim-4711@portal.example.org", "http://editor:Geheim-4711@bad host/")) {
            for (String kind : List.of("--http", "--webdav")) {
                Run add = run("targets", "add", "web", kind, url);
                assertThat(add.exit()).as(url).isEqualTo(1);
                assertThat(add.out() + add.err()).as(url).doesNotContain("Geheim-4711").doesNotContain("editor:")
                        .contains("***@");
            }
        }
        assertThat(run("targets", "list").out()).doesNotContain("web");
    }

    @Test
    void aTokenAHeaderCannotCarryIsRefusedAndNothingIsAdded() throws Exception {
        for (String token : List.of("tok 123", "令牌123", "tok\u007f")) {
            Path file = Files.writeString(dataDir.resolve("token.txt"), token + "\n");
            Run add = run("targets", "add", "portal", "--http", "https://portal.example.org/api", "--secret-file",
                    file.toString());
            assertThat(add.exit()).as(token).isEqualTo(1);
            assertThat(add.err()).as(token).contains("HTTP header").doesNotContain(token);
            assertThat(memory.secret("portal")).as(token).isEmpty();
        }
        assertThat(run("targets", "list").out()).doesNotContain("portal");
        Path good = Files.writeString(dataDir.resolve("good.txt"), "tok-123\n");
        assertThat(run("targets", "add", "portal", "--http", "https://portal.example.org/api", "--secret-file",
                good.toString()).exit()).isZero();
    }
}
