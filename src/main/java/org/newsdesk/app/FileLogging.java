package org.newsdesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The log file in the data folder ({@code logs/newsdesk.log}), started once the data folder
 * is known. It rolls over daily and at {@link Limits#fileSize()}, and keeps a few days'
 * files within a total cap. Information and up go to the file; the console keeps showing
 * warnings only ({@link ConsoleLogging}).
 */
public final class FileLogging implements AutoCloseable {

    public static final String FOLDER = "logs";
    public static final String FILE = "newsdesk.log";
    private static final String APPENDER = "newsdesk-file";

    /** How large one file may grow, how many days are kept, and the cap on all of them. */
    public record Limits(FileSize fileSize, int days, FileSize total) {
        public static final Limits DEFAULT = new Limits(FileSize.valueOf("5MB"), 14, FileSize.valueOf("50MB"));
    }

    private final RollingFileAppender<ILoggingEvent> appender;
    private final Logger root;
    private final Level levelBefore;

    private FileLogging(RollingFileAppender<ILoggingEvent> appender, Logger root, Level levelBefore) {
        this.appender = appender;
        this.root = root;
        this.levelBefore = levelBefore;
    }

    /** Once logging has started, the log's first line says what runs (the window's start-up). */
    static void started(Optional<FileLogging> logging) {
        if (logging.isPresent()) {
            LoggerFactory.getLogger(NewsdeskApp.class).info("Newsdesk {} on Java {}, {} {}", org.newsdesk.Version.current(),
                    System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.version"));
        }
    }

    /**
     * Starts writing to {@code <dataFolder>/logs/newsdesk.log}; empty when the folder cannot
     * be written (the store's own check then tells the user what to do).
     */
    public static Optional<FileLogging> start(Path dataFolder, Limits limits) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return Optional.empty();
        }
        Path folder = dataFolder.resolve(FOLDER);
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        PrivateLogLayout layout = new PrivateLogLayout(System.getProperty("user.home"));
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(folder.resolve(FILE).toString());
        appender.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(folder.resolve("newsdesk-%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(limits.fileSize());
        policy.setMaxHistory(limits.days());
        policy.setTotalSizeCap(limits.total());
        policy.start();
        appender.setRollingPolicy(policy);
        appender.start();
        if (!appender.isStarted()) {
            return Optional.empty();
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
        return Optional.of(new FileLogging(appender, root, before));
    }

    public Path file() {
        return Path.of(appender.getFile());
    }

    /** Detaches and closes the file (the app at exit, tests between cases). */
    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(levelBefore);
        appender.stop();
    }
}
