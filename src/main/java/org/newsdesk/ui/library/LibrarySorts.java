package org.newsdesk.ui.library;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.TableColumn;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.LibrarySort;
import org.newsdesk.sync.StoryDelivery;

/**
 * The table's column sort turned into the library's order: the store sorts by headline,
 * status, part, editor and update time; deliveries and the newsroom's assignees are known only
 * here, so those columns order the listed ids in memory (from the values at the time of sorting).
 */
final class LibrarySorts {

    private LibrarySorts() {
    }

    static void apply(LibraryViewModel viewModel, List<TableColumn<LibraryEntry, ?>> sortOrder,
                      Map<UUID, StoryDelivery> deliveries, LibraryNewsroom newsroom) {
        TableColumn<LibraryEntry, ?> column = sortOrder.isEmpty() ? null : sortOrder.get(0);
        if (column == null) {
            viewModel.sort(LibrarySort.LIBRARY, null, null);
            return;
        }
        boolean ascending = column.getSortType() == TableColumn.SortType.ASCENDING;
        String key = column.getId() + (ascending ? "+" : "-");
        LibrarySort.By by = switch (String.valueOf(column.getId())) {
            case "colHeadline" -> LibrarySort.By.HEADLINE;
            case "colStatus" -> LibrarySort.By.STATUS;
            case "colPart" -> LibrarySort.By.PART;
            case "colEditor" -> LibrarySort.By.EDITOR;
            case "colUpdated" -> LibrarySort.By.UPDATED;
            default -> null;
        };
        if (by != null) {
            viewModel.sort(new LibrarySort(by, ascending), null, null);
            return;
        }
        Comparator<UUID> byId = switch (String.valueOf(column.getId())) {
            case "colDelivery" -> byDelivery(Map.copyOf(deliveries));
            case "colNewsroom" -> byAssignee(newsroom);
            default -> null;
        };
        if (byId == null) {
            viewModel.sort(LibrarySort.LIBRARY, null, null);
            return;
        }
        viewModel.sort(LibrarySort.LIBRARY, key, ascending ? byId : byId.reversed());
    }

    /** Refused and failed deliveries first, as the delivery column's own comparator orders them; none last. */
    private static Comparator<UUID> byDelivery(Map<UUID, StoryDelivery> deliveries) {
        Comparator<StoryDelivery> order = Comparator.nullsFirst(Comparator.comparing(StoryDelivery::summary).reversed());
        return Comparator.comparing(deliveries::get, order);
    }

    private static Comparator<UUID> byAssignee(LibraryNewsroom newsroom) {
        Map<UUID, String> shown = new java.util.HashMap<>();
        newsroom.assigneesProperty().get().keySet().forEach(id -> shown.put(id, newsroom.assignee(id).orElse("")));
        return Comparator.comparing(id -> shown.getOrDefault(id, ""));
    }
}
