package org.newsdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The synchronous seam the view-model tests run on: work at once, outcomes from elsewhere on settle, a virtual clock. */
class SameThreadTasksTest {

    private final SameThreadTasks tasks = new SameThreadTasks();
    private final List<String> heard = new ArrayList<>();

    @Test
    void workRunsAtOnceAndAFailureReachesItsHandler() {
        tasks.run(() -> "read", heard::add, e -> heard.add("failed"));
        tasks.run(() -> {
            throw new IllegalStateException("disk");
        }, x -> heard.add("unexpected"), e -> heard.add(e.getMessage()));

        assertThat(heard).containsExactly("read", "disk");
    }

    @Test
    void workFinishingOnAnotherThreadIsHandedBackOnSettle() {
        CompletableFuture<String> elsewhere = CompletableFuture.supplyAsync(() -> "written");
        tasks.whenDone(elsewhere, heard::add, e -> heard.add("failed"));

        tasks.settle();

        assertThat(heard).containsExactly("written");
    }

    @Test
    void aRestartedTimerRunsOnceAfterTheLastStart() {
        UiTimer timer = tasks.timer(() -> heard.add("fired"));
        timer.start(Duration.ofMillis(300));
        tasks.advance(Duration.ofMillis(200));
        timer.start(Duration.ofMillis(300));
        tasks.advance(Duration.ofMillis(200));
        assertThat(heard).isEmpty();
        assertThat(timer.running()).isTrue();

        tasks.advance(Duration.ofMillis(100));

        assertThat(heard).containsExactly("fired");
        assertThat(timer.running()).isFalse();
    }

    @Test
    void aStoppedTimerNeverRuns() {
        UiTimer timer = tasks.timer(() -> heard.add("fired"));
        timer.start(Duration.ofMillis(50));
        timer.stop();
        tasks.advance(Duration.ofSeconds(5));

        assertThat(heard).isEmpty();
    }

    @Test
    void postsFromOtherThreadsRunOnTheTestThreadWhenSettling() throws Exception {
        Thread worker = new Thread(() -> tasks.post(() -> heard.add(Thread.currentThread().getName())), "elsewhere");
        worker.start();
        worker.join();
        assertThat(heard).isEmpty();

        tasks.settleUntil(() -> !heard.isEmpty());

        assertThat(heard).containsExactly(Thread.currentThread().getName());
    }
}
