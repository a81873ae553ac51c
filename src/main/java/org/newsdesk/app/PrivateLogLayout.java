package org.newsdesk.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One line per event for the log file, with the user's home folder written as {@code ~}
 * (it names the person) and exceptions as {@link StackTraceText} (no messages, which can
 * quote story text).
 */
final class PrivateLogLayout extends LayoutBase<ILoggingEvent> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private final String home;

    PrivateLogLayout(String home) {
        this.home = home;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128)
                .append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp())))
                .append(' ').append(event.getLevel())
                .append(" [").append(event.getThreadName()).append("] ")
                .append(event.getLoggerName()).append(" - ")
                .append(event.getFormattedMessage())
                .append(CoreConstants.LINE_SEPARATOR);
        if (event.getThrowableProxy() instanceof ThrowableProxy proxy) {
            line.append(StackTraceText.of(proxy.getThrowable()));
        }
        return withoutHome(line.toString());
    }

    String withoutHome(String text) {
        return home == null || home.length() < 2 ? text : text.replace(home, "~");
    }
}
