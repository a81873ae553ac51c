package org.newsdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retrying a failed save later: the waits double up to the longest, and a success starts them over. */
class RetryLaterTest {

    private final SameThreadTasks tasks = new SameThreadTasks();
    private int runs;
    private final RetryLater retry = new RetryLater(tasks, Duration.ofMillis(250), Duration.ofMillis(900), () -> runs++);

    @Test
    void theWaitsDoubleUpToTheLongestAndASuccessStartsThemOver() {
        retry.schedule();
        retry.schedule();
        tasks.advance(Duration.ofMillis(250));
        assertThat(runs).as("scheduling twice runs it once").isOne();

        retry.schedule();
        tasks.advance(Duration.ofMillis(499));
        assertThat(runs).isOne();
        tasks.advance(Duration.ofMillis(1));
        assertThat(runs).isEqualTo(2);

        retry.schedule();
        tasks.advance(Duration.ofMillis(899));
        assertThat(runs).as("capped at the longest wait").isEqualTo(2);
        tasks.advance(Duration.ofMillis(1));
        assertThat(runs).isEqualTo(3);

        retry.succeeded();
        retry.schedule();
        tasks.advance(Duration.ofMillis(250));
        assertThat(runs).isEqualTo(4);
        assertThat(retry.waiting()).isFalse();
    }

    @Test
    void aCancelledRetryDoesNotRun() {
        retry.schedule();
        retry.cancel();
        tasks.advance(Duration.ofSeconds(2));

        assertThat(runs).isZero();
        assertThat(retry.waiting()).isFalse();
    }
}
