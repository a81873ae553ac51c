package org.newsdesk.sync;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before the next attempt: exponential in the number of attempts made,
 * capped, with "equal jitter" (a random point in the upper half of the delay) so that many
 * waiting bundles do not hit a recovering portal in one wave. A delay the target asked for
 * (Retry-After) is honoured, within the cap.
 */
public final class Backoff {

    private final Duration base;
    private final Duration max;
    private final DoubleSupplier random;

    /**
     * @param base   the delay after the first failed attempt (before jitter)
     * @param max    no delay is longer
     * @param random values in [0, 1)
     */
    public Backoff(Duration base, Duration max, DoubleSupplier random) {
        if (base.isNegative() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 <= base <= max");
        }
        this.base = base;
        this.max = max;
        this.random = random;
    }

    /** Two seconds after the first failure, doubling up to five minutes. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), Math::random);
    }

    /**
     * @param attempts   attempts made so far (1 after the first)
     * @param retryAfter the delay the target asked for, or {@code null}
     */
    public Duration delay(int attempts, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.isNegative() ? Duration.ZERO : min(retryAfter, max);
        }
        int doublings = Math.max(0, Math.min(attempts - 1, 40));
        long baseMillis = base.toMillis();
        long ceiling = doublings >= 62 || baseMillis > (max.toMillis() >> doublings)
                ? max.toMillis() : baseMillis << doublings;
        ceiling = Math.min(ceiling, max.toMillis());
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
