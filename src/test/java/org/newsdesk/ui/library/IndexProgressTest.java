package org.newsdesk.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Messages;
import org.newsdesk.search.IndexSync;
import org.newsdesk.ui.common.BackgroundTasks;

/** The status bar's index progress: reports from the indexer are coalesced into one pending update. */
class IndexProgressTest {

    /** Holds what would run on the FX thread until the test lets it run. */
    private static final class QueuedTasks implements BackgroundTasks {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> void whenDone(CompletionStage<T> stage, Consumer<T> onDone, Consumer<Throwable> onError) {
            queued.add(() -> stage.thenAccept(onDone));
        }

        void runQueued() {
            List<Runnable> now = new ArrayList<>(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void manyReportsMakeOneUpdateShowingTheLatestAndTheEndHidesTheBar() {
        QueuedTasks tasks = new QueuedTasks();
        Messages english = new Messages(Locale.ENGLISH);
        IndexProgress progress = new IndexProgress(tasks, english);
        IndexSync.Progress reporter = progress.reporter();
        assertThat(progress.fractionProperty().get()).isNegative();

        for (int done = 0; done <= 250; done++) {
            reporter.indexed(done, 1_000);
        }
        assertThat(tasks.queued).hasSize(1);
        tasks.runQueued();
        assertThat(progress.fractionProperty().get()).isEqualTo(0.25);
        assertThat(progress.textProperty().get()).isEqualTo(english.get("library.index.building", 250, 1_000))
                .contains("250").contains("1,000");

        reporter.indexed(1_000, 1_000);
        tasks.runQueued();
        assertThat(progress.fractionProperty().get()).isNegative();
        assertThat(progress.textProperty().get()).isEmpty();
    }

    @Test
    void whileABuildRunsTheBarIsUpdatedAtMostEveryQuarterSecond() {
        QueuedTasks tasks = new QueuedTasks();
        Messages english = new Messages(Locale.ENGLISH);
        long[] now = {0};
        IndexProgress progress = new IndexProgress(tasks, english, () -> now[0]);
        IndexSync.Progress reporter = progress.reporter();

        reporter.indexed(1, 1_000);
        tasks.runQueued();
        assertThat(progress.fractionProperty().get()).isEqualTo(0.001);

        now[0] += IndexProgress.UPDATE_EVERY.toNanos() / 2;
        reporter.indexed(2, 1_000);
        assertThat(tasks.queued).as("too soon after the last update").isEmpty();

        now[0] += IndexProgress.UPDATE_EVERY.toNanos() / 2;
        reporter.indexed(3, 1_000);
        assertThat(tasks.queued).hasSize(1);
        tasks.runQueued();
        assertThat(progress.textProperty().get()).isEqualTo(english.get("library.index.building", 3, 1_000));

        reporter.indexed(1_000, 1_000);
        assertThat(tasks.queued).as("the end is shown at once").hasSize(1);
        tasks.runQueued();
        assertThat(progress.fractionProperty().get()).isNegative();
    }
}
