package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Story;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;

/** {@code names}, {@code names rename} and the channels of the preferences on the command line. */
class NamesAndChannelsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;
    @TempDir
    Path configDir;

    record Run(int exit, String out, String err) {
    }

    private PreferencesFile preferences() {
        return new PreferencesFile(configDir.resolve(PreferencesFile.FILE_NAME), Clock.systemUTC());
    }

    private void channels(List<String> channels) {
        Preferences d = Preferences.defaults();
        preferences().save(new Preferences(d.language(), d.editorName(), d.timeZone(), d.fontFamily(), d.fontSize(),
                d.lineSpacing(), d.labelStyle(), d.exportFolder(), channels, d.theme(), d.dataFolder(), d.window()));
    }

    private Run run(String... args) {
        PreferencesFile file = preferences();
        NewsdeskCommand root = new NewsdeskCommand(Workspace.commandLine(), (d, lang, importFile) -> fail("must not open a window"),
                d -> fail("needs no credentials"), file);
        var cl = NewsdeskCommand.create(root);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void namesAreListedAndAMisspeltOneIsRenamedInEveryStory() throws Exception {
        UUID a;
        UUID b;
        try (Store store = TestStores.fresh(dataDir)) {
            Story one = store.stories().create(Metadata.withHeadline("一").withEditor("張今沛").withSource("天津政務網"),
                    List.of(), List.of());
            Story two = store.stories().create(Metadata.withHeadline("二").withAuthors(List.of("張今沛")), List.of(), List.of());
            store.names().recordUse(one.metadata());
            a = one.id();
            b = two.id();
        }

        Run list = run("names", "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        JsonNode names = JSON.readTree(list.out());
        assertThat(names).hasSize(3);
        assertThat(names.get(0).get("kind").asText()).isEqualTo("source");
        assertThat(names.get(0).get("name").asText()).isEqualTo("天津政務網");
        assertThat(names.get(2).get("kind").asText()).isEqualTo("editor");
        assertThat(names.get(2).get("stories").asInt()).isEqualTo(1);
        assertThat(names.get(2).get("timesUsed").asInt()).isEqualTo(1);
        assertThat(run("names").out()).contains("editor      1     1  張今沛");

        Run renamed = run("names", "rename", "張今沛", "張令沛");
        assertThat(renamed.exit()).as(renamed.err()).isZero();
        assertThat(renamed.out().strip()).isEqualTo("Renamed \"張今沛\" to \"張令沛\" (2 stories changed)");
        try (Store store = TestStores.fresh(dataDir)) {
            assertThat(store.stories().get(a).metadata().editor()).isEqualTo("張令沛");
            assertThat(store.stories().get(b).metadata().authors()).containsExactly("張令沛");
        }

        Run unknown = run("names", "rename", "張今沛", "張令沛");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("No source, author or editor is called \"張今沛\"");
        Run bad = run("names", "rename", "張令沛", "張\u0007令沛");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("control character");
    }

    @Test
    void metaChecksChannelsAgainstThePreferences() {
        UUID id;
        try (Store store = TestStores.fresh(dataDir)) {
            id = store.stories().create(Metadata.withHeadline("一"), List.of(), List.of()).id();
        }
        Run notYet = run("meta", id.toString(), "--set", "channels=科技");
        assertThat(notYet.exit()).isEqualTo(1);
        assertThat(notYet.err()).contains("The channel \"科技\" is not in the list of channels");

        channels(List.of("新聞", "科技"));
        Run accepted = run("meta", id.toString(), "--set", "channels=科技");
        assertThat(accepted.exit()).as(accepted.err()).isZero();

        channels(List.of("新聞"));
        Run check = run("check", id.toString());
        assertThat(check.out() + check.err()).contains("The channel \"科技\" is not in the list of channels");
        Run removed = run("meta", id.toString(), "--set", "channels=新聞、科技");
        assertThat(removed.exit()).isEqualTo(1);
        assertThat(removed.err()).contains("\"科技\"");
    }
}
