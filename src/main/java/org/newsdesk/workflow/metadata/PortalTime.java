package org.newsdesk.workflow.metadata;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Publish and embargo times as the portal shows them: {@code 2015-07-31 10:02:54}. */
public final class PortalTime {

    /** Strict: 2015-02-30 is refused, not moved to March. */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    private PortalTime() {
    }

    public static String format(ZonedDateTime time) {
        return time == null ? "" : FORMAT.format(time);
    }

    /**
     * Reads a time typed by an editor: {@code 2015-07-31 10:02:54} or {@code 2015-07-31 10:02}
     * in {@code zone}, or ISO-8601 with an offset ({@code 2015-07-31T10:02:54+08:00}), which is
     * moved into {@code zone}. Blank means "not set".
     *
     * @return the time, or {@code null} for a blank value
     * @throws DateTimeException when the text is not a valid date and time
     */
    public static ZonedDateTime parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.contains("T")) {
            return OffsetDateTime.parse(t).atZoneSameInstant(zone);
        }
        try {
            return LocalDateTime.parse(t, FORMAT).atZone(zone);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(t, SHORT).atZone(zone);
        }
    }
}
