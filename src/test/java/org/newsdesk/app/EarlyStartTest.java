package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.prefs.PreferencesFile;
import java.util.List;
import org.newsdesk.model.Metadata;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;

/** The reading that starts before the toolkit, on real files. */
class EarlyStartTest {

    @TempDir
    Path dir;

    @Test
    void readsThePreferencesThenOpensTheStoreTheyName() throws Exception {
        Path chosen = dir.resolve("稿件");
        Files.writeString(dir.resolve("preferences.json"), "{\"dataFolder\": \"" + chosen + "\", \"language\": \"zh-TW\"}",
                StandardCharsets.UTF_8);

        EarlyStart early = EarlyStart.begin(null, new PreferencesFile(dir.resolve("preferences.json"), Clock.systemUTC()));

        assertThat(early.preferences().preferences().language()).isEqualTo("zh-TW");
        assertThat(early.dataFolder()).isEqualTo(chosen);
        assertThat(early.store()).as("the store waits until the window has been painted").isNotDone();
        assertThat(chosen.resolve("newsdesk.mv.db")).doesNotExist();
        early.openStore();
        Workspace.Opened opened = early.store().join();
        try {
            Store store = opened.store();
            // launched for real into a new folder: the library starts with the sample interview, opened
            assertThat(store.stories().list(false)).hasSize(1);
            assertThat(opened.startup().story()).map(s -> s.id()).contains(store.stories().list(false).get(0).id());
        } finally {
            // all the folder's services: closing only the store would leave idle compaction's timer firing
            opened.services().close();
        }
        assertThat(chosen.resolve("newsdesk.mv.db")).exists();
        assertThat(early.credentials()).as("the keyring is asked once the window shows the story").isNotDone();
        early.storyShown();
        assertThat(early.credentials().join()).isNotNull();
    }

    @Test
    void whatTheStartDoesNotWaitForRunsOnceTheStoryShows() throws Exception {
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        EarlyStart early = EarlyStart.begin(dir.resolve("data"),
                new PreferencesFile(dir.resolve("none.json"), Clock.systemUTC()), ran::countDown);
        early.openStore();
        Workspace.Opened opened = early.store().join();
        try {
            assertThat(ran.await(300, TimeUnit.MILLISECONDS)).as("not before the window shows the story").isFalse();
            early.storyShown();
            assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
            early.finished().get(60, TimeUnit.SECONDS);
        } finally {
            opened.services().close();
        }
    }

    @Test
    void theWorkBesideTheStoreStartsWhenTheStoreMayOpenNotBefore() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        EarlyStart early = EarlyStart.begin(dir.resolve("data"),
                new PreferencesFile(dir.resolve("none.json"), Clock.systemUTC()), started::countDown, () -> { });
        early.preferences();
        assertThat(early.dataFolder()).isEqualTo(dir.resolve("data"));
        // the thread waits for the window to be painted before both
        assertThat(started.getCount()).isEqualTo(1);
        early.openStore();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        early.store().join().services().close();
        early.storyShown();
        early.finished().get(60, TimeUnit.SECONDS);
    }

    @Test
    void theCommandLinesFolderWinsAndABrokenPreferencesFileIsReportedNotFatal() throws Exception {
        Files.writeString(dir.resolve("preferences.json"), "{ broken", StandardCharsets.UTF_8);
        Path asked = dir.resolve("asked");

        EarlyStart early = EarlyStart.begin(asked, new PreferencesFile(dir.resolve("preferences.json"), Clock.systemUTC()));

        assertThat(early.preferences().problem()).isNotEmpty();
        assertThat(early.preferences().movedAside()).isPresent();
        assertThat(early.dataFolder()).isEqualTo(asked);
        early.openStore();
        early.store().join().services().close();
    }

    @Test
    void theLastStoryIsReadWithTheStore() {
        Path folder = dir.resolve("data");
        String id;
        try (Store store = Store.open(folder)) {
            id = store.stories().create(Metadata.withHeadline("專訪"), List.of(), List.of()).id().toString();
            store.appState().put("ui.lastStory", id);
            store.appState().put("ui.lastCaret", "7");
        }

        EarlyStart early = EarlyStart.begin(folder, new PreferencesFile(dir.resolve("none.json"), Clock.systemUTC()));
        early.openStore();

        Workspace.Opened opened = early.store().join();
        try {
            Store store = opened.store();
            assertThat(opened.startup().story()).map(s -> s.id().toString()).contains(id);
            assertThat(opened.startup().story().orElseThrow().metadata().headline()).isEqualTo("專訪");
            assertThat(opened.startup().caret()).isEqualTo(7);
        } finally {
            // all the folder's services: closing only the store would leave idle compaction's timer firing
            opened.services().close();
        }
    }

    @Test
    void theKeyringAndThePinyinDictionariesWaitUntilTheWindowShowsTheStory() throws Exception {
        EarlyStart early = EarlyStart.begin(dir.resolve("data"), new PreferencesFile(dir.resolve("none.json"), Clock.systemUTC()));
        early.openStore();
        early.store().join().services().close();

        // loading them takes about a second; told nothing, the early start still waits after two
        assertThatThrownBy(() -> early.finished().get(2, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(early.credentials()).isNotDone();
        early.storyShown();
        assertThat(early.credentials().join()).isNotNull();
        early.finished().join();
        assertThat(early.finished()).isCompleted();
    }

    @Test
    void aStoreThatCannotOpenArrivesAsItsProblem() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        try (Store held = Store.open(folder)) {
            EarlyStart early = EarlyStart.begin(folder, new PreferencesFile(dir.resolve("none.json"), Clock.systemUTC()));
            early.openStore();

            assertThatThrownBy(() -> early.store().join()).isInstanceOf(CompletionException.class)
                    .cause().isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.LOCKED));
            assertThat(early.preferences().problem()).isEmpty();
            assertThat(early.credentials().join()).as("secrets can still be kept").isNotNull();
        }
    }
}
