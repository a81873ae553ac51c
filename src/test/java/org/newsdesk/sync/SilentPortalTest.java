package org.newsdesk.sync;

import org.newsdesk.credentials.MemoryCredentials;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portal that reads the whole bundle and then never answers frees the delivery after the
 * first-byte time-out, not after the (long, size-scaled) answer time-out.
 */
class SilentPortalTest {

    @TempDir
    Path dir;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch bodyRead = new CountDownLatch(1);
    private ServerSocket server;

    @AfterEach
    void close() throws IOException {
        stop.countDown();
        if (server != null) {
            server.close();
        }
    }

    /** Reads the request with its body, counts the bytes, and keeps the connection open in silence. */
    private URI silentPortal(AtomicInteger bodyBytes) throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    head.write(b);
                }
                int length = 0;
                for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
                    if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).strip());
                    }
                }
                byte[] body = in.readNBytes(length);
                bodyBytes.set(body.length);
                bodyRead.countDown();
                stop.await();
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        }, "silent-portal");
        t.setDaemon(true);
        t.start();
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api");
    }

    @Test
    void aPortalThatTakesTheBundleAndNeverAnswersFreesTheSlotAfterTheFirstByteTimeout() throws Exception {
        AtomicInteger received = new AtomicInteger(-1);
        URI portal = silentPortal(received);
        byte[] zip = new byte[200_000];
        new Random(11).nextBytes(zip);
        Path file = Files.write(dir.resolve("bundle.zip"), zip);
        MemoryCredentials credentials = new MemoryCredentials();
        credentials.store("portal", "token-0815".toCharArray());
        // the answer time-out is far away: only the first-byte time-out can end this attempt
        HttpBundleTarget target = new HttpBundleTarget("portal", portal, credentials,
                HttpBundleTarget.client(Duration.ofSeconds(5)), Duration.ofMinutes(10), Duration.ofMillis(500));

        DeliveryOutcome outcome = target.deliver(new Delivery(UUID.randomUUID().toString(), 1, "story-1",
                PortalServer.hex(zip), file));

        assertThat(bodyRead.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(received.get()).as("the portal read the whole bundle").isEqualTo(zip.length);
        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Retry.class, retry ->
                assertThat(retry.error().code()).isEqualTo(DeliveryProblem.Code.HTTP_NO_FIRST_BYTE));
    }
}
