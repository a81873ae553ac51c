package org.newsdesk.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.store.Store;

/**
 * The stories opened last, newest first (File → Recent stories and the library's Recent
 * filter). Kept in the store's app state as one line per story, {@code id TAB headline}, so
 * the menu needs no story read; a story moved to the trash drops out when the list is read.
 */
public final class RecentStories {

    /** The app-state key of the list. */
    static final String KEY = "ui.recentStories";
    /** How many stories the list keeps. */
    public static final int LIMIT = 10;

    /** A story in the list, with its headline as it was when last opened. */
    public record Recent(UUID id, String headline) {
    }

    private final ObservableList<Recent> stories = FXCollections.observableArrayList();
    private final ObservableList<Recent> readOnly = FXCollections.unmodifiableObservableList(stories);
    /** False until the kept list was read: a list kept before that would lose the older entries. */
    private boolean loaded;

    /** The list, newest first; changes on the FX thread. */
    public ObservableList<Recent> stories() {
        return readOnly;
    }

    /** The ids, newest first. */
    public List<UUID> ids() {
        return stories.stream().map(Recent::id).toList();
    }

    /** Reads the kept list, without stories no longer in the library (store reads: off the FX thread). */
    static List<Recent> read(Store store) {
        return decode(store.appState().get(KEY).orElse("")).stream()
                .filter(r -> store.stories().inLibrary(r.id())).toList();
    }

    /**
     * Shows a list read by {@link #read}. Stories opened before it arrived (the last story opens
     * at start, in parallel) stay on top, and only then is the merged list kept: keeping it
     * earlier would have written over the list not yet read.
     */
    void show(List<Recent> read, BiConsumer<String, String> remember) {
        List<Recent> openedMeanwhile = List.copyOf(stories);
        List<Recent> now = new ArrayList<>(openedMeanwhile);
        for (Recent r : read) {
            if (now.stream().noneMatch(x -> x.id().equals(r.id()))) {
                now.add(r);
            }
        }
        trim(now);
        loaded = true;
        stories.setAll(now);
        if (!openedMeanwhile.isEmpty()) {
            remember.accept(KEY, encode(now));
        }
    }

    /** {@code id} was opened: it goes to the top; {@code remember} keeps the new list (key, value) once it was read. */
    void opened(UUID id, String headline, BiConsumer<String, String> remember) {
        List<Recent> now = new ArrayList<>(stories);
        now.removeIf(r -> r.id().equals(id));
        now.add(0, new Recent(id, headline == null ? "" : headline));
        trim(now);
        if (now.equals(stories)) {
            return; // the same list (the open story shown again): nothing to write
        }
        stories.setAll(now);
        if (loaded) {
            remember.accept(KEY, encode(now));
        }
    }

    private static void trim(List<Recent> list) {
        if (list.size() > LIMIT) {
            list.subList(LIMIT, list.size()).clear();
        }
    }

    /** {@code id} left the library (trash): it leaves the list. */
    void removed(UUID id, BiConsumer<String, String> remember) {
        if (stories.removeIf(r -> r.id().equals(id)) && loaded) {
            remember.accept(KEY, encode(stories));
        }
    }

    static String encode(List<Recent> list) {
        StringBuilder out = new StringBuilder();
        for (Recent r : list) {
            out.append(r.id()).append('\t').append(r.headline().replaceAll("[\\t\\r\\n]+", " ")).append('\n');
        }
        return out.toString();
    }

    /** The list from its kept form; lines that are not {@code id TAB headline} are skipped. */
    static List<Recent> decode(String kept) {
        List<Recent> list = new ArrayList<>();
        for (String line : kept.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab != 36) {
                continue;
            }
            try {
                list.add(new Recent(UUID.fromString(line.substring(0, tab)), line.substring(tab + 1)));
            } catch (IllegalArgumentException notAnId) {
                // a damaged line: the rest of the list still counts
            }
        }
        return list;
    }
}
