package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.sync.Backoff;
import org.newsdesk.sync.OutboxFiles;
import org.newsdesk.sync.PortalServer;
import org.newsdesk.sync.PortalServer.Fault;
import org.newsdesk.sync.TargetKind;
import org.newsdesk.sync.TargetSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window stays responsive while the worker delivers 1,000 bundles to a loopback portal that
 * fails about 30% of the requests: no store access or delivery runs on the FX thread (a guard
 * installed for tests sees every one), the status bar counts down through intermediate values
 * to nothing waiting, and the portal stored every bundle exactly once. The longest gap between
 * two FX pulses is printed, not asserted: it depends on the machine.
 */
@ExtendWith(ApplicationExtension.class)
class ThousandDeliveriesWindowTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final int BUNDLES = 1000;
    private static final Pattern WAITING = Pattern.compile("(\\d+) to deliver");

    @TempDir
    Path dataFolder;

    private PortalServer portal;

    @AfterEach
    void stop() throws IOException {
        FxThreadIoGuard.disarm();
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void aThousandDeliveriesThroughThirtyPercentFaultsLeaveTheWindowResponsive(FxRobot robot) throws Exception {
        portal = new PortalServer(0, null);
        Random random = new Random(20261124);
        Fault[] faults = {Fault.ERROR_500, Fault.BUSY_503, Fault.RESET_DURING_UPLOAD, Fault.LOST_ANSWER};
        List<Fault> injected = new CopyOnWriteArrayList<>();
        portal.plan((n, key) -> {
            double r;
            synchronized (random) {
                r = random.nextDouble();
            }
            Fault fault = r < 0.30 ? faults[(int) (r * 1000) % faults.length] : Fault.NONE;
            injected.add(fault);
            return fault;
        });
        Set<String> keys = new HashSet<>();
        try (Store store = TestStores.fresh(dataFolder)) {
            PublishingWindowTest.targets(store).add(new TargetSettings("portal", TargetKind.HTTP,
                    portal.base().toString(), "", null), null);
            OutboxFiles files = new OutboxFiles(dataFolder);
            // one commit for the thousand entries, not one each: the test is about delivering them
            store.inOneTransaction(() -> {
                for (int n = 1; n <= BUNDLES; n++) {
                    byte[] zip = zip(n);
                    String sha = PortalServer.hex(zip);
                    files.save(sha, zip);
                    store.outbox().enqueue(UUID.nameUUIDFromBytes(("story " + n).getBytes(StandardCharsets.UTF_8)), 1,
                            sha, "portal", "story-" + n, "Story " + n);
                    keys.add(sha);
                }
            });
        }

        AtomicLong lastPulse = new AtomicLong();
        AtomicLong maxGap = new AtomicLong();
        AtomicLong maxGapDelivering = new AtomicLong();
        AtomicLong pulses = new AtomicLong();
        List<Long> gaps = new CopyOnWriteArrayList<>();
        // the window is built on the FX thread before the first count shows; gaps after that are the deliveries'
        AtomicLong firstCount = new AtomicLong(Long.MAX_VALUE);
        AnimationTimer pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long last = lastPulse.getAndSet(now);
                if (last != 0) {
                    maxGap.accumulateAndGet(now - last, Math::max);
                    if (last >= firstCount.get()) {
                        maxGapDelivering.accumulateAndGet(now - last, Math::max);
                        gaps.add(now - last);
                    }
                }
                pulses.incrementAndGet();
            }
        };
        List<String> shown = new CopyOnWriteArrayList<>();
        Stage[] stage = new Stage[1];
        CountDownLatch closed = new CountDownLatch(1);
        FxThreadIoGuard.arm();
        long started = System.nanoTime();
        robot.interact(() -> {
            pulse.start();
            stage[0] = new Stage();
            // retries after 2 to 40 ms, as in the worker's own test: the test waits for faults, not for backoff
            new NewsdeskApp(new Backoff(Duration.ofMillis(2), Duration.ofMillis(40), Math::random))
                    .start(stage[0], dataFolder, ENGLISH, null, closed::countDown);
            // the window's contents replace the opening shell once the folder is open, before publishing starts
            stage[0].sceneProperty().addListener((o, shell, scene) -> {
                Label status = (Label) scene.getRoot().lookup("#syncStatus");
                if (status == null) {
                    return;
                }
                status.textProperty().addListener((obs, old, text) -> {
                    shown.add(text);
                    if (WAITING.matcher(text).find() && firstCount.get() == Long.MAX_VALUE) {
                        firstCount.set(System.nanoTime());
                    }
                });
            });
        });

        try {
            WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !shown.isEmpty()
                    && shown.get(shown.size() - 1).equals(ENGLISH.get("sync.status.online"))
                    && portal.creations().size() == BUNDLES);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("after 300 s the portal stored " + portal.creations().size() + " bundles in "
                    + portal.requests() + " requests; the status bar showed " + shown.size() + " texts, the last: "
                    + shown.subList(Math.max(0, shown.size() - 5), shown.size()) + "; FX-thread accesses: "
                    + FxThreadIoGuard.violations().size(), e);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        robot.interact(pulse::stop);
        List<String> violations = FxThreadIoGuard.violations();
        long offFx = FxThreadIoGuard.offFxAccesses();
        robot.interact(() -> stage[0].fireEvent(new WindowEvent(stage[0], WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed.await(60, TimeUnit.SECONDS)).as("window closed and store shut").isTrue();
        FxThreadIoGuard.disarm();

        List<Integer> counts = shown.stream().map(WAITING::matcher).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1))).distinct().toList();
        long faulted = injected.stream().filter(f -> f != Fault.NONE).count();
        List<Long> sorted = gaps.stream().sorted().toList();
        double p99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.99)) / 1e6;
        System.out.printf("1,000 deliveries with the window open: %d s, %d requests (%d faulted), %d pulses; "
                        + "longest pulse gap %.1f ms while delivering (99th percentile %.1f ms, median %.1f ms), "
                        + "%.1f ms counting the window's construction; status bar showed %d distinct counts; "
                        + "%d store/network calls off the FX thread, %d on it%n", seconds, injected.size(), faulted,
                pulses.get(), maxGapDelivering.get() / 1e6, p99,
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6, maxGap.get() / 1e6, counts.size(), offFx,
                violations.size());

        assertThat(violations).as("store or network work on the FX thread").isEmpty();
        assertThat(counts).as("the count went down through values between 1,000 and 0").hasSizeGreaterThan(2)
                .anyMatch(c -> c > 0 && c < BUNDLES);
        assertThat(shown.get(shown.size() - 1)).isEqualTo(ENGLISH.get("sync.status.online"));
        assertThat(portal.creations()).hasSize(BUNDLES).allSatisfy((key, times) -> assertThat(times).isEqualTo(1));
        assertThat(portal.creations().keySet()).isEqualTo(keys);
        assertThat((double) faulted / injected.size()).isBetween(0.2, 0.4);
        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.outbox().list()).hasSize(BUNDLES).extracting(OutboxEntry::state)
                    .containsOnly(DeliveryState.DELIVERED);
        }
    }

    private static byte[] zip(int n) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(("<p>bundle " + n + "</p>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("article.json"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
