package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static Backoff withRandom(double r) {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), () -> r);
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1000, 2000",
        "2, 2000, 4000",
        "3, 4000, 8000",
        "8, 128000, 256000",
        "9, 150000, 300000",
        "40, 150000, 300000",
        "1000, 150000, 300000",
    })
    void theDelayDoublesUpToTheCapWithJitterInItsUpperHalf(int attempts, long lowestMillis, long highestMillis) {
        assertThat(withRandom(0.0).delay(attempts, null)).isEqualTo(Duration.ofMillis(lowestMillis));
        assertThat(withRandom(0.999_999).delay(attempts, null).toMillis()).isBetween(highestMillis - 1, highestMillis);
        assertThat(withRandom(0.5).delay(attempts, null).toMillis()).isEqualTo((lowestMillis + highestMillis) / 2);
    }

    @Test
    void retryAfterIsHonouredWithinTheCap() {
        Backoff backoff = withRandom(0.3);

        assertThat(backoff.delay(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(7, Duration.ZERO)).isEqualTo(Duration.ZERO);
        assertThat(backoff.delay(1, Duration.ofHours(3))).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.delay(1, Duration.ofSeconds(-4))).isEqualTo(Duration.ZERO);
    }

    @Test
    void aCapBelowTheBaseIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1), Math::random))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
