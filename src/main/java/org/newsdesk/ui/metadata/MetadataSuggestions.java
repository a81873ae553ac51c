package org.newsdesk.ui.metadata;

import java.util.List;
import java.util.Locale;
import org.newsdesk.store.LibraryRepository;
import org.newsdesk.store.NameDirectoryRepository;
import org.newsdesk.store.SeriesInfo;
import org.newsdesk.workflow.names.NameEntry;
import org.newsdesk.workflow.names.NameKind;

/** What the metadata pane's autocompletion offers: names used before, series to join. Reads the store. */
final class MetadataSuggestions {

    private MetadataSuggestions() {
    }

    /** Series whose name contains {@code typed} (none without a store). */
    static List<SeriesInfo> series(LibraryRepository library, String typed, int limit) {
        if (library == null || typed == null || typed.isBlank()) {
            return List.of();
        }
        String t = typed.strip().toLowerCase(Locale.ROOT);
        return library.series().stream().filter(s -> s.name().toLowerCase(Locale.ROOT).contains(t)).limit(limit).toList();
    }

    /** Names used before that complete what is typed; for authors only the last entry is completed. */
    static List<String> names(NameDirectoryRepository directory, NameKind kind, String typed, int limit) {
        if (directory == null || typed == null) {
            return List.of();
        }
        String before = "";
        String last = typed;
        if (kind == NameKind.AUTHOR) {
            int cut = Math.max(typed.lastIndexOf('、'), Math.max(typed.lastIndexOf(','), typed.lastIndexOf('，')));
            before = typed.substring(0, cut + 1);
            last = typed.substring(cut + 1);
        }
        if (last.isBlank()) {
            return List.of();
        }
        String prefix = before;
        return directory.names(kind, last.strip(), limit).stream()
                .map(NameEntry::name)
                .filter(n -> !n.equals(typed.strip()))
                .map(n -> prefix + n)
                .toList();
    }
}
