package org.newsdesk.ui.library;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.search.LibrarySearch;
import org.newsdesk.search.SearchHit;
import org.newsdesk.search.SearchPage;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.LibraryFilter;
import org.newsdesk.store.LibraryIds;
import org.newsdesk.store.LibrarySort;
import org.newsdesk.store.SeriesInfo;
import org.newsdesk.store.Store;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.common.UiTimer;
import org.newsdesk.workflow.metadata.ChannelList;

/**
 * The story library on the left: the store's stories filtered by status, channel, series and
 * editor (series together in part order), and full-text search over the index. Loading and
 * searching run in the background; a result that arrives after a newer request is dropped.
 */
public final class LibraryViewModel {

    private static final Duration SEARCH_PAUSE = Duration.ofMillis(250);

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    private final PagedRows entries;
    private final javafx.beans.property.BooleanProperty anyPart = new javafx.beans.property.SimpleBooleanProperty();
    /** The order asked for by the table (by a column) and, for a column the store cannot sort by, the row order. */
    private LibrarySort sort = LibrarySort.LIBRARY;
    private Order memoryOrder;
    private final ObservableList<String> editors = FXCollections.observableArrayList();
    private final ObservableList<SeriesInfo> series = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final StringProperty channel = new SimpleStringProperty();
    private final ObjectProperty<SeriesInfo> seriesFilter = new SimpleObjectProperty<>();
    private final StringProperty editor = new SimpleStringProperty();
    private final javafx.beans.property.BooleanProperty recentOnly = new javafx.beans.property.SimpleBooleanProperty();
    private final LibraryNewsroom newsroom = new LibraryNewsroom();
    private final KeepOffline keepOffline;
    private java.util.function.Supplier<List<java.util.UUID>> recentIds = List::of;
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper searchInfo = new ReadOnlyStringWrapper("");
    private final UiTimer searchPause;
    private final IndexProgress indexProgress;
    private final Store store;
    private final Consumer<Throwable> onError;
    /** The search index once it has opened (searches wait for it); null before and after closing. */
    private LibrarySearch index;
    private boolean closed;
    private long loads;
    private long searches;

    /**
     * The library of the opened {@code store}; {@link #reload} reads it, and {@code errors} hears
     * what cannot be read.
     */
    public LibraryViewModel(BackgroundTasks tasks, Messages messages, ChannelList channels, Store store,
            Consumer<Throwable> errors) {
        this.tasks = tasks;
        this.store = store;
        this.onError = errors;
        this.messages = messages;
        this.indexProgress = new IndexProgress(tasks, messages);
        this.entries = new PagedRows(tasks, ids -> store.library().entries(ids), errors);
        this.channels.setAll(channels.names());
        status.addListener((obs, old, v) -> reload());
        channel.addListener((obs, old, v) -> reload());
        seriesFilter.addListener((obs, old, v) -> reload());
        editor.addListener((obs, old, v) -> reload());
        recentOnly.addListener((obs, old, v) -> reload());
        newsroom.mineOnlyProperty().addListener((obs, old, v) -> reload());
        newsroom.assigneesProperty().addListener((obs, old, v) -> {
            if (newsroom.mineOnlyProperty().get()) {
                reload();
            }
        });
        keepOffline = new KeepOffline(tasks, store, newsroom, errors);
        searchPause = tasks.timer(this::search);
        query.addListener((obs, old, v) -> searchPause.start(SEARCH_PAUSE));
    }

    private final javafx.beans.property.BooleanProperty listed = new javafx.beans.property.SimpleBooleanProperty(false);

    /** False until the library has been read once (the list then says it is loading, not that it is empty). */
    public javafx.beans.property.ReadOnlyBooleanProperty listedProperty() {
        return listed;
    }

    public void attachIndex(LibrarySearch libraryIndex) {
        this.index = libraryIndex;
        if (!query.get().isBlank()) {
            search();
        }
    }

    /** Brings the index up to date with the store (a rebuild shows its progress in the status bar). */
    public void refreshIndex(LibrarySearch libraryIndex, Consumer<Throwable> errors) {
        tasks.whenDone(libraryIndex.refresh(indexProgress.reporter()), outcome -> indexProgress.finished(), e -> {
            indexProgress.finished();
            errors.accept(e);
        });
    }

    /** How far a rebuild of the search index is (the status bar's progress bar). */
    public IndexProgress indexProgress() {
        return indexProgress;
    }

    /** The store is closing: nothing more is read. */
    public void close() {
        closed = true;
        index = null;
    }

    /** Reads the library again with the current filters (after a save, a status change, …). */
    public void reload() {
        if (closed) {
            return;
        }
        Store s = store;
        LibraryFilter filter = new LibraryFilter(status.get(), channel.get(),
                seriesFilter.get() == null ? null : seriesFilter.get().id(), editor.get(), false);
        List<java.util.UUID> recent = recentOnly.get() ? List.copyOf(recentIds.get()) : null;
        java.util.Set<java.util.UUID> only = only(recent, newsroom.mine());
        LibrarySort order = sort;
        Order inMemory = memoryOrder;
        long request = ++loads;
        tasks.run(() -> {
            LibraryIds ids = s.library().ids(filter, order, only);
            if (inMemory != null) {
                ids = inMemory.apply(ids);
            } else if (recent != null && order.by() == LibrarySort.By.LIBRARY) {
                ids = inOrderOf(ids, recent);
            }
            return new Loaded(ids, PagedRows.firstPage(ids, s.library()::entries), s.library().anyPart(filter, only),
                    s.library().editors(), s.library().series());
        }, loaded -> {
            if (request != loads) {
                return;
            }
            anyPart.set(loaded.anyPart());
            entries.show(loaded.ids(), loaded.first());
            listed.set(true);
            keepChoice(editors, loaded.editors(), editor.get());
            SeriesInfo chosen = seriesFilter.get();
            series.setAll(loaded.series());
            if (chosen != null && loaded.series().stream().noneMatch(x -> x.id().equals(chosen.id()))) {
                series.add(chosen);
            }
        }, onError);
    }

    /** A save of story {@code id} landed: its row (modified time, headline) is read again, the rest of the library is not. */
    public void storySaved(java.util.UUID id) {
        if (!closed && id != null) {
            entries.refresh(id);
        }
    }

    /**
     * Lists the library in {@code order} (the table's column sort; {@link LibrarySort#LIBRARY}
     * when none) and reads it again when that changed. {@code byId}, when not null, orders the
     * rows instead (a column the store cannot sort by: deliveries, the newsroom), named by
     * {@code key} so the same sort asked again reads nothing.
     */
    public void sort(LibrarySort order, String key, java.util.Comparator<java.util.UUID> byId) {
        Order wanted = byId == null ? null : new Order(key, byId);
        if (order.equals(sort) && java.util.Objects.equals(wanted, memoryOrder)) {
            return;
        }
        sort = order;
        memoryOrder = wanted;
        reload();
    }

    /** A row order kept in memory, over the ids alone (equal by {@code key}). */
    private record Order(String key, java.util.Comparator<java.util.UUID> byId) {
        LibraryIds apply(LibraryIds ids) {
            List<java.util.UUID> all = new java.util.ArrayList<>(ids.range(0, ids.size()));
            all.sort(byId); // stable: the library's own order breaks ties
            return LibraryIds.of(all);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Order other && other.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }

    /** The stories both filters allow ({@code null}: no such filter). */
    private static java.util.Set<java.util.UUID> only(List<java.util.UUID> recent, java.util.Set<java.util.UUID> mine) {
        if (recent == null) {
            return mine;
        }
        java.util.Set<java.util.UUID> out = new java.util.LinkedHashSet<>(recent);
        if (mine != null) {
            out.retainAll(mine);
        }
        return out;
    }

    /** The listed ids in {@code recent}'s order (the newest first). */
    private static LibraryIds inOrderOf(LibraryIds listed, List<java.util.UUID> recent) {
        java.util.Set<java.util.UUID> in = new java.util.HashSet<>(listed.range(0, listed.size()));
        return LibraryIds.of(recent.stream().filter(in::contains).distinct().toList());
    }

    /** The stories opened last, newest first, that the Recent filter shows; {@code changes} when they change. */
    public void useRecent(java.util.function.Supplier<List<java.util.UUID>> ids, javafx.beans.Observable changes) {
        this.recentIds = ids;
        changes.addListener(o -> {
            if (recentOnly.get()) {
                reload();
            }
        });
    }

    /** The newsroom's presence, assignees and the Mine filter (nothing shows without a newsroom). */
    public KeepOffline keepOffline() {
        return keepOffline;
    }

    public LibraryNewsroom newsroom() {
        return newsroom;
    }

    /** Shows only the stories opened last, newest first (the other filters still apply). */
    public javafx.beans.property.BooleanProperty recentOnlyProperty() {
        return recentOnly;
    }

    /** Keeps a chosen filter value in its list even when no story has it any more, so the choice stays visible. */
    private static void keepChoice(ObservableList<String> list, List<String> values, String chosen) {
        list.setAll(values);
        if (chosen != null && !values.contains(chosen)) {
            list.add(chosen);
        }
    }

    private record Loaded(LibraryIds ids, List<LibraryEntry> first, boolean anyPart, List<String> editors,
                          List<SeriesInfo> series) {
    }

    private void search() {
        String typed = query.get() == null ? "" : query.get().strip();
        long request = ++searches;
        if (typed.isEmpty()) {
            hits.clear();
            searchInfo.set("");
            return;
        }
        LibrarySearch i = index;
        if (i == null) {
            searchInfo.set(messages.get("library.search.notReady"));
            return;
        }
        searchInfo.set(messages.get("library.search.searching"));
        tasks.run(() -> i.search(typed), page -> {
            if (request == searches) {
                show(page);
            }
        }, e -> {
            if (request == searches) {
                searchInfo.set(messages.get("library.search.failed", String.valueOf(e.getMessage())));
            }
        });
    }

    private void show(SearchPage page) {
        hits.setAll(page.hits());
        searchInfo.set(page.totalHits() == 0 ? messages.get("library.search.none")
                : messages.get(page.exact() ? "library.search.count" : "library.search.countAtLeast",
                page.totalHits(), page.hits().size()));
    }

    /** Rebuilds the index from the store; {@code progress} hears when it starts and ends. */
    public void rebuildIndex(Consumer<String> progress) {
        LibrarySearch i = index;
        if (i == null) {
            progress.accept(messages.get("library.search.notReady"));
            return;
        }
        progress.accept(messages.get("library.index.rebuilding"));
        tasks.whenDone(i.rebuild(indexProgress.reporter()), outcome -> {
            indexProgress.finished();
            progress.accept(messages.get("library.index.rebuilt", outcome.updated()));
            if (!query.get().isBlank()) {
                search();
            }
        }, e -> {
            indexProgress.finished();
            progress.accept(messages.get("library.search.failed", String.valueOf(e.getMessage())));
        });
    }

    /** The listed stories: every id, the rows a few pages at a time (see {@link PagedRows}). */
    public PagedRows entries() {
        return entries;
    }

    /** True when a listed story is a part of a series (the table then shows its part column). */
    public javafx.beans.property.ReadOnlyBooleanProperty anyPartProperty() {
        return anyPart;
    }

    public ObservableList<String> editors() {
        return editors;
    }

    public ObservableList<SeriesInfo> series() {
        return series;
    }

    /** The channels to filter by (the preferences' list). */
    public ObservableList<String> channels() {
        return channels;
    }

    /** Preferences → Channels applied: offers the new list; a chosen channel stays until changed. */
    public void setChannels(ChannelList list) {
        List<String> names = new java.util.ArrayList<>(list.names());
        if (channel.get() != null && !names.contains(channel.get())) {
            names.add(channel.get());
        }
        channels.setAll(names);
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ObjectProperty<Status> statusFilterProperty() {
        return status;
    }

    public StringProperty channelFilterProperty() {
        return channel;
    }

    public ObjectProperty<SeriesInfo> seriesFilterProperty() {
        return seriesFilter;
    }

    public StringProperty editorFilterProperty() {
        return editor;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyStringProperty searchInfoProperty() {
        return searchInfo.getReadOnlyProperty();
    }
}
