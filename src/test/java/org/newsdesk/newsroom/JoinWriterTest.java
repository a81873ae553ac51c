package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.store.NewsroomReplica;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;

/**
 * The pull's writer thread for chunks new here (a real H2 file): everything handed over is
 * written, with its mark, by the time the pull waits for it, each chunk in a commit of its own;
 * a failed write is thrown to the pull and nothing handed over after it is written; closing
 * after the pull failed while reading still writes what was handed over.
 */
class JoinWriterTest {

    private static final String MARK = "newsroom.pulled";

    @TempDir
    Path folder;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static JoinWriter.Chunk chunk(List<UUID> ids, int from, int count, long mark) {
        List<NewsroomReplica.Listed> listed = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            listed.add(NewsroomReplica.Listed.of(ids.get(i), "gang-kou-" + i, "draft",
                    "{\"headline\":\"港口第" + i + "篇\",\"channels\":[\"web\"]}", 1, false, "赵编辑"));
        }
        return new JoinWriter.Chunk(List.of(), listed, Map.of(MARK, Long.toString(mark)));
    }

    private static List<UUID> ids(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    @Test
    void everyChunkHandedOverIsWrittenWithTheLastMarkOnceThePullWaits() {
        List<UUID> ids = ids(60);
        try (JoinWriter writer = new JoinWriter(store.newsroom())) {
            for (int c = 0; c < 12; c++) {
                writer.write(chunk(ids, c * 5, 5, 100 + c));
            }
            writer.finish();
            assertThat(store.library().count()).isEqualTo(60);
            assertThat(store.appState().get(MARK)).hasValue("111");
        }
        assertThat(store.stories().get(ids.get(37)).metadata().headline()).isEqualTo("港口第37篇");
        assertThat(store.newsroom().bodies().listed(ids.get(59))).isTrue();
    }

    @Test
    void eachChunkIsCommittedOnItsOwnEvenWhenSeveralWait() {
        List<UUID> ids = ids(60);
        long commits = store.writeCount();
        try (JoinWriter writer = new JoinWriter(store.newsroom())) {
            // handed over faster than the store commits: several wait while the first is written
            for (int c = 0; c < 12; c++) {
                writer.write(chunk(ids, c * 5, 5, 100 + c));
            }
            writer.finish();
        }
        assertThat(store.writeCount() - commits).isEqualTo(12);
        assertThat(store.library().count()).isEqualTo(60);
    }

    @Test
    void aFailedWriteReachesThePullAndNothingAfterItIsWritten() {
        List<UUID> ids = ids(10);
        try (JoinWriter writer = new JoinWriter(store.newsroom())) {
            writer.write(chunk(ids, 0, 5, 1));
            writer.finish();
            writer.write(chunk(ids, 3, 5, 2)); // two stories listed already: the store refuses the chunk
            assertThatThrownBy(writer::finish).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> writer.write(chunk(ids, 8, 2, 3))).isInstanceOf(StoreException.class);
        }
        assertThat(store.library().count()).isEqualTo(5);
        assertThat(store.appState().get(MARK)).hasValue("1");
    }

    @Test
    void closingWithoutWaitingStillWritesWhatWasHandedOver() {
        List<UUID> ids = ids(20);
        try (JoinWriter writer = new JoinWriter(store.newsroom())) {
            for (int c = 0; c < 4; c++) {
                writer.write(chunk(ids, c * 5, 5, 10 + c));
            }
            // the pull fails reading the next chunk: it leaves without finish()
        }
        assertThat(store.library().count()).isEqualTo(20);
        assertThat(store.appState().get(MARK)).hasValue("13");
    }
}
