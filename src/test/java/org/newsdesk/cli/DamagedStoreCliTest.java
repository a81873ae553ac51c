package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.store.Store;
import picocli.CommandLine;

/** The command line's damaged-database message says what to do next, as the window does. */
class DamagedStoreCliTest {

    @TempDir
    Path dataDir;

    @Test
    void aDamagedDatabaseSaysHowToGoOn() throws Exception {
        byte[] junk = new byte[32 * 1024];
        new Random(3).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            junk[i] = junk[i] == 0 ? 0x5a : junk[i];
        }
        Files.write(dataDir.resolve(Store.DATABASE_FILE), junk);
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("must not open a window"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        int exit = cl.execute("--data-dir", dataDir.toString(), "--lang", "en", "list");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("newsdesk: ").contains("is damaged")
                .contains("move the damaged file aside").contains(dataDir.toString());
        assertThat(Files.readAllBytes(dataDir.resolve(Store.DATABASE_FILE))).as("left as it was").isEqualTo(junk);
    }
}
