package org.newsdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.newsdesk.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What no one else caught, on the FX thread or any other: first the typed text is saved,
 * then a report is written to {@code <data folder>/crash/} (off the FX thread), then the
 * editor is told where it is. One dialog at a time; crashes meanwhile only add reports.
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CrashHandler.class);
    private final Path dataFolder;
    private final Runnable saveTypedText;
    private final Executor fxThread;
    private final BiConsumer<CrashReport, Runnable> showDialog;
    private final Clock clock;
    private final AtomicBoolean dialogOpen = new AtomicBoolean();

    /**
     * @param saveTypedText writes what the editor holds (runs on the FX thread)
     * @param fxThread      runs work on the FX thread ({@code Platform::runLater})
     * @param showDialog    shows a report and runs its second argument once closed
     */
    public CrashHandler(Path dataFolder, Runnable saveTypedText, Executor fxThread,
                        BiConsumer<CrashReport, Runnable> showDialog, Clock clock) {
        this.dataFolder = dataFolder;
        this.saveTypedText = saveTypedText;
        this.fxThread = fxThread;
        this.showDialog = showDialog;
        this.clock = clock;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("uncaught exception in thread {}", thread.getName(), error);
        onFxThread(this::saveTypedText);
        Thread writer = new Thread(() -> {
            CrashReport report = CrashReport.write(dataFolder, thread, error, Version.current(), clock);
            if (report.file() != null) {
                LOG.error("crash report written to {}", report.file());
            } else {
                LOG.error("crash report could not be written: {}", report.writeError());
            }
            onFxThread(() -> show(report));
        }, "crash-report");
        writer.start();
    }

    private void saveTypedText() {
        try {
            saveTypedText.run();
        } catch (RuntimeException e) {
            LOG.error("saving the typed text after a crash failed", e);
        }
    }

    private void show(CrashReport report) {
        if (dialogOpen.compareAndSet(false, true)) {
            showDialog.accept(report, () -> dialogOpen.set(false));
        }
    }

    private void onFxThread(Runnable work) {
        try {
            fxThread.execute(work);
        } catch (IllegalStateException e) {
            LOG.error("the window is gone; the crash is only in the log and the report");
        }
    }
}
