package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.NewsroomReplica;
import org.newsdesk.store.server.ServerException;

/**
 * Soak: N workstations × M stories on one real PostgreSQL, each workstation behind its own
 * {@link TcpProxy} that is cut, reset and slowed at random while they edit (every edit carries a
 * unique token) and sync. At the end, back online and synced until quiet, every workstation
 * holds the same content for every story without an open conflict, and every token is in some
 * workstation's story or in an open conflict: none lost. Short in the normal suite (4 × 10,
 * 8 s of edits: some 600 edits and 400 syncs, half of them cut); {@code -Dnewsdesk.soak=long}
 * runs 10 × 50 for two minutes.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomSoakTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;

    @Test
    void randomEditsAndDisconnectsLoseNoToken() throws Exception {
        boolean longRun = "long".equals(System.getProperty("newsdesk.soak"));
        int stations = longRun ? 10 : 4;
        int storiesCount = longRun ? 50 : 10;
        Duration length = longRun ? Duration.ofMinutes(2) : Duration.ofSeconds(8);
        long seed = Long.getLong("newsdesk.soak.seed", 16L);
        Random random = new Random(seed);
        String url = postgres.newNewsroomDatabase();

        List<Station> ws = new ArrayList<>();
        try {
            for (int i = 0; i < stations; i++) {
                ws.add(new Station(folders, "w" + i, url, new TcpProxy(postgres.port())));
            }
            List<UUID> stories = new ArrayList<>();
            for (int i = 0; i < storiesCount; i++) {
                stories.add(ws.get(0).store.stories().create(Metadata.withHeadline("街坊故事第" + i + "篇"), List.of(),
                        List.of(Paragraph.narration("开头：第" + i + "篇。"), Paragraph.narration("中间。"),
                                Paragraph.narration("结尾。"))).id());
            }
            for (Station w : ws) {
                w.sync();
            }

            AtomicBoolean chaos = new AtomicBoolean(true);
            AtomicInteger cuts = new AtomicInteger();
            Thread disorder = new Thread(() -> {
                Random r = new Random(seed + 1);
                while (chaos.get()) {
                    try {
                        Thread.sleep(50 + r.nextInt(250));
                        TcpProxy p = ws.get(r.nextInt(ws.size())).proxy;
                        switch (r.nextInt(4)) {
                            case 0 -> {
                                p.cut();
                                cuts.incrementAndGet();
                            }
                            case 1 -> p.restore();
                            case 2 -> {
                                p.resetAll();
                                cuts.incrementAndGet();
                            }
                            default -> p.delay(Duration.ofMillis(r.nextInt(3) == 0 ? 5 : 0));
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "soak-disorder");
            disorder.setDaemon(true);
            disorder.start();

            Set<String> tokens = new HashSet<>();
            int edits = 0;
            int syncs = 0;
            int failedSyncs = 0;
            long start = System.nanoTime();
            long end = start + length.toNanos();
            while (System.nanoTime() < end) {
                Station w = ws.get(random.nextInt(ws.size()));
                if (random.nextInt(10) < 6) {
                    UUID id = stories.get(random.nextInt(stories.size()));
                    String token = "T" + tokens.size() + "x" + Long.toString(random.nextLong() & 0xffffff, 36) + "。";
                    tokens.add(token);
                    Story s = w.story(id);
                    int at = random.nextInt(s.paragraphs().size() + 1);
                    if (random.nextBoolean() || at == s.paragraphs().size()) {
                        w.insert(id, at, Paragraph.narration(token));
                    } else {
                        // between sentences, never inside an earlier token
                        String text = s.paragraphs().get(at).text();
                        List<Integer> boundaries = new ArrayList<>(List.of(0));
                        for (int i = text.indexOf('。'); i >= 0; i = text.indexOf('。', i + 1)) {
                            boundaries.add(i + 1);
                        }
                        int offset = boundaries.get(random.nextInt(boundaries.size()));
                        w.edit(id, at, text.substring(0, offset) + token + text.substring(offset));
                    }
                    edits++;
                } else {
                    syncs++;
                    try {
                        w.sync();
                    } catch (ServerException e) {
                        failedSyncs++;
                    }
                }
            }
            chaos.set(false);
            disorder.interrupt();
            disorder.join();
            for (Station w : ws) {
                w.proxy.restore();
                w.proxy.delay(Duration.ZERO);
            }
            int rounds = 0;
            boolean quiet = false;
            while (!quiet && rounds < 20) {
                rounds++;
                quiet = true;
                for (Station w : ws) {
                    SyncReport r = w.sync();
                    if (r.pulled() > 0 || r.pushed() > 0 || !r.postponed().isEmpty()) {
                        quiet = false;
                    }
                }
            }
            assertThat(quiet).as("the newsroom settles after the faults end").isTrue();

            Set<UUID> conflicted = new HashSet<>();
            StringBuilder everything = new StringBuilder();
            int openConflicts = 0;
            for (Station w : ws) {
                conflicted.addAll(w.store.newsroom().storiesWithConflicts());
                for (UUID id : stories) {
                    w.texts(id).forEach(everything::append);
                    for (NewsroomReplica.Conflict c : w.store.newsroom().conflicts(id)) {
                        openConflicts++;
                        everything.append(c.mine()).append(c.theirs());
                    }
                }
            }
            for (UUID id : stories) {
                if (conflicted.contains(id)) {
                    continue;
                }
                List<String> first = ws.get(0).texts(id);
                for (Station w : ws) {
                    assertThat(w.texts(id)).as("story %s on %s", id, w.name).isEqualTo(first);
                }
            }
            String all = everything.toString();
            List<String> lost = tokens.stream().filter(t -> !all.contains(t)).toList();
            System.out.printf("soak %d×%d seed %d: %d edits, %d syncs (%d failed), %d cuts/resets, %d settle rounds, "
                            + "%d stories with open conflicts (%d conflicts), %d tokens, %d lost, %.1f s%n",
                    stations, storiesCount, seed, edits, syncs, failedSyncs, cuts.get(), rounds, conflicted.size(),
                    openConflicts, tokens.size(), lost.size(), (System.nanoTime() - start) / 1e9);
            assertThat(lost).as("tokens lost").isEmpty();
            assertThat(failedSyncs).as("the disorder really cut syncs").isPositive();
        } finally {
            for (Station w : ws) {
                w.close();
            }
        }
    }
}
