package org.newsdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Messages;
import org.newsdesk.store.StoreException;

/** The save state is kept per story and kind: an unrelated write never hides a failure. */
class SaveStatusTest {

    /** Reports at once on the calling thread (the view models' FX thread in the window). */
    static final class SameThread implements BackgroundTasks {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            try {
                onDone.accept(work.call());
            } catch (Exception e) {
                onError.accept(e);
            }
        }

        @Override
        public <T> void whenDone(CompletionStage<T> stage, Consumer<T> onDone, Consumer<Throwable> onError) {
            stage.whenComplete((r, e) -> {
                if (e == null) {
                    onDone.accept(r);
                } else {
                    onError.accept(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
                }
            });
        }
    }

    private final SaveStatus status = new SaveStatus(new SameThread(), new Messages(Locale.ENGLISH));
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();

    private static StoreException diskFull() {
        return new StoreException(StoreException.Problem.DISK_FULL, java.nio.file.Path.of("/data"), "full", null);
    }

    @Test
    void anUnrelatedLaterWriteLeavesAFailedTranscriptFailed() {
        status.track(a, SaveStatus.Kind.TRANSCRIPT, CompletableFuture.failedFuture(diskFull()));
        assertThat(status.stateProperty().get()).isEqualTo(SaveStatus.State.FAILED);

        status.track(CompletableFuture.completedFuture("trash"));
        status.track(a, SaveStatus.Kind.METADATA, CompletableFuture.completedFuture(true));
        status.track(b, SaveStatus.Kind.TRANSCRIPT, CompletableFuture.completedFuture(1));

        assertThat(status.stateProperty().get()).isEqualTo(SaveStatus.State.FAILED);
        assertThat(status.textProperty().get()).contains("disk").doesNotContain("StoreException");
        assertThat(status.hasFailures()).isTrue();

        status.track(a, SaveStatus.Kind.TRANSCRIPT, CompletableFuture.completedFuture(1));
        assertThat(status.stateProperty().get()).isEqualTo(SaveStatus.State.SAVED);
        assertThat(status.hasFailures()).isFalse();
    }

    @Test
    void anEarlierSaveFinishingAfterALaterFailureDoesNotClearIt() {
        CompletableFuture<Integer> earlier = new CompletableFuture<>();
        CompletableFuture<Integer> later = new CompletableFuture<>();
        status.track(a, SaveStatus.Kind.TRANSCRIPT, earlier);
        status.track(a, SaveStatus.Kind.TRANSCRIPT, later);
        assertThat(status.stateProperty().get()).isEqualTo(SaveStatus.State.SAVING);

        later.completeExceptionally(diskFull());
        earlier.complete(1);

        assertThat(status.stateProperty().get()).isEqualTo(SaveStatus.State.FAILED);
    }

    @Test
    void savingWhileAnyWriteIsInFlightAndSavedAfter() {
        CompletableFuture<Integer> slow = new CompletableFuture<>();
        status.track(a, SaveStatus.Kind.TRANSCRIPT, slow);
        status.track(CompletableFuture.completedFuture(null));
        assertThat(status.stateProperty().get()).isEqualTo(SaveStatus.State.SAVING);
        assertThat(status.hasPending()).isTrue();
        slow.complete(3);
        assertThat(status.stateProperty().get()).isEqualTo(SaveStatus.State.SAVED);
        assertThat(status.textProperty().get()).isEqualTo("Saved");
    }

    @Test
    void aFailureReplayedElsewhereIsCleared() {
        status.failed(b, SaveStatus.Kind.TRANSCRIPT, diskFull());
        assertThat(status.stateProperty().get()).isEqualTo(SaveStatus.State.FAILED);
        status.cleared(b, SaveStatus.Kind.TRANSCRIPT);
        assertThat(status.stateProperty().get()).isEqualTo(SaveStatus.State.SAVED);
    }
}
