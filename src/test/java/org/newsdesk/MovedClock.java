package org.newsdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system's time plus however far the test moved it (ages that take days, without waiting for them). */
public final class MovedClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    /** From now on this clock is {@code ahead} of the system's. */
    public void moveAhead(Duration ahead) {
        this.ahead = ahead;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }
}
