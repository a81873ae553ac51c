package org.newsdesk.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.newsdesk.export.BundleFile;
import org.newsdesk.sync.Delivery;
import org.newsdesk.sync.DeliveryOutcome;
import org.newsdesk.sync.HttpBundleTarget;
import org.newsdesk.sync.NoCredentials;

/**
 * The 400-bundle fault run: 400 small bundles delivered through four slots (as the delivery
 * worker does) to a portal on loopback where every tenth request takes the whole body and then
 * never answers. It times the run with the answer time-out alone holding a silent portal's slot
 * (the old behaviour: first-byte time-out equal to the answer time-out) and with the first-byte
 * time-out. Time-outs are the product's (120 s and 15 s) divided by {@code -scale=N} (default 20),
 * so a run takes about a minute; the ratio is what carries over.
 *
 * <p>Run with {@code -Pbench -Dbench.args="SilentPortal [-scale=N]"}.
 */
public final class SilentPortalRun {

    private static final int BUNDLES = 400;
    private static final int SLOTS = 4;
    private static final int SILENT_EVERY = 10;

    private SilentPortalRun() {
    }

    public static void main(String[] args) throws Exception {
        int scale = 20;
        for (String a : args) {
            if (a.startsWith("-scale=")) {
                scale = Integer.parseInt(a.substring("-scale=".length()));
            }
        }
        Duration answer = HttpBundleTarget.ANSWER_TIMEOUT.dividedBy(scale);
        Duration firstByte = HttpBundleTarget.FIRST_BYTE_TIMEOUT.dividedBy(scale);
        Path folder = Files.createTempDirectory("newsdesk-silent-portal");
        List<Delivery> deliveries = bundles(folder);
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        ExecutorService serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            String path = exchange.getRequestURI().getPath();
            int n = Integer.parseInt(path.substring(path.indexOf("/stories/s") + "/stories/s".length(), path.indexOf("/revisions")));
            requests.incrementAndGet();
            if (n % SILENT_EVERY == SILENT_EVERY - 1) {
                try {
                    // took the bytes, never answers (until the run is over)
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
        try {
            System.out.printf("SilentPortal: %d bundles, %d slots, every %dth request silent; time-outs /%d: answer %s, first byte %s%n",
                    BUNDLES, SLOTS, SILENT_EVERY, scale, answer, firstByte);
            // warm-up: class loading and the JIT, a few deliveries that all answer
            run(base, answer, firstByte, deliveries.subList(0, 8));
            long before = run(base, answer, answer, deliveries);
            long after = run(base, answer, firstByte, deliveries);
            System.out.printf("SilentPortal before (first byte = answer time-out %s): %.1f s wall%n", answer, before / 1e9);
            System.out.printf("SilentPortal after  (first-byte time-out %s):        %.1f s wall%n", firstByte, after / 1e9);
            System.out.printf("SilentPortal after/before: %.2fx; at the product's time-outs about %.0f s vs %.0f s%n",
                    (double) after / before, after / 1e9 * scale, before / 1e9 * scale);
        } finally {
            never.countDown();
            server.stop(0);
            serverThreads.shutdownNow();
        }
    }

    /** Delivers every bundle once through {@link #SLOTS} slots; the wall time in nanoseconds. */
    private static long run(URI base, Duration answer, Duration firstByte, List<Delivery> deliveries) throws Exception {
        HttpBundleTarget target = new HttpBundleTarget("portal", base, new NoCredentials(),
                HttpBundleTarget.client(Duration.ofSeconds(10)), answer, firstByte);
        ExecutorService slots = Executors.newFixedThreadPool(SLOTS);
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        long start = System.nanoTime();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (Delivery d : deliveries) {
                all.add(slots.submit(() -> {
                    DeliveryOutcome outcome = target.deliver(d);
                    if (outcome instanceof DeliveryOutcome.Retry) {
                        retried.incrementAndGet();
                    } else {
                        delivered.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            slots.shutdownNow();
        }
        long took = System.nanoTime() - start;
        if (deliveries.size() == BUNDLES) {
            System.out.printf("  %d delivered, %d to retry (silent portal) in %.1f s%n", delivered.get(), retried.get(), took / 1e9);
        }
        return took;
    }

    private static List<Delivery> bundles(Path folder) throws IOException {
        List<Delivery> list = new ArrayList<>();
        for (int n = 0; n < BUNDLES; n++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("index.html"));
                zip.write(("<h1>Interview " + n + "</h1>" + "<p>Host: good evening.</p>".repeat(60)).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            Path file = folder.resolve(n + ".zip");
            Files.write(file, bytes.toByteArray());
            list.add(new Delivery("s" + n, 1, "story-" + n, BundleFile.sha256(bytes.toByteArray()), file));
        }
        return list;
    }
}
