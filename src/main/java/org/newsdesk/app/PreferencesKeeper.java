package org.newsdesk.app;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * The preferences in force and their file: every change is written in the background,
 * and a write always takes the newest preferences, so writes finishing out of order
 * cannot bring back an older state.
 */
final class PreferencesKeeper {

    private final PreferencesFile file;
    private final BackgroundTasks tasks;
    private volatile Preferences current;

    PreferencesKeeper(PreferencesFile file, Preferences loaded, BackgroundTasks tasks) {
        this.file = file;
        this.current = loaded;
        this.tasks = tasks;
    }

    Preferences current() {
        return current;
    }

    PreferencesFile file() {
        return file;
    }

    /** Changes the preferences and writes them; {@code saved} runs after the write, {@code failed} if it failed. */
    void change(UnaryOperator<Preferences> edit, Runnable saved, Consumer<Throwable> failed) {
        current = edit.apply(current);
        tasks.run(() -> {
            synchronized (this) {
                file.save(current);
            }
            return null;
        }, x -> saved.run(), failed);
    }
}
