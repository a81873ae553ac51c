package org.newsdesk.ui.library;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableListBase;
import org.newsdesk.model.StorySummary;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.LibraryIds;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * The library's rows as the table sees them: every listed story's id in order (16 bytes a
 * story), but the rows themselves only a few pages at a time — the page a row is on is read in
 * the background the first time the table asks for the row (it shows as an empty row until
 * then, and its arrival is an update of those rows), and the pages read longest ago are dropped. A reload reads the first page with the ids,
 * so a library of up to {@link #PAGE} stories is whole at once.
 */
public final class PagedRows extends ObservableListBase<LibraryEntry> {

    /** Rows read at a time. */
    public static final int PAGE = 500;
    /** Pages kept: what the table shows plus scrolling room (about 2 MB of rows). */
    public static final int KEPT_PAGES = 8;

    private final BackgroundTasks tasks;
    private final Function<List<UUID>, List<LibraryEntry>> read;
    private final Consumer<Throwable> onError;
    private final Map<Integer, LibraryEntry[]> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, LibraryEntry[]> eldest) {
            return size() > KEPT_PAGES;
        }
    };
    private final Set<Integer> reading = new HashSet<>();
    private LibraryIds ids = LibraryIds.EMPTY;
    /** Rows set whole (benchmarks, {@link #setAll(Collection)}): no paging. */
    private List<LibraryEntry> whole;
    private long generation;
    private Consumer<Runnable> around = Runnable::run;

    /** Rows read by {@code read} (in the background through {@code tasks}). */
    PagedRows(BackgroundTasks tasks, Function<List<UUID>, List<LibraryEntry>> read, Consumer<Throwable> onError) {
        this.tasks = tasks;
        this.read = read;
        this.onError = onError;
    }

    /** Runs the change a reload makes to the list (the view keeps its selection from opening a story meanwhile). */
    public void changesAround(Consumer<Runnable> wrapper) {
        this.around = wrapper;
    }

    /** The first {@link #PAGE} rows of {@code listed}, read with them, for {@link #show}. */
    static List<LibraryEntry> firstPage(LibraryIds listed, Function<List<UUID>, List<LibraryEntry>> read) {
        return read.apply(listed.range(0, Math.min(PAGE, listed.size())));
    }

    /** Lists {@code listed} anew; {@code first} holds its first page's rows. */
    void show(LibraryIds listed, List<LibraryEntry> first) {
        List<LibraryEntry> old = removed();
        generation++;
        ids = listed;
        whole = null;
        pages.clear();
        reading.clear();
        if (listed.size() > 0) {
            pages.put(0, fill(0, first));
        }
        around.accept(() -> {
            beginChange();
            nextReplace(0, listed.size(), old);
            endChange();
        });
    }

    /** Shows {@code entries} whole, without paging (a fixed list: benchmarks). */
    @Override
    public boolean setAll(Collection<? extends LibraryEntry> entries) {
        List<LibraryEntry> old = removed();
        generation++;
        whole = List.copyOf(entries);
        ids = LibraryIds.of(whole.stream().map(e -> e.summary().id()).toList());
        pages.clear();
        reading.clear();
        beginChange();
        nextReplace(0, whole.size(), old);
        endChange();
        return true;
    }

    /** What a change that replaces every row reports as removed: the rows by id, nothing read. */
    private List<LibraryEntry> removed() {
        if (whole != null) {
            return whole;
        }
        LibraryIds before = ids;
        return new java.util.AbstractList<>() {
            @Override
            public LibraryEntry get(int index) {
                return loading(before.get(index));
            }

            @Override
            public int size() {
                return before.size();
            }
        };
    }

    @Override
    public LibraryEntry get(int index) {
        if (whole != null) {
            return whole.get(index);
        }
        if (index < 0 || index >= ids.size()) {
            throw new IndexOutOfBoundsException(index);
        }
        LibraryEntry[] page = pages.get(index / PAGE);
        LibraryEntry row = page == null ? null : page[index % PAGE];
        if (row != null) {
            return row;
        }
        if (page == null) {
            readPage(index / PAGE);
        }
        return loading(ids.get(index));
    }

    @Override
    public int size() {
        return ids.size();
    }

    /** The row of story {@code id}, or -1 when it is not listed (without reading any row). */
    public int indexOf(UUID id) {
        return ids.indexOf(id);
    }

    /** The id of the story in row {@code index} (without reading the row). */
    public UUID idAt(int index) {
        return ids.get(index);
    }

    /**
     * Reads story {@code id}'s row again (a save of it landed: its modified time moved), changing
     * no other row and not its place: a row that is not listed or whose page is not read yet is
     * left (it is read when shown).
     */
    public void refresh(UUID id) {
        if (whole != null || ids.indexOf(id) < 0) {
            return;
        }
        long asked = generation;
        tasks.run(() -> read.apply(List.of(id)), rows -> {
            int at = ids.indexOf(id);
            LibraryEntry[] page = asked != generation || rows.isEmpty() || at < 0 ? null : pages.get(at / PAGE);
            if (page == null || page[at % PAGE] == null) {
                return;
            }
            page[at % PAGE] = rows.get(0);
            beginChange();
            nextUpdate(at);
            endChange();
        }, onError);
    }

    /** True for a row whose page is still being read: it is shown empty. */
    public static boolean isLoading(LibraryEntry row) {
        return row.summary().status() == null;
    }

    private static LibraryEntry loading(UUID id) {
        return new LibraryEntry(new StorySummary(id, "", "", null, null, "", 0, null, null), null, null, null, List.of());
    }

    private void readPage(int page) {
        if (!reading.add(page)) {
            return;
        }
        long asked = generation;
        int from = page * PAGE;
        List<UUID> wanted = ids.range(from, Math.min(from + PAGE, ids.size()));
        // posted, never run inside get(): the table asks for rows while it lays itself out
        tasks.post(() -> tasks.run(() -> read.apply(wanted), rows -> {
            if (asked != generation) {
                return;
            }
            reading.remove(page);
            pages.put(page, fill(page, rows));
            // an update of the page's rows: the table draws those in view again and builds no new cells
            beginChange();
            for (int i = from; i < from + wanted.size(); i++) {
                nextUpdate(i);
            }
            endChange();
        }, e -> {
            reading.remove(page);
            onError.accept(e);
        }));
    }

    /** The page's rows by place; a story gone since the ids were read stays an empty row. */
    private LibraryEntry[] fill(int page, List<LibraryEntry> rows) {
        int from = page * PAGE;
        int to = Math.min(from + PAGE, ids.size());
        Map<UUID, LibraryEntry> byId = new java.util.HashMap<>();
        rows.forEach(r -> byId.put(r.summary().id(), r));
        LibraryEntry[] out = new LibraryEntry[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = byId.get(ids.get(i));
        }
        return out;
    }
}
