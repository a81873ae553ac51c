package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;

class NextSpeakerTest {

    private static final List<Speaker> ROSTER = List.of(
            new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
            new Speaker("li", "李主任", "", "", SpeakerRole.GUEST),
            new Speaker("wang", "王局长", "", "", SpeakerRole.GUEST),
            new Speaker("caller", "網友", "", "", SpeakerRole.OTHER));

    static Stream<Arguments> turns() {
        return Stream.of(
                Arguments.of("after the host, the first guest when no guest spoke yet", keys("host"), "li"),
                Arguments.of("after the host, the guest who spoke last", keys("host", "wang", "host"), "wang"),
                Arguments.of("after a guest, the host", keys("host", "li"), "host"),
                Arguments.of("after narration, the host", keys((String) null), "host"),
                Arguments.of("at the very start, the host", keys(), "host"),
                Arguments.of("after another party, the host", keys("host", "caller"), "host"),
                Arguments.of("the last non-host speaker, even a caller", keys("caller", "host"), "caller"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turns")
    void picksTheOtherParty(String name, List<String> soFar, String expected) {
        assertThat(NextSpeaker.after(ROSTER, soFar)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "roster without a host: {0}")
    @MethodSource("guestsOnly")
    void withoutAHostAlternatesGuests(String current, String expected) {
        List<Speaker> guests = ROSTER.subList(1, 3);
        assertThat(NextSpeaker.after(guests, keys(current))).isEqualTo(expected);
    }

    static Stream<Arguments> guestsOnly() {
        return Stream.of(Arguments.of("li", "wang"), Arguments.of("wang", "li"));
    }

    private static List<String> keys(String... keys) {
        return Arrays.asList(keys);
    }
}
