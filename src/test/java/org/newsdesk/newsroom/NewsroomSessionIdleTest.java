package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;

/** A window without a newsroom: the session waits, it does not poll its account in a loop. */
class NewsroomSessionIdleTest {

    @Test
    void withoutAnAccountTheSessionWaitsUntilAskedAgain(@TempDir Path folder) throws Exception {
        AtomicInteger reads = new AtomicInteger();
        NewsroomSession.Timing slow = new NewsroomSession.Timing(Duration.ofMillis(500), Duration.ofMinutes(10),
                Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofMinutes(2));
        try (Store store = TestStores.fresh(folder);
             NewsroomSession session = new NewsroomSession(store, () -> {
                 reads.incrementAndGet();
                 return Optional.empty();
             }, slow)) {
            session.start();
            await(() -> reads.get() >= 1);
            Thread.sleep(300); // a spinning session reads the account thousands of times in this
            assertThat(reads.get()).as("account reads while waiting").isLessThanOrEqualTo(2);

            int before = reads.get();
            session.syncNow(); // what a new account does
            await(() -> reads.get() > before);
        }
    }

    @Test
    void aSaveWhileTheServerIsAwayAsksForOneMoreAttemptNotForOneEveryMillisecond(@TempDir Path folder) throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        NewsroomSession.Account away = new NewsroomSession.Account(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/newsroom", "li", null, "李记者");
        AtomicInteger attempts = new AtomicInteger(); // the account is read once per connection attempt
        NewsroomSession.Timing slow = new NewsroomSession.Timing(Duration.ofMillis(500), Duration.ofMinutes(10),
                Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(10));
        try (Store store = TestStores.fresh(folder);
             NewsroomSession session = new NewsroomSession(store, () -> {
                 attempts.incrementAndGet();
                 return Optional.of(away);
             }, slow)) {
            session.start();
            await(() -> session.status().state() == NewsroomSession.State.OFFLINE);
            assertThat(attempts.get()).isEqualTo(1);

            session.syncNow(); // what each save in the editor does
            await(() -> attempts.get() >= 2);
            Thread.sleep(300); // a session that keeps the request retries thousands of times in this
            assertThat(attempts.get()).as("connection attempts after one save").isLessThanOrEqualTo(2);
        }
    }

    private static void await(BooleanSupplier done) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, done::getAsBoolean);
    }
}
