package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.credentials.EncryptedFileCredentialStore;
import org.newsdesk.i18n.Messages;
import org.newsdesk.sync.DeliveryOutcome.Delivered;
import org.newsdesk.sync.DeliveryOutcome.Reason;
import org.newsdesk.sync.DeliveryOutcome.Rejected;
import org.newsdesk.sync.DeliveryOutcome.Retry;

/** The WebDAV target against a real Apache httpd with mod_dav on loopback. */
@Tag(TestRequirements.SYSTEM)
class WebDavTargetTest {

    /** A Chinese password: basic auth sends it as UTF-8, as htpasswd stored it. */
    static final String PASSWORD = "編輯部密碼-2026";
    static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    static Path root;
    private static ApacheDavServer apache;

    @TempDir
    Path work;
    EncryptedFileCredentialStore credentials;
    Delivery revision4;

    @BeforeAll
    static void startApache() throws Exception {
        if (!ApacheDavServer.installed()) {
            return; // every test skips with the reason in setUp
        }
        apache = ApacheDavServer.start(Files.createDirectories(root.resolve("apache")), PASSWORD);
    }

    @AfterAll
    static void stopApache() throws InterruptedException {
        if (apache != null) {
            apache.close();
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        ApacheDavServer.require();
        credentials = new EncryptedFileCredentialStore(work.resolve("credentials.enc"), 1_000);
        credentials.create("主密碼".toCharArray());
        credentials.store("portal", PASSWORD.toCharArray());
        revision4 = SyncFixtures.bundle(work, 4);
        apache.clearUploads();
    }

    @Test
    void everyFileArrivesByteForByteWithTheManifestWrittenLast() throws Exception {
        try (FaultyFront front = FaultyFront.start(0, origin(), (method, path) -> FaultyFront.Fault.NONE)) {
            DeliveryOutcome outcome = target(front.uploadsUrl()).deliver(revision4);

            assertThat(outcome).isInstanceOf(Delivered.class);
            assertThat(((Delivered) outcome).receipt().describe(ENGLISH)).contains("checked").contains("/uploads/" + SyncFixtures.SLUG + "/");
            assertFolderHolds(revision4);
            List<String> puts = front.requests().stream().filter(r -> r.startsWith("PUT ")).toList();
            assertThat(puts).hasSize(SyncFixtures.files(revision4.zip()).size());
            assertThat(puts.get(puts.size() - 1)).endsWith("/" + SyncFixtures.SLUG + "/article.json");
            assertThat(front.requests()).anyMatch(r -> r.equals("MKCOL /uploads/" + SyncFixtures.SLUG + "/assets/"));
        }
    }

    @Test
    void sendingTheSameBundleAgainWritesNothingAndLeavesOneCopy() throws Exception {
        assertThat(target(apache.uploadsUrl()).deliver(revision4)).isInstanceOf(Delivered.class);
        try (FaultyFront front = FaultyFront.start(0, origin(), (method, path) -> FaultyFront.Fault.NONE)) {
            DeliveryOutcome again = target(front.uploadsUrl()).deliver(revision4);

            assertThat(again).isInstanceOf(Delivered.class);
            assertThat(((Delivered) again).receipt().describe(ENGLISH)).contains("already holds this bundle");
            assertThat(front.requests()).noneMatch(r -> r.startsWith("PUT ") || r.startsWith("DELETE "));
        }
        assertFolderHolds(revision4);
    }

    @Test
    void aChangedFileOnTheServerIsRepairedByTheNextDelivery() throws Exception {
        assertThat(target(apache.uploadsUrl()).deliver(revision4)).isInstanceOf(Delivered.class);
        Path page = apache.uploads().resolve(SyncFixtures.SLUG).resolve("index.html");
        Files.writeString(page, "tampered");

        DeliveryOutcome again = target(apache.uploadsUrl()).deliver(revision4);

        assertThat(again).isInstanceOf(Delivered.class);
        assertThat(((Delivered) again).receipt().describe(ENGLISH)).doesNotContain("already");
        assertFolderHolds(revision4);
    }

    @Test
    void aNewerRevisionReplacesTheFolderAndAnOlderOneIsAConflict() throws Exception {
        Delivery revision5 = SyncFixtures.bundle(work, 5);
        WebDavTarget target = target(apache.uploadsUrl());
        assertThat(target.deliver(revision4)).isInstanceOf(Delivered.class);

        assertThat(target.deliver(revision5)).isInstanceOf(Delivered.class);
        assertFolderHolds(revision5);

        DeliveryOutcome older = target.deliver(revision4);
        assertThat(older).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.CONFLICT);
            assertThat(r.problem().describe(WebDavTargetTest.ENGLISH)).contains("revision 5").contains("revision 4");
        });
        assertFolderHolds(revision5);
    }

    @Test
    void aFolderOfAnotherStoryIsNotOverwritten() throws Exception {
        assertThat(target(apache.uploadsUrl()).deliver(revision4)).isInstanceOf(Delivered.class);
        Delivery otherStory = new Delivery("00000000-0000-4000-8000-000000000001", 9, revision4.slug(),
                revision4.sha256(), SyncFixtures.bundle(work.resolve("other"), 9).zip());

        DeliveryOutcome outcome = target(apache.uploadsUrl()).deliver(otherStory);

        assertThat(outcome).isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason()).isEqualTo(Reason.CONFLICT));
        assertFolderHolds(revision4);
    }

    @Test
    void aWrongPasswordIsRejectedAsCredentialsAndWritesNothing() throws Exception {
        credentials.store("portal", "wrong password".toCharArray());

        DeliveryOutcome outcome = target(apache.uploadsUrl()).deliver(revision4);

        assertThat(outcome).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.CREDENTIALS);
            assertThat(r.problem().describe(WebDavTargetTest.ENGLISH)).contains("HTTP 401").doesNotContain("wrong password");
        });
        assertThat(Files.exists(apache.uploads().resolve(SyncFixtures.SLUG))).isFalse();
    }

    @Test
    void aTargetWithoutSavedPasswordOrWithLockedStoreSaysSo() throws Exception {
        credentials.remove("portal");
        assertThat(target(apache.uploadsUrl()).deliver(revision4)).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.CREDENTIALS);
            assertThat(r.problem().describe(WebDavTargetTest.ENGLISH)).contains("No password is saved for the target \"portal\"");
        });

        credentials.lock();
        assertThat(target(apache.uploadsUrl()).deliver(revision4)).isInstanceOfSatisfying(Retry.class,
                r -> assertThat(r.error().describe(WebDavTargetTest.ENGLISH)).contains("master password"));
    }

    @Test
    void aStoppedServerMeansRetryAndTheBundleGoesOnceItIsBack() throws Exception {
        apache.stop();
        try {
            DeliveryOutcome down = target(apache.uploadsUrl()).deliver(revision4);
            assertThat(down).isInstanceOfSatisfying(Retry.class,
                    r -> assertThat(r.error().describe(WebDavTargetTest.ENGLISH)).contains("Cannot connect to http://127.0.0.1:" + apache.port() + "/uploads/"));
        } finally {
            apache.restart();
        }
        assertThat(target(apache.uploadsUrl()).deliver(revision4)).isInstanceOf(Delivered.class);
        assertFolderHolds(revision4);
    }

    @Test
    void aMissingUploadFolderIsRefused() throws Exception {
        DeliveryOutcome outcome = target(apache.uploadsUrl() + "no-such-folder/").deliver(revision4);

        assertThat(outcome).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.REFUSED);
            assertThat(r.problem().describe(WebDavTargetTest.ENGLISH)).contains("HTTP 409").contains("no-such-folder");
        });
    }

    @Test
    void addressesThatWouldExposeThePasswordAreRefusedBeforeAnyRequest() throws Exception {
        String withPassword = "http://editor:" + PASSWORD + "@127.0.0.1:" + apache.port() + "/uploads/";
        assertThat(target(withPassword).deliver(revision4)).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.REFUSED);
            assertThat(r.problem().describe(WebDavTargetTest.ENGLISH)).contains("contains a user name or password").doesNotContain(PASSWORD);
        });
        assertThat(target("http://dav.example.invalid/uploads/").deliver(revision4)).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.problem().describe(WebDavTargetTest.ENGLISH)).contains("unencrypted connection"));
        assertThat(target("ftp://127.0.0.1/uploads/").deliver(revision4)).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.problem().describe(WebDavTargetTest.ENGLISH)).contains("not a valid http:// or https:// address"));
        assertThat(Files.exists(apache.uploads().resolve(SyncFixtures.SLUG))).isFalse();
    }

    @Test
    void aZipThatIsNoBundleIsRefused() throws Exception {
        Path notABundle = Files.writeString(work.resolve("broken.zip"), "not a zip");
        Delivery broken = new Delivery(revision4.storyId(), 4, revision4.slug(), "0", notABundle);

        assertThat(target(apache.uploadsUrl()).deliver(broken)).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.REFUSED);
            assertThat(r.problem().describe(WebDavTargetTest.ENGLISH)).contains("broken.zip");
        });
    }

    WebDavTarget target(String url) {
        return new WebDavTarget(new TargetSettings("portal", TargetKind.WEBDAV, url, ApacheDavServer.USER, null),
                credentials, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
                Duration.ofSeconds(20), Clock.systemUTC());
    }

    static String origin() {
        return "http://127.0.0.1:" + apache.port();
    }

    static void assertFolderHolds(Delivery delivery) throws IOException {
        SyncFixtures.assertFolderHolds(apache.uploads(), delivery);
    }
}
