package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.app.Workspace;
import org.newsdesk.credentials.MemoryCredentials;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.newsroom.PostgresPerClass;
import org.newsdesk.newsroom.TcpProxy;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.store.Store;
import picocli.CommandLine;

/** `newsroom init|connect|status|sync|disconnect` against a real PostgreSQL, two data folders. */
@Tag(TestRequirements.SYSTEM)
class NewsroomCliTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;
    private final MemoryCredentials memory = new MemoryCredentials();

    record Run(int exit, String out, String err) {
    }

    /** Each workstation (data folder) its own user's preferences, as on two computers. */
    private PreferencesFile preferences(String dataDir) {
        return new PreferencesFile(folders.resolve("config-" + dataDir).resolve(PreferencesFile.FILE_NAME), Clock.systemUTC());
    }

    private Run run(String dataDir, String... args) {
        CommandLine cl = NewsdeskCommand.create(new NewsdeskCommand(Workspace.commandLine(),
                (d, lang, file) -> fail("no window"), d -> memory, preferences(dataDir)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", folders.resolve(dataDir).toString(), "--lang", "en"));
        all.addAll(List.of(args));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private static JsonNode json(Run r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void initConnectSyncStatusAndDisconnect() throws Exception {
        String url = postgres.newDatabase();
        assertThat(run("a", "newsroom", "status").out()).contains("belongs to no newsroom");
        Run early = run("a", "newsroom", "sync");
        assertThat(early.exit()).isEqualTo(1);
        assertThat(early.err()).contains("belongs to no newsroom");

        assertThat(run("a", "newsroom", "init", url, "--chief", "zhou.min", "--name", "周敏").exit()).isZero();
        assertThat(run("a", "newsroom", "init", url, "--chief", "zhou.min").exit()).as("again: harmless").isZero();

        Run stranger = run("a", "newsroom", "connect", url, "--user", "nobody");
        assertThat(stranger.exit()).isEqualTo(1);
        assertThat(stranger.err()).contains("nobody is not an editor");

        Path password = Files.writeString(folders.resolve("pw.txt"), "Tea-Garden-2026\n");
        Run joined = run("a", "newsroom", "connect", url, "--user", "zhou.min", "--password-file", password.toString());
        assertThat(joined.exit()).as(joined.err()).isZero();
        assertThat(joined.out()).doesNotContain("Tea-Garden-2026");
        assertThat(memory.secret("newsroom")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("Tea-Garden-2026"));

        assertThat(run("a", "new", "--headline", "山村小学有了图书角").exit()).isZero();
        JsonNode before = json(run("a", "newsroom", "status", "--json"));
        assertThat(before.path("connected").asBoolean()).isTrue();
        assertThat(before.path("user").asText()).isEqualTo("zhou.min");
        assertThat(before.path("waitingToPush").asInt()).isEqualTo(1);

        JsonNode pushed = json(run("a", "newsroom", "sync", "--json"));
        assertThat(pushed.path("pushed").asInt()).isEqualTo(1);
        assertThat(json(run("a", "newsroom", "status", "--json")).path("waitingToPush").asInt()).isZero();

        assertThat(run("b", "newsroom", "connect", url, "--user", "zhou.min").exit()).isZero();
        Run pulled = run("b", "newsroom", "sync");
        assertThat(pulled.exit()).isZero();
        assertThat(pulled.out()).contains("Pulled 1 story");
        assertThat(run("b", "list").out()).contains("山村小学有了图书角");

        Run left = run("a", "newsroom", "disconnect");
        assertThat(left.exit()).isZero();
        assertThat(memory.secret("newsroom")).isEmpty();
        assertThat(run("a", "newsroom", "status").out()).contains("belongs to no newsroom");
        assertThat(run("a", "list").out()).as("the stories stay").contains("山村小学有了图书角");
    }

    @Test
    void aRevisionKeptOnOneWorkstationIsListedOnTheOtherWithItsNewsroomNumberAndAccount() throws Exception {
        String url = postgres.newDatabase();
        assertThat(run("a", "newsroom", "init", url, "--chief", "lu.ping", "--name", "陆平").exit()).isZero();
        assertThat(run("a", "newsroom", "connect", url, "--user", "lu.ping").exit()).isZero();
        assertThat(run("b", "newsroom", "connect", url, "--user", "lu.ping").exit()).isZero();
        String id = run("a", "new", "--headline", "河边的早市").out().trim();
        Run exported = run("a", "export", id, "--out", folders.resolve("out").toString());
        assertThat(exported.exit()).as(exported.err()).isZero(); // keeps revision 1 first
        assertThat(run("a", "newsroom", "sync").exit()).isZero();
        assertThat(run("b", "newsroom", "sync").exit()).isZero();

        JsonNode mine = json(run("a", "revisions", id, "--json"));
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("newsroomNumber").asInt()).isEqualTo(1);
        assertThat(mine.get(0).has("account")).as("made here").isFalse();
        JsonNode theirs = json(run("b", "revisions", id, "--json"));
        assertThat(theirs).hasSize(1);
        assertThat(theirs.get(0).path("number").asInt()).isEqualTo(1);
        assertThat(theirs.get(0).path("newsroomNumber").asInt()).isEqualTo(1);
        assertThat(theirs.get(0).path("account").asText()).isEqualTo("lu.ping");
        assertThat(theirs.get(0).path("headline").asText()).isEqualTo("河边的早市");
    }

    @Test
    void aChiefAddsColleaguesAndAReporterCannot() {
        String url = postgres.newDatabase();
        String bare = url.replace("?user=postgres", "");
        assertThat(run("d", "newsroom", "init", url, "--chief", "chen.jie", "--name", "陈洁").exit()).isZero();
        assertThat(run("d", "newsroom", "connect", bare, "--user", "chen.jie").exit()).isZero();
        Run added = run("d", "newsroom", "adduser", "liu.yang", "--role", "reporter", "--name", "刘洋");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added liu.yang to the newsroom as reporter");
        assertThat(run("d", "newsroom", "adduser", "x", "--role", "intern").err()).contains("Unknown role \"intern\"");

        assertThat(run("e", "newsroom", "connect", bare, "--user", "liu.yang").exit()).isZero();
        Run refused = run("e", "newsroom", "adduser", "liu.yang.2", "--role", "chief");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("does not allow this to your account's role");
    }

    @Test
    void connectSetsTheEditorsNameTheWindowReadsSoTheWindowDoesNotAskAgain() {
        String url = postgres.newDatabase();
        assertThat(run("h", "newsroom", "init", url, "--chief", "sun.li", "--name", "孙丽").exit()).isZero();
        preferences("h").save(Preferences.defaults().withEditorName(""));
        Run given = run("h", "newsroom", "connect", url, "--user", "sun.li", "--editor", " 孙丽（夜班） ");
        assertThat(given.exit()).as(given.err()).isZero();
        assertThat(given.out()).contains("The window will record you as 孙丽（夜班）");
        assertThat(preferences("h").load().preferences().editorName()).isEqualTo("孙丽（夜班）");

        assertThat(run("i", "newsroom", "connect", url, "--user", "sun.li").exit()).isZero();
        assertThat(preferences("i").load().preferences().editorName()).as("none set: the newsroom's name for the login")
                .isEqualTo("孙丽");

        preferences("j").save(Preferences.defaults().withEditorName("Sun Li"));
        Run kept = run("j", "newsroom", "connect", url, "--user", "sun.li");
        assertThat(kept.out()).doesNotContain("The window will record you");
        assertThat(preferences("j").load().preferences().editorName()).as("a name already set stays").isEqualTo("Sun Li");
        assertThat(run("j", "newsroom", "connect", url, "--user", "sun.li", "--editor", "孙丽").exit()).isZero();
        assertThat(preferences("j").load().preferences().editorName()).as("--editor replaces it").isEqualTo("孙丽");
    }

    @Test
    void anUnreachableServerIsOneClearLine() {
        Run r = run("c", "newsroom", "connect", "jdbc:postgresql://127.0.0.1:1/newsroom?password=Hidden-1", "--user", "x");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("cannot be reached").doesNotContain("Hidden-1");
        assertThat(run("c", "newsroom", "status").out()).contains("belongs to no newsroom");
    }

    @Test
    void showFetchesTheTextOfAStoryJoinedWithItsMetadataOnlyAndSaysClearlyWhenTheServerIsAway() throws Exception {
        String url = postgres.newDatabase();
        assertThat(run("f", "newsroom", "init", url, "--chief", "he.lan").exit()).isZero();
        assertThat(run("f", "newsroom", "connect", url, "--user", "he.lan").exit()).isZero();
        UUID id;
        try (Store store = Store.open(folders.resolve("f"))) {
            id = store.stories().create(Metadata.withHeadline("渡口的最后一班船"), List.of(),
                    List.of(Paragraph.narration("船工老杨撑了四十年船。"))).id();
        }
        assertThat(run("f", "newsroom", "sync").exit()).isZero();
        try (TcpProxy proxy = new TcpProxy(postgres.port())) {
            assertThat(run("g", "newsroom", "connect", proxy.via(url), "--user", "he.lan").exit()).isZero();
            assertThat(run("g", "newsroom", "sync").exit()).isZero();
            JsonNode joined = json(run("g", "newsroom", "status", "--json"));
            assertThat(joined.path("storiesListedOnly").asInt()).isEqualTo(1);
            assertThat(joined.path("storiesWithText").asInt()).isZero();
            assertThat(run("g", "list").out()).contains("渡口的最后一班船");

            proxy.cut();
            Run away = run("g", "show", id.toString());
            assertThat(away.exit()).isEqualTo(1);
            assertThat(away.err()).contains("\u201c渡口的最后一班船\u201d is still on the newsroom server", "cannot be reached",
                    "Nothing here was changed");
            assertThat(json(run("g", "newsroom", "status", "--json")).path("storiesListedOnly").asInt()).isEqualTo(1);

            proxy.restore();
            Run shown = run("g", "show", id.toString());
            assertThat(shown.exit()).as(shown.err()).isZero();
            assertThat(shown.out()).contains("船工老杨撑了四十年船。");
            JsonNode after = json(run("g", "newsroom", "status", "--json"));
            assertThat(after.path("storiesWithText").asInt()).isEqualTo(1);
            assertThat(after.path("storiesListedOnly").asInt()).isZero();
        }
    }
}
