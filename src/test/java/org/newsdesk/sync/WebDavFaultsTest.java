package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.TestRequirements;
import org.newsdesk.credentials.EncryptedFileCredentialStore;
import org.newsdesk.sync.DeliveryOutcome.Delivered;
import org.newsdesk.sync.DeliveryOutcome.Reason;
import org.newsdesk.sync.DeliveryOutcome.Rejected;
import org.newsdesk.sync.DeliveryOutcome.Retry;
import org.newsdesk.sync.FaultyFront.Fault;
import org.slf4j.LoggerFactory;

/**
 * Faults between Newsdesk and a real Apache mod_dav, injected by a loopback front:
 * each ends in a {@link Retry} with a message that says what happened, the next
 * attempt through a healthy network delivers, and no password reaches an outcome or
 * the log.
 */
@Tag(TestRequirements.SYSTEM)
class WebDavFaultsTest {

    private static final String PASSWORD = WebDavTargetTest.PASSWORD;

    @TempDir
    static Path root;
    static ApacheDavServer apache;

    @TempDir
    Path work;
    EncryptedFileCredentialStore credentials;
    Delivery bundle;
    final List<DeliveryOutcome> outcomes = new ArrayList<>();
    ListAppender<ILoggingEvent> log;

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
    void setUp() throws Exception {
        ApacheDavServer.require();
        credentials = new EncryptedFileCredentialStore(work.resolve("credentials.enc"), 1_000);
        credentials.create("主密碼".toCharArray());
        credentials.store("portal", PASSWORD.toCharArray());
        bundle = SyncFixtures.bundle(work, 4);
        apache.clearUploads();
        log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void noPasswordAnywhere() {
        if (log == null) {
            return; // skipped: Apache is not installed
        }
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        String basic = Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        List<String> texts = new ArrayList<>();
        outcomes.forEach(o -> texts.add(o.toString()));
        for (ILoggingEvent e : log.list) {
            texts.add(e.getFormattedMessage());
            if (e.getThrowableProxy() != null) {
                texts.add(ThrowableProxyUtil.asString(e.getThrowableProxy()));
            }
        }
        assertThat(log.list).as("the faults are logged").isNotEmpty();
        assertThat(texts).noneMatch(t -> t.contains(PASSWORD) || t.contains(basic) || t.contains("密碼-2026"));
    }

    @Test
    void aServerErrorOnAnUploadIsRetriedAndTheNextAttemptDelivers() throws Exception {
        try (FaultyFront front = front(0, (method, path) -> method.equals("PUT") && path.endsWith("index.html")
                ? Fault.ERROR_500 : Fault.NONE)) {
            Retry retry = retry(target(front.uploadsUrl(), 20).deliver(bundle));
            assertThat(retry.error().describe(WebDavTargetTest.ENGLISH)).contains("HTTP 500").contains(SyncFixtures.SLUG + "/index.html");
            assertThat(retry.retryAfter()).isNull();
            assertThat(Files.exists(apache.uploads().resolve(SyncFixtures.SLUG).resolve("article.json")))
                    .as("no commit mark on a half-written folder").isFalse();
        }
        deliverDirectly();
    }

    @Test
    void unavailableWithRetryAfterIsHonoured() throws Exception {
        try (FaultyFront front = front(0, (method, path) -> method.equals("MKCOL") ? Fault.UNAVAILABLE_503 : Fault.NONE)) {
            Retry retry = retry(target(front.uploadsUrl(), 20).deliver(bundle));
            assertThat(retry.error().describe(WebDavTargetTest.ENGLISH)).contains("HTTP 503");
            assertThat(retry.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "LOCKED_423   | retry    | null        | is locked on the server         | PT30S",
            "TOO_MANY_429 | retry    | null        | asked Newsdesk to wait          | PT7S",
            "TOO_LARGE_413| rejected | REFUSED     | as too large (HTTP 413)         | null",
            "MOVED_301    | rejected | REFUSED     | redirect to https://portal.example.test/new-uploads/ | null"})
    void answersToAnUploadMapToOutcomes(Fault fault, String kind, Reason reason, String text, String retryAfter)
            throws Exception {
        try (FaultyFront front = front(0, (method, path) -> method.equals("PUT") && path.endsWith("/index.html")
                ? fault : Fault.NONE)) {
            DeliveryOutcome outcome = target(front.uploadsUrl(), 20).deliver(bundle);
            outcomes.add(outcome);
            if (kind.equals("retry")) {
                assertThat(outcome).isInstanceOfSatisfying(Retry.class, r -> {
                    assertThat(r.error().describe(WebDavTargetTest.ENGLISH)).contains(text).contains(SyncFixtures.SLUG + "/index.html");
                    assertThat(r.retryAfter()).isEqualTo(Duration.parse(retryAfter));
                });
            } else {
                assertThat(outcome).isInstanceOfSatisfying(Rejected.class, r -> {
                    assertThat(r.reason()).isEqualTo(reason);
                    assertThat(r.problem().describe(WebDavTargetTest.ENGLISH)).contains(text);
                });
            }
        }
    }

    @Test
    void aConnectionResetInTheMiddleOfAnUploadIsRetried() throws Exception {
        try (FaultyFront front = front(0, (method, path) -> method.equals("PUT") && path.endsWith("/index.html")
                ? Fault.RESET_MID_UPLOAD : Fault.NONE)) {
            Retry retry = retry(target(front.uploadsUrl(), 20).deliver(bundle));
            assertThat(retry.error().describe(WebDavTargetTest.ENGLISH)).contains("connection to " + front.uploadsUrl() + " broke");
            assertThat(front.faults()).isEqualTo(1);
        }
        deliverDirectly();
    }

    @Test
    void aServerThatTakesTheBytesAndNeverAnswersTimesOut() throws Exception {
        try (FaultyFront front = front(0, (method, path) -> method.equals("PUT") ? Fault.NEVER_ANSWER : Fault.NONE)) {
            Retry retry = retry(target(front.uploadsUrl(), 1).deliver(bundle));
            assertThat(retry.error().describe(WebDavTargetTest.ENGLISH)).contains("did not answer").contains("within 1 second");
        }
    }

    @Test
    void theNetworkGoingAwayAndComingBack() throws Exception {
        int port;
        try (FaultyFront front = front(0, (method, path) -> Fault.NONE)) {
            port = front.port();
        }
        String url = "http://127.0.0.1:" + port + "/uploads/";
        Retry away = retry(target(url, 20).deliver(bundle));
        assertThat(away.error().describe(WebDavTargetTest.ENGLISH)).startsWith("Cannot connect to " + url);

        try (FaultyFront back = front(port, (method, path) -> Fault.NONE)) {
            DeliveryOutcome delivered = target(url, 20).deliver(bundle);
            outcomes.add(delivered);
            assertThat(delivered).isInstanceOf(Delivered.class);
        }
        SyncFixtures.assertFolderHolds(apache.uploads(), bundle);
    }

    @Test
    void aManifestThatAppearsDuringTheUploadIsNotOverwritten() throws Exception {
        Path foreign = apache.uploads().resolve(SyncFixtures.SLUG).resolve("article.json");
        try (FaultyFront front = front(0, (method, path) -> {
            if (method.equals("PUT") && path.endsWith("/article.json")) {
                writeQuietly(foreign, "{\"written\": \"by another desk\"}");
            }
            return Fault.NONE;
        })) {
            DeliveryOutcome outcome = target(front.uploadsUrl(), 20).deliver(bundle);
            outcomes.add(outcome);
            assertThat(outcome).isInstanceOfSatisfying(Rejected.class, r -> {
                assertThat(r.reason()).isEqualTo(Reason.CONFLICT);
                assertThat(r.problem().describe(WebDavTargetTest.ENGLISH)).contains("HTTP 412");
            });
        }
        assertThat(Files.readString(foreign)).contains("another desk");
    }

    private void deliverDirectly() throws Exception {
        DeliveryOutcome outcome = target(apache.uploadsUrl(), 20).deliver(bundle);
        outcomes.add(outcome);
        assertThat(outcome).isInstanceOf(Delivered.class);
        SyncFixtures.assertFolderHolds(apache.uploads(), bundle);
    }

    private Retry retry(DeliveryOutcome outcome) {
        outcomes.add(outcome);
        assertThat(outcome).isInstanceOf(Retry.class);
        return (Retry) outcome;
    }

    private static FaultyFront front(int port, FaultyFront.Rule rule) throws Exception {
        return FaultyFront.start(port, "http://127.0.0.1:" + apache.port(), rule);
    }

    private static void writeQuietly(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private WebDavTarget target(String url, int timeoutSeconds) {
        return new WebDavTarget(new TargetSettings("portal", TargetKind.WEBDAV, url, ApacheDavServer.USER, null),
                credentials, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
                Duration.ofSeconds(timeoutSeconds), Clock.systemUTC());
    }
}
