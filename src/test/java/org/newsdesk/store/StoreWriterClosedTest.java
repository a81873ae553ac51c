package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A write asked of a closed writer (a save retried by a timer after the window closed its store)
 * fails its future; the call itself does not throw on the caller's thread.
 */
class StoreWriterClosedTest {

    @Test
    void aWriteAskedAfterCloseFailsItsFutureAndIsNotMade() {
        StoreWriter writer = new StoreWriter();
        assertThat(writer.submit(() -> 1).join()).isEqualTo(1);
        writer.close();

        AtomicBoolean ran = new AtomicBoolean();
        CompletableFuture<Integer>[] late = new CompletableFuture[1];
        assertThatCode(() -> late[0] = writer.submit(() -> {
            ran.set(true);
            return 2;
        })).doesNotThrowAnyException();

        assertThat(late[0]).isCompletedExceptionally();
        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, late[0]::get);
        assertThat(StoreWriter.closedWith(failure)).isTrue();
        assertThat(ran).isFalse();
    }

    @Test
    void aWriteThatFailsIsNotTakenForAClosedWriter() {
        try (StoreWriter writer = new StoreWriter()) {
            CompletableFuture<Object> failed = writer.submit(() -> {
                throw new StoreException(StoreException.Problem.DISK_FULL, "No space left on device");
            });
            Throwable error = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, failed::get);
            assertThat(StoreWriter.closedWith(error)).isFalse();
        }
    }
}
