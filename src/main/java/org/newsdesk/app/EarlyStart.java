package org.newsdesk.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.store.DataFolder;
import org.newsdesk.credentials.CredentialStore;
import org.slf4j.LoggerFactory;

/**
 * What the window needs from disk, read on a thread of its own that starts before the
 * JavaFX toolkit: the preferences and the data folder they name at once; then, once the
 * window has been painted ({@link #openStore()}), the store with the story to open, while another
 * thread loads what the window will build with it (the FX thread is idle until then); then, once the window shows the story ({@link #storyShown()}), what
 * the story does not need: the keeper of secrets, the window's heap policy and last the pinyin
 * dictionaries (about a second, so that typing the first headline never waits for them).
 */
final class EarlyStart {

    private final PreferencesFile preferencesFile;
    private final CompletableFuture<PreferencesFile.Loaded> preferences = new CompletableFuture<>();
    private final CompletableFuture<Path> dataFolder = new CompletableFuture<>();
    private final CompletableFuture<Workspace.Opened> store = new CompletableFuture<>();
    private final CompletableFuture<CredentialStore> credentials = new CompletableFuture<>();
    /** Opened once the window is on screen: before that, the store's work would slow the first frame. */
    private final CountDownLatch storeMayOpen = new CountDownLatch(1);
    private final CountDownLatch storyShown = new CountDownLatch(1);
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    /** How long the work after the start waits for the window at most (a window that never shows its story). */
    private static final int STORY_SHOWN_WAIT_SECONDS = 10;

    /** Runs as the store starts opening: it starts its own thread. */
    private final Runnable whileStoreOpens;
    /** Runs once the window shows the story, before the pinyin dictionaries load. */
    private final Runnable afterStoryShown;

    private EarlyStart(PreferencesFile preferencesFile, Runnable whileStoreOpens, Runnable afterStoryShown) {
        this.preferencesFile = preferencesFile;
        this.whileStoreOpens = whileStoreOpens;
        this.afterStoryShown = afterStoryShown;
    }

    /** Starts reading; {@code dataDir} is the folder asked for on the command line, or null. */
    static EarlyStart begin(Path dataDir, PreferencesFile preferencesFile) {
        return begin(dataDir, preferencesFile, () -> { });
    }

    /**
     * As above; {@code afterStoryShown} runs on this thread once the window shows the story (or
     * gave up waiting for it): work the start must not wait for.
     */
    static EarlyStart begin(Path dataDir, PreferencesFile preferencesFile, Runnable afterStoryShown) {
        return begin(dataDir, preferencesFile, () -> { }, afterStoryShown);
    }

    /**
     * As above; {@code whileStoreOpens} runs on this thread as the store starts opening (once the
     * window has been painted) and starts work of its own beside it (the window's classes).
     */
    static EarlyStart begin(Path dataDir, PreferencesFile preferencesFile, Runnable whileStoreOpens,
            Runnable afterStoryShown) {
        EarlyStart early = new EarlyStart(preferencesFile, whileStoreOpens, afterStoryShown);
        Thread reader = new Thread(() -> early.read(dataDir), "early-start");
        reader.setDaemon(true);
        reader.start();
        return early;
    }

    private void read(Path dataDir) {
        PreferencesFile.Loaded loaded;
        Path folder;
        try {
            LoggerFactory.getILoggerFactory(); // sets logging up here rather than on the launching thread
            loaded = preferencesFile.load();
            folder = DataFolder.resolve(dataDir, loaded.preferences().dataFolderPath());
        } catch (RuntimeException | Error e) {
            preferences.completeExceptionally(e);
            dataFolder.completeExceptionally(e);
            store.completeExceptionally(e);
            credentials.completeExceptionally(e);
            return;
        }
        preferences.complete(loaded);
        dataFolder.complete(folder);
        try {
            storeMayOpen.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            whileStoreOpens.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(EarlyStart.class).warn("work beside the store's opening failed", e);
        }
        boolean opened;
        try {
            store.complete(Workspace.Opened.open(folder, true));
            opened = true;
        } catch (RuntimeException | Error e) {
            store.completeExceptionally(e);
            opened = false;
        }
        // the rest is not needed to show the story, whose first styling and layout pass needs the
        // cores meanwhile: it waits until the window shows it (a store that did not open: at once)
        if (opened) {
            try {
                storyShown.await(STORY_SHOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // the keyring (a tool run on Linux, a keychain call on macOS): publishing starts once it is known
        try {
            credentials.complete(Workspace.credentials(folder));
        } catch (RuntimeException | Error e) {
            credentials.completeExceptionally(e);
        }
        try {
            afterStoryShown.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(EarlyStart.class).warn("work after the start failed", e);
        }
        try {
            org.newsdesk.text.Slugs.prepare();
        } catch (RuntimeException e) {
            // not needed to start: the first slug then loads them itself and reports what fails
            LoggerFactory.getLogger(EarlyStart.class).warn("pinyin dictionaries not loaded early", e);
        }
        finished.complete(null);
    }

    /** The window shows its story: the rest of the early work may go on. */
    void storyShown() {
        storyShown.countDown();
    }

    /** Done when the early work is (the pinyin dictionaries last). */
    CompletableFuture<Void> finished() {
        return finished;
    }

    /** Lets the store open now (the window has been painted); it waits for this until then. */
    void openStore() {
        storeMayOpen.countDown();
    }

    PreferencesFile preferencesFile() {
        return preferencesFile;
    }

    /** Waits for the preferences (read before the store, so a short wait). */
    PreferencesFile.Loaded preferences() {
        return preferences.join();
    }

    Path dataFolder() {
        return dataFolder.join();
    }

    /** The store as it opens; completes exceptionally with the store's problem. */
    CompletableFuture<Workspace.Opened> store() {
        return store;
    }

    /** Where secrets are kept, chosen once the window shows the story (or at once when the store failed to open). */
    CompletableFuture<CredentialStore> credentials() {
        return credentials;
    }
}
