package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.i18n.Messages;
import org.newsdesk.credentials.MemoryCredentials;
import org.newsdesk.store.TestStores;
import picocli.CommandLine;

/** targets, publish, sync and outbox on the command line, against real folders and a closed port. */
class SyncCliTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataDir;
    @TempDir
    Path share;

    @BeforeEach
    void emptyStore() {
        TestStores.emptyIn(dataDir);
    }

    private final MemoryCredentials memory = new MemoryCredentials();

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        return runWith(true, args);
    }

    private Run runWithoutCredentialStore(String... args) {
        return runWith(false, args);
    }

    private Run runWith(boolean credentialStore, String... args) {
        CommandLine cl = !credentialStore
                ? NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("no window"))
                : NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("no window"), d -> memory);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private String newStory() {
        Run created = run("new", "--headline", "市科委副主任做客政務網(3)");
        assertThat(created.exit()).isZero();
        return created.out().strip();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void targetsAreAddedListedAndRemovedAndTheSecretGoesToTheCredentialStore() throws Exception {
        Path token = Files.writeString(dataDir.resolve("token.txt"), "tok-123\n");

        Run add = run("targets", "add", "portal", "--http", "https://portal.example.org/api", "--secret-file", token.toString());
        Run addFolder = run("targets", "add", "share", "--folder", share.toString());
        Run list = run("targets", "list", "--json");

        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out().strip()).isEqualTo(ENGLISH.get("sync.cli.targetAdded", "portal", "https://portal.example.org/api"));
        assertThat(addFolder.exit()).isZero();
        assertThat(String.valueOf(memory.secret("portal").orElseThrow())).isEqualTo("tok-123");
        JsonNode json = new ObjectMapper().readTree(list.out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).path("kind").asText()).isEqualTo("http");
        assertThat(list.out()).doesNotContain("tok-123");
        assertThat(Files.readString(dataDir.resolve("newsdesk.mv.db"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("tok-123");

        Run remove = run("targets", "remove", "portal");
        assertThat(remove.exit()).isZero();
        assertThat(memory.secret("portal")).isEmpty();
        assertThat(run("targets", "list").out()).doesNotContain("portal").contains("share");
    }

    @Test
    void badTargetsAreRefusedWithOneClearLine() {
        run("targets", "add", "share", "--folder", share.toString());

        Run duplicate = run("targets", "add", "share", "--folder", share.toString());
        Run badUrl = run("targets", "add", "web", "--http", "ftp://example.org");
        Run withPassword = run("targets", "add", "web", "--http", "https://user:pw@example.org");
        Run unknown = run("targets", "remove", "nothing");

        assertThat(duplicate.exit()).isEqualTo(1);
        assertThat(duplicate.err().strip()).isEqualTo("newsdesk: " + ENGLISH.get("sync.error.duplicateTarget", "share"));
        assertThat(badUrl.err().strip()).isEqualTo("newsdesk: " + ENGLISH.get("sync.error.badLocation", "ftp://example.org"));
        assertThat(withPassword.exit()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("newsdesk: " + ENGLISH.get("sync.error.unknownTarget", "nothing"));
    }

    @Test
    void withoutAMasterPasswordASecretIsRefusedAndNothingIsAdded() throws Exception {
        Path token = Files.writeString(dataDir.resolve("token.txt"), "tok-123\n");

        Run add = runWithoutCredentialStore("targets", "add", "portal", "--http", "https://portal.example.org", "--secret-file",
                token.toString());

        assertThat(add.exit()).isEqualTo(1);
        assertThat(add.err().strip()).isEqualTo("newsdesk: " + ENGLISH.get("cli.credentials.locked",
                "NEWSDESK_MASTER_PASSWORD"));
        assertThat(add.err()).doesNotContain("tok-123");
        assertThat(runWithoutCredentialStore("targets", "list").out()).isEmpty();
    }

    @Test
    void publishThenSyncOnceDeliversToAFolderAndExitsZero() throws Exception {
        run("targets", "add", "share", "--folder", share.toString());
        String id = approvedStory();

        Run publish = run("publish", id);
        Run sync = run("sync", "--once");
        Run outbox = run("outbox", "--json");

        assertThat(publish.exit()).as(publish.err()).isZero();
        assertThat(publish.out()).contains(id, "share", ENGLISH.get("sync.state.pending"));
        assertThat(sync.exit()).as(sync.err() + sync.out()).isZero();
        assertThat(sync.out()).contains(ENGLISH.get("sync.cli.summary", 1, 0, 0));
        JsonNode entry = new ObjectMapper().readTree(outbox.out()).get(0);
        assertThat(entry.path("state").asText()).isEqualTo("delivered");
        assertThat(entry.path("revision").asInt()).isEqualTo(1);
        try (var stories = Files.list(share)) {
            Path story = stories.findFirst().orElseThrow();
            assertThat(story.resolve("r1").resolve("index.html")).exists();
        }
    }

    @Test
    void syncOnceExitsOneWhenThePortalCannotBeReachedAndTheOutboxSaysWhy() throws Exception {
        run("targets", "add", "portal", "--http", "http://127.0.0.1:" + closedPort() + "/api");
        String id = approvedStory();
        run("publish", id, "--target", "portal");

        Run sync = run("sync", "--once");
        Run outbox = run("outbox");

        assertThat(sync.exit()).isEqualTo(1);
        assertThat(sync.out()).contains("Cannot connect to", ENGLISH.get("sync.cli.summary", 0, 1, 0));
        assertThat(outbox.out()).contains(ENGLISH.get("sync.state.failed"), "Cannot connect to");
    }

    @Test
    void publishWithoutTargetsOrToAnUnknownOneSaysSo() {
        String id = newStory();

        Run none = run("publish", id);
        run("targets", "add", "share", "--folder", share.toString());
        Run unknown = run("publish", id, "--target", "elsewhere");

        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("newsdesk: " + ENGLISH.get("sync.error.noTargets"));
        assertThat(unknown.err().strip()).isEqualTo("newsdesk: " + ENGLISH.get("sync.error.unknownTarget", "elsewhere"));
        assertThat(run("outbox", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void aPublishTimeAheadIsScheduledShownByOutboxJsonNotSentBySyncAndCancelledForGood() throws Exception {
        run("targets", "add", "share", "--folder", share.toString());
        String id = approvedStory();

        Run published = run("--editor", "李主編", "publish", id, "--at", "2099-01-01 08:00");
        Run outbox = run("outbox", "--json");
        Run sync = run("sync", "--once");

        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(published.out()).contains(ENGLISH.get("sync.cli.scheduledFor", "2099-01-01T00:00:00Z"));
        JsonNode entry = new ObjectMapper().readTree(outbox.out()).get(0);
        assertThat(entry.path("state").asText()).isEqualTo("scheduled");
        assertThat(entry.path("scheduledFor").asText()).isEqualTo("2099-01-01T00:00:00Z");
        assertThat(entry.path("embargoUntil").isNull()).isTrue();
        assertThat(sync.exit()).as(sync.err()).isZero();
        try (var files = java.nio.file.Files.list(share)) {
            assertThat(files).as("nothing is delivered before its time").isEmpty();
        }
        assertThat(new ObjectMapper().readTree(run("show", id, "--json").out()).path("status").asText())
                .as("stays Approved while scheduled").isEqualTo("approved");

        String number = entry.path("id").asText();
        Run cancelled = run("outbox", "cancel", number);
        Run again = run("outbox", "cancel", number);

        assertThat(cancelled.exit()).as(cancelled.err()).isZero();
        assertThat(cancelled.out().strip()).isEqualTo(ENGLISH.get("sync.cli.cancelled", Long.parseLong(number), "share",
                "市科委副主任做客政務網"));
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo(ENGLISH.get("sync.cli.notCancelled", Long.parseLong(number)));
        assertThat(new ObjectMapper().readTree(run("outbox", "--json").out()).get(0).path("state").asText())
                .isEqualTo("cancelled");
        assertThat(run("publish", id, "--at", "2099-02-30 08:00").err()).contains(ENGLISH.get("sync.cli.badTime",
                "2099-02-30 08:00"));
    }

    /** A story that passes the readiness checks, moved to Approved on the command line. */
    private String approvedStory() {
        String id = run("new", "--headline", "市科委副主任做客政務網").out().strip();
        Run meta = run("meta", id, "--set", "source=天津政務網", "--set", "editor=張令沛",
                "--set", "publishTime=2015-07-31 10:02:54");
        assertThat(meta.exit()).as(meta.err()).isZero();
        for (String status : List.of("ready", "approved")) {
            Run moved = run("status", id, status);
            assertThat(moved.exit()).as(moved.err()).isZero();
        }
        return id;
    }

    @Test
    void statusNeverPublishesAndPublishMovesTheStoryQueuesItForEveryTargetAndWithdrawnSendsNothing() throws Exception {
        run("targets", "add", "share", "--folder", share.toString());
        run("targets", "add", "portal", "--http", "http://127.0.0.1:" + closedPort() + "/api");
        String id = approvedStory();

        Run refused = run("status", id, "published");
        Run published = run("--editor", "李主編", "publish", id);

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("newsdesk: " + ENGLISH.get("cli.status.usePublish"));
        assertThat(published.exit()).as(published.err()).isZero();
        List<String> lines = published.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("Queued " + id + " revision 1 ")
                .endsWith(ENGLISH.get("sync.state.pending")));
        assertThat(lines.get(0) + lines.get(1)).contains("for share:", "for portal:");
        List<org.newsdesk.model.OutboxEntry> rows;
        try (org.newsdesk.store.Store store = org.newsdesk.store.TestStores.fresh(dataDir)) {
            rows = store.outbox().list();
            java.util.UUID uuid = java.util.UUID.fromString(id);
            assertThat(store.stories().get(uuid).status()).isEqualTo(org.newsdesk.model.Status.PUBLISHED);
            var history = store.workflow().statusHistory(uuid);
            assertThat(history.get(history.size() - 1).changedBy()).isEqualTo("李主編");
            assertThat(store.outbox().publications(uuid)).extracting(org.newsdesk.store.Publication::queuedBy)
                    .containsExactly("李主編", "李主編");
        }
        assertThat(rows).extracting(org.newsdesk.model.OutboxEntry::target).containsExactlyInAnyOrder("share", "portal");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.storyId().toString()).isEqualTo(id);
            assertThat(r.revision()).isEqualTo(1);
            assertThat(r.state()).isEqualTo(org.newsdesk.model.DeliveryState.PENDING);
        });
        JsonNode shown = new ObjectMapper().readTree(run("show", id, "--json").out());
        assertThat(shown.path("publications")).hasSize(2).allSatisfy(p -> assertThat(p.path("by").asText())
                .isEqualTo("李主編"));
        assertThat(shown.path("statusHistory").get(2).path("by").asText()).isEqualTo("李主編");
        assertThat(shown.toString()).doesNotContain("\"by\":\"" + System.getProperty("user.name") + "\"");

        Run again = run("--editor", "李主編", "publish", id);
        assertThat(again.exit()).as(again.err()).isZero();
        try (org.newsdesk.store.Store store = org.newsdesk.store.TestStores.fresh(dataDir)) {
            assertThat(store.stories().revisions(java.util.UUID.fromString(id))).as("unchanged: no new revision")
                    .hasSize(1);
            assertThat(store.outbox().list()).hasSize(2);
        }

        Run withdrawn = run("status", id, "withdrawn");

        assertThat(withdrawn.exit()).as(withdrawn.err()).isZero();
        assertThat(withdrawn.out().lines()).containsExactly(ENGLISH.get("cli.status.changed", id, "Withdrawn"),
                ENGLISH.get("cli.status.withdrawn"));
        try (org.newsdesk.store.Store store = org.newsdesk.store.TestStores.fresh(dataDir)) {
            assertThat(store.outbox().list()).hasSize(2);
        }
    }

    @Test
    void publishRefusesAStoryThatIsNotApprovedAndChangesNothing() {
        run("targets", "add", "share", "--folder", share.toString());
        String id = newStory();

        Run refused = run("publish", id);

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("newsdesk: " + ENGLISH.get("workflow.transition.notAllowed",
                "Draft", "Published"));
        assertThat(run("outbox", "--json").out().strip()).isEqualTo("[ ]");
        assertThat(run("revisions", id).out()).isEmpty();
    }
}
