package org.newsdesk.sync;

import org.newsdesk.credentials.MemoryCredentials;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;

/** A real store in a folder with the outbox, targets and a worker around it, as the app builds them. */
final class SyncFixture implements AutoCloseable {

    static final String TOKEN = "fixture-token-0123456789";

    final Path dataDir;
    final Store store;
    final MemoryCredentials credentials = new MemoryCredentials();
    final Targets targets;
    final OutboxFiles files;
    final DeliveryWorker worker;
    private Outbox outbox;

    SyncFixture(Path dataDir, Backoff backoff, int threads, Duration answerTimeout) {
        this.dataDir = dataDir;
        this.store = TestStores.fresh(dataDir);
        TargetFactory factory = new TargetFactory(credentials, Duration.ofSeconds(5), answerTimeout);
        this.targets = new Targets(store.targets(), credentials, factory);
        this.files = new OutboxFiles(dataDir);
        this.worker = new DeliveryWorker(store.outbox(), files, targets, backoff, Clock.systemUTC(), threads);
    }

    /** Quick retries (1 to 40 ms), so tests wait for faults, not for backoff. */
    static Backoff quickBackoff() {
        return new Backoff(Duration.ofMillis(2), Duration.ofMillis(40), Math::random);
    }

    Outbox outbox() {
        if (outbox == null) {
            outbox = new Outbox(store, StoryExporter.forDataFolder(dataDir), files);
            outbox.onQueued(worker::wake);
        }
        return outbox;
    }

    void addPortal(String name, URI base) {
        targets.add(new TargetSettings(name, TargetKind.HTTP, base.toString(), "", null), TOKEN.toCharArray());
    }

    Story story(String headline) {
        return store.stories().create(Metadata.withHeadline(headline), SampleInterview.speakers(),
                SampleInterview.paragraphs());
    }

    /** Queues a small synthetic bundle, as publishing would, without rendering a story. */
    String enqueueSynthetic(int n, String target) throws IOException {
        byte[] zip = FolderTargetTest.zip(java.util.Map.of("index.html", "<p>bundle " + n + "</p>", "article.json", "{}"));
        String sha = PortalServer.hex(zip);
        files.save(sha, zip);
        store.outbox().enqueue(UUID.nameUUIDFromBytes(("story " + n).getBytes()), 1, sha, target, "story-" + n,
                "Story " + n);
        return sha;
    }

    /**
     * Queues synthetic bundles {@code 1..count} in one store transaction (one commit, not one per
     * entry: the tests are about delivering them) and returns their keys.
     */
    java.util.Set<String> enqueueSyntheticBundles(int count, String target) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        store.inOneTransaction(() -> {
            for (int n = 1; n <= count; n++) {
                try {
                    keys.add(enqueueSynthetic(n, target));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        return keys;
    }

    @Override
    public void close() {
        worker.close();
        store.close();
    }
}
