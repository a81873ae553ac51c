package org.newsdesk.sync;

import org.newsdesk.credentials.MemoryCredentials;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.sync.PortalServer.Fault;
import org.slf4j.LoggerFactory;

/** The HTTP bundle API target against a real portal on loopback that misbehaves on purpose. */
class HttpBundleTargetTest {

    private static final String TOKEN = "s3cr3t-Token-4711";

    @TempDir
    Path dir;

    private PortalServer portal;
    private final MemoryCredentials credentials = new MemoryCredentials();
    private Delivery delivery;
    private byte[] zip;

    @BeforeEach
    void setUp() throws IOException {
        portal = new PortalServer(0, TOKEN);
        credentials.store("portal", TOKEN.toCharArray());
        zip = new byte[5000];
        new Random(7).nextBytes(zip);
        String sha = PortalServer.hex(zip);
        Path file = Files.write(dir.resolve(sha + ".zip"), zip);
        delivery = new Delivery(UUID.randomUUID().toString(), 3, "story-1", sha, file);
    }

    @AfterEach
    void tearDown() throws IOException {
        portal.close();
    }

    private HttpBundleTarget target(Duration answerTimeout) {
        return new HttpBundleTarget("portal", portal.base(), credentials, HttpBundleTarget.client(Duration.ofSeconds(5)),
                answerTimeout);
    }

    @Test
    void aBundleIsPutWithItsKeyDigestAndTokenAndARepeatAnswersTheSame() throws Exception {
        HttpBundleTarget target = target(Duration.ofSeconds(30));

        DeliveryOutcome first = target.deliver(delivery);
        DeliveryOutcome second = target.deliver(delivery);

        assertThat(first).isEqualTo(new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.HTTP_ACCEPTED, 201)));
        assertThat(second).isEqualTo(new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.HTTP_ACCEPTED, 200)));
        assertThat(portal.creations()).containsExactly(java.util.Map.entry(delivery.sha256(), 1));
        assertThat(portal.storedBundle(delivery.sha256())).isEqualTo(zip);
        PortalServer.Received put = portal.received().get(0);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.path()).isEqualTo("/api/stories/" + delivery.storyId() + "/revisions/3");
        assertThat(put.headers()).containsEntry("Idempotency-Key", delivery.sha256())
                .containsEntry("Content-Type", "application/zip")
                .containsEntry("Authorization", "Bearer " + TOKEN)
                .containsEntry("Content-Length", "5000");
        assertThat(put.headers().get("Repr-Digest")).startsWith("sha-256=:").endsWith(":");
    }

    @Test
    void theBundlesChannelsGoInTheNewsdeskChannelsHeaderPercentEncoded() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bytes)) {
            z.putNextEntry(new java.util.zip.ZipEntry("article.json"));
            z.write(("{\"subjects\":[{\"name\":\"天津\",\"rel\":\"channel\"},{\"name\":\"要聞 焦點\",\"rel\":\"channel\"},"
                    + "{\"name\":\"科技\",\"rel\":\"about\"}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        byte[] withChannels = bytes.toByteArray();
        String sha = PortalServer.hex(withChannels);
        Delivery d = new Delivery(UUID.randomUUID().toString(), 1, "story-2", sha,
                Files.write(dir.resolve(sha + ".zip"), withChannels));

        assertThat(target(Duration.ofSeconds(30)).deliver(d)).isEqualTo(new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.HTTP_ACCEPTED, 201)));
        assertThat(target(Duration.ofSeconds(30)).deliver(delivery)).isEqualTo(new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.HTTP_ACCEPTED, 201)));

        String header = portal.received().get(0).headers().get("Newsdesk-Channels");
        assertThat(header).isEqualTo("%E5%A4%A9%E6%B4%A5,%E8%A6%81%E8%81%9E%20%E7%84%A6%E9%BB%9E");
        assertThat(java.util.Arrays.stream(header.split(",")).map(c -> java.net.URLDecoder.decode(c,
                java.nio.charset.StandardCharsets.UTF_8))).containsExactly("天津", "要聞 焦點");
        assertThat(portal.received().get(1).headers()).as("a bundle without channels").doesNotContainKey("Newsdesk-Channels");
    }

    @ParameterizedTest
    @CsvSource({
        "ERROR_500, The portal answered HTTP 500: database is down",
        "BUSY_503, The portal answered HTTP 503: busy",
        "RESET_DURING_UPLOAD, The connection to",
    })
    void serverFaultsAndResetsAreRetried(Fault fault, String error) throws Exception {
        portal.always(fault);

        DeliveryOutcome outcome = target(Duration.ofSeconds(30)).deliver(delivery);

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Retry.class);
        assertThat(((DeliveryOutcome.Retry) outcome).error().describe(WebDavTargetTest.ENGLISH)).startsWith(error);
        assertThat(portal.creations()).isEmpty();
    }

    @Test
    void retryAfterIsPassedOn() throws Exception {
        portal.always(Fault.BUSY_503);

        DeliveryOutcome outcome = target(Duration.ofSeconds(30)).deliver(delivery);

        assertThat(((DeliveryOutcome.Retry) outcome).retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aServerThatTakesTheBytesAndNeverAnswersTimesOut() throws Exception {
        portal.always(Fault.SILENT);

        DeliveryOutcome outcome = target(Duration.ofSeconds(1)).deliver(delivery);

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Retry.class);
        assertThat(((DeliveryOutcome.Retry) outcome).error().describe(WebDavTargetTest.ENGLISH)).contains("No complete answer").contains("within 1 s");
    }

    @Test
    void aSlowTricklingAnswerIsWaitedFor() throws Exception {
        portal.always(Fault.TRICKLE);

        DeliveryOutcome outcome = target(Duration.ofSeconds(60)).deliver(delivery);

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.HTTP_ACCEPTED, 201)));
    }

    @Test
    void anAnswerTricklingPastTheTimeoutIsRetriedAndTheResendIsNoDuplicate() throws Exception {
        portal.always(Fault.TRICKLE);
        DeliveryOutcome slow = target(Duration.ofMillis(500)).deliver(delivery);
        portal.always(Fault.NONE);

        DeliveryOutcome again = target(Duration.ofSeconds(30)).deliver(delivery);

        assertThat(slow).isInstanceOf(DeliveryOutcome.Retry.class);
        assertThat(again).isEqualTo(new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.HTTP_ACCEPTED, 200)));
        assertThat(portal.creations()).containsEntry(delivery.sha256(), 1).hasSize(1);
    }

    @Test
    void aLostAnswerAfterTheBundleWasStoredIsRetriedWithoutADuplicate() throws Exception {
        portal.plan((n, key) -> n == 1 ? Fault.LOST_ANSWER : Fault.NONE);
        HttpBundleTarget target = target(Duration.ofSeconds(30));

        DeliveryOutcome lost = target.deliver(delivery);
        DeliveryOutcome resent = target.deliver(delivery);

        assertThat(lost).isInstanceOf(DeliveryOutcome.Retry.class);
        assertThat(resent).isEqualTo(new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.HTTP_ACCEPTED, 200)));
        assertThat(portal.creations()).containsEntry(delivery.sha256(), 1).hasSize(1);
    }

    @Test
    void aRefusedConnectionIsRetried() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        HttpBundleTarget target = new HttpBundleTarget("portal", URI.create("http://127.0.0.1:" + closedPort),
                credentials, HttpBundleTarget.client(Duration.ofSeconds(5)), Duration.ofSeconds(30));

        DeliveryOutcome outcome = target.deliver(delivery);

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Retry.class);
        assertThat(((DeliveryOutcome.Retry) outcome).error().describe(WebDavTargetTest.ENGLISH)).startsWith("Cannot connect to http://127.0.0.1:" + closedPort);
    }

    @ParameterizedTest
    @CsvSource({
        "CONFLICT, CONFLICT, HTTP 409: revision 9 is already published",
        "TOO_LARGE, REFUSED, HTTP 413: bundles may be at most 1 byte",
        "UNPROCESSABLE, REFUSED, HTTP 422: article.json: headline missing",
    })
    void permanentRefusalsCarryThePortalsMessage(Fault fault, DeliveryOutcome.Reason reason, String message)
            throws Exception {
        portal.always(fault);

        DeliveryOutcome outcome = target(Duration.ofSeconds(30)).deliver(delivery);

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Rejected.class);
        assertThat(((DeliveryOutcome.Rejected) outcome).reason()).isEqualTo(reason);
        assertThat(((DeliveryOutcome.Rejected) outcome).problem().describe(WebDavTargetTest.ENGLISH)).isEqualTo("The portal answered " + message);
    }

    @Test
    void aWrongOrMissingTokenAsksForCredentials() throws Exception {
        credentials.store("portal", "wrong".toCharArray());
        DeliveryOutcome wrong = target(Duration.ofSeconds(30)).deliver(delivery);
        credentials.remove("portal");
        DeliveryOutcome missing = target(Duration.ofSeconds(30)).deliver(delivery);

        assertThat(wrong).isEqualTo(new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.CREDENTIALS,
                DeliveryProblem.of(DeliveryProblem.Code.HTTP_STATUS_SAID, 401, "token refused")));
        assertThat(missing).isEqualTo(wrong);
        assertThat(portal.received().get(1).headers()).doesNotContainKey("Authorization");
    }

    @Test
    void aTokenNoHeaderCanCarryAsksForCredentialsWithoutShowingIt() throws Exception {
        credentials.store("portal", "Tok€n mit Leerzeichen".toCharArray());

        DeliveryOutcome outcome = target(Duration.ofSeconds(30)).deliver(delivery);

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Rejected.class);
        assertThat(((DeliveryOutcome.Rejected) outcome).reason()).isEqualTo(DeliveryOutcome.Reason.CREDENTIALS);
        assertThat(outcome.toString()).doesNotContain("Tok€n");
        assertThat(portal.requests()).isZero();
    }

    @Test
    void aMissingBundleFileIsRefusedWithAClearMessage() throws Exception {
        Files.delete(delivery.zip());

        DeliveryOutcome outcome = target(Duration.ofSeconds(30)).deliver(delivery);

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Rejected.class);
        assertThat(((DeliveryOutcome.Rejected) outcome).problem().describe(WebDavTargetTest.ENGLISH)).contains("missing; publish the story again");
    }

    @Test
    void theTokenNeverAppearsInOutcomesOrTheLog() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger("org.newsdesk");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Level before = root.getLevel();
        root.setLevel(Level.DEBUG);
        root.addAppender(log);
        List<String> texts = new ArrayList<>();
        try {
            for (Fault fault : Fault.values()) {
                portal.always(fault);
                texts.add(target(Duration.ofMillis(800)).deliver(delivery).toString());
            }
        } finally {
            root.detachAppender(log);
            root.setLevel(before);
        }
        for (ILoggingEvent e : log.list) {
            texts.add(e.getFormattedMessage());
            if (e.getThrowableProxy() != null) {
                texts.add(e.getThrowableProxy().getMessage());
            }
        }

        assertThat(texts).anySatisfy(t -> assertThat(t).contains("cannot check Bearer ***"));
        assertThat(texts).noneSatisfy(t -> assertThat(t).contains(TOKEN));
    }

    @Test
    void aLargeBundleIsStreamedWhole() throws Exception {
        byte[] large = new byte[24 * 1024 * 1024];
        new Random(11).nextBytes(large);
        String sha = PortalServer.hex(large);
        Path file = Files.write(dir.resolve(sha + ".zip"), large);

        DeliveryOutcome outcome = target(Duration.ofSeconds(120))
                .deliver(new Delivery(delivery.storyId(), 4, "story-1", sha, file));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.HTTP_ACCEPTED, 201)));
        assertThat(portal.storedBundle(sha)).isEqualTo(large);
    }
}
