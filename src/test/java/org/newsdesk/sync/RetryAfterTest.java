package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "120 | PT2M",
            "0 | PT0S",
            "' 30 ' | PT30S",
            "'Tue, 24 Nov 2026 12:05:00 GMT' | PT5M",
            "'Tue, 24 Nov 2026 11:00:00 GMT' | PT0S",
            "soon | null",
            "-5 | null",
            "99999999999999999999 | null"})
    void readsSecondsAndDates(String header, String expected) {
        HttpHeaders headers = HttpHeaders.of(Map.of("Retry-After", List.of(header)), (a, b) -> true);
        assertThat(RetryAfter.of(headers, NOW)).isEqualTo(expected == null ? null : Duration.parse(expected));
    }
}
