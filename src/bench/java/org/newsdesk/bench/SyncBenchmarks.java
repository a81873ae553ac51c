package org.newsdesk.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.newsdesk.export.BundleFile;
import org.newsdesk.store.Store;
import org.newsdesk.sync.Backoff;
import org.newsdesk.sync.DeliveryWorker;
import org.newsdesk.sync.NoCredentials;
import org.newsdesk.sync.OutboxFiles;
import org.newsdesk.sync.PassSummary;
import org.newsdesk.sync.TargetFactory;
import org.newsdesk.sync.TargetKind;
import org.newsdesk.sync.TargetSettings;
import org.newsdesk.sync.Targets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Delivering 1,000 small bundles to a portal on loopback: through the outbox (claim in the
 * store, the HTTP target, the outcome recorded, four worker threads) against a bare JDK
 * HttpClient loop PUTting the same files to the same server. The server keeps every
 * idempotency key it has seen, answering 201 the first time and 200 after, for both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SyncBenchmarks {

    private static final int BUNDLES = 1_000;

    private HttpServer server;
    private ExecutorService serverThreads;
    private Path dataDir;
    private Store store;
    private DeliveryWorker worker;
    private OutboxFiles files;
    private final List<String> shas = new ArrayList<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private HttpClient bareClient;
    private URI base;
    private int round;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        serverThreads = Executors.newFixedThreadPool(4);
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            boolean created = seen.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            exchange.sendResponseHeaders(created ? 201 : 200, -1);
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");

        dataDir = Files.createTempDirectory("newsdesk-sync-bench");
        store = Store.open(dataDir);
        files = new OutboxFiles(dataDir);
        NoCredentials credentials = new NoCredentials();
        Targets targets = new Targets(store.targets(), credentials, new TargetFactory(credentials));
        targets.add(new TargetSettings("portal", TargetKind.HTTP, base.toString(), "", null), null);
        for (int n = 0; n < BUNDLES; n++) {
            byte[] zip = zip(n);
            String sha = BundleFile.sha256(zip);
            files.save(sha, zip);
            shas.add(sha);
        }
        worker = new DeliveryWorker(store.outbox(), files, targets, Backoff.standard(), Clock.systemUTC(), 4);
        bareClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A small bundle: a page of about 2 KB and its manifest. */
    private static byte[] zip(int n) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(("<h1>訪談 " + n + "</h1>" + "<p>主持人：各位網友好。</p>".repeat(60)).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("article.json"));
            zip.write(("{\"n\": " + n + "}").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Each round queues the bundles afresh as the next revision, so every entry is PENDING. */
    @Setup(Level.Invocation)
    public void queue() {
        round++;
        for (int n = 0; n < BUNDLES; n++) {
            store.outbox().enqueue(UUID.nameUUIDFromBytes(("bench " + n).getBytes(StandardCharsets.UTF_8)), round,
                    shas.get(n), "portal", "bench-" + n, "Bench " + n);
        }
    }

    @Benchmark
    public PassSummary deliverThroughOutbox() throws InterruptedException {
        PassSummary pass = worker.deliverDue();
        if (pass.delivered() != BUNDLES) {
            throw new IllegalStateException("delivered " + pass);
        }
        return pass;
    }

    @Benchmark
    public int bareHttpClientLoop() throws IOException, InterruptedException {
        int ok = 0;
        for (int n = 0; n < BUNDLES; n++) {
            String sha = shas.get(n);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/stories/" + n + "/revisions/" + round))
                    .header("Content-Type", "application/zip").header("Idempotency-Key", sha)
                    .PUT(HttpRequest.BodyPublishers.ofFile(files.zip(sha))).build();
            int status = bareClient.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200 || status == 201) {
                ok++;
            }
        }
        if (ok != BUNDLES) {
            throw new IllegalStateException("only " + ok + " delivered");
        }
        return ok;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        worker.close();
        store.close();
        server.stop(0);
        serverThreads.shutdownNow();
        try (var walk = Files.walk(dataDir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
