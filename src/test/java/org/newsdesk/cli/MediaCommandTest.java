package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.model.MediaLink;
import org.newsdesk.model.Metadata;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import picocli.CommandLine;

/** `media ID [--link FILE | --unlink] [--json]` on a real store and real files. */
class MediaCommandTest {

    @TempDir
    Path dataDir;
    private String id;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void aStory() {
        try (Store store = TestStores.fresh(dataDir)) {
            id = store.stories().create(Metadata.withHeadline("訪談"), List.of(), List.of()).id().toString();
        }
    }

    private Run run(String... args) {
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("must not open a window"));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        return new Run(cl.execute(all.toArray(String[]::new)), o.toString(), e.toString());
    }

    @Test
    void linksShowsAndUnlinksARecording() throws Exception {
        Path recording = Files.write(dataDir.resolve("訪談錄音.m4a"), new byte[1234]);

        Run linked = run("media", id.substring(0, 8), "--link", recording.toString());
        assertThat(linked.exit()).as(linked.err()).isZero();
        assertThat(linked.out()).contains("訪談錄音.m4a", recording.toString());
        try (Store store = TestStores.fresh(dataDir)) {
            assertThat(store.media().find(UUID.fromString(id)))
                    .contains(new MediaLink(recording.toString(), "訪談錄音.m4a", 1234));
        }

        JsonNode json = new ObjectMapper().readTree(run("media", id, "--json").out());
        assertThat(json.get("fileName").asText()).isEqualTo("訪談錄音.m4a");
        assertThat(json.get("sizeBytes").asLong()).isEqualTo(1234);

        Run unlinked = run("media", id, "--unlink");
        assertThat(unlinked.exit()).isZero();
        assertThat(unlinked.out()).contains("No recording");
        assertThat(recording).as("unlinking never deletes the file").exists();
        assertThat(run("media", id, "--json").out().trim()).isEqualTo("null");
    }

    @Test
    void aMissingFileIsRefusedAndTheOldLinkKept() throws Exception {
        Path recording = Files.write(dataDir.resolve("a.mp3"), new byte[10]);
        assertThat(run("media", id, "--link", recording.toString()).exit()).isZero();

        Run refused = run("media", id, "--link", dataDir.resolve("gone.mp3").toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("gone.mp3", "not a readable file");
        assertThat(run("media", id).out()).contains("a.mp3");
    }

    @Test
    void linkAndUnlinkTogetherAreAUsageError() {
        Run both = run("media", id, "--link", "x.mp3", "--unlink");

        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }
}
