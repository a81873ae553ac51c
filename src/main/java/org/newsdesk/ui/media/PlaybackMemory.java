package org.newsdesk.ui.media;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * The playback settings and the pane's toggles (follow, hidden timestamps) kept in the store's
 * app state for later sessions: read in the background, written on the store's writer thread.
 */
final class PlaybackMemory {

    static final String SETTINGS_KEY = "media.playback";
    static final String FOLLOW_KEY = "media.follow";
    static final String HIDE_TIMESTAMPS_KEY = "media.hideTimestamps";

    private final BackgroundTasks tasks;
    private final Store store;
    private final StoreWriter writer;
    private boolean closed;

    PlaybackMemory(BackgroundTasks tasks, Store store, StoreWriter writer) {
        this.tasks = tasks;
        this.store = store;
        this.writer = writer;
    }

    /** Reads what was kept: the settings (defaults when unreadable) and the two toggles. */
    void read(Consumer<PlaybackSettings> settingsRead, BiConsumer<Boolean, Boolean> togglesRead) {
        Store s = store;
        tasks.run(() -> s.appState().get(SETTINGS_KEY).map(PlaybackSettings::decode).orElse(PlaybackSettings.defaults()),
                settingsRead, e -> settingsRead.accept(PlaybackSettings.defaults()));
        tasks.run(() -> List.of(flag(s, FOLLOW_KEY), flag(s, HIDE_TIMESTAMPS_KEY)),
                flags -> togglesRead.accept(flags.get(0), flags.get(1)), e -> { });
    }

    /** Lets go of the store (window closing). */
    void close() {
        closed = true;
    }

    /** Keeps a toggle (follow, hidden timestamps) as the editor left it. */
    void keep(String key, boolean value) {
        put(key, Boolean.toString(value));
    }

    /** Keeps new playback settings (keys, step, rewind). */
    void keepSettings(PlaybackSettings value) {
        put(SETTINGS_KEY, value.encode());
    }

    private void put(String key, String value) {
        if (closed) {
            return;
        }
        Store s = store;
        writer.submit(() -> {
            s.appState().put(key, value);
            return null;
        });
    }

    private static boolean flag(Store store, String key) {
        return store.appState().get(key).map(Boolean::parseBoolean).orElse(false);
    }
}
