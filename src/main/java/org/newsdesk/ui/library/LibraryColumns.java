package org.newsdesk.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableMap;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.sync.StoryDelivery;

/**
 * The library table's columns: the headline, then what gives way to it in a narrow library (the editor,
 * then, beside delivery badges, the part and update time; the part also when the columns would not fit).
 */
final class LibraryColumns {

    /** Below this width the table drops its editor column (the editor filter still finds a person's stories). */
    private static final double NARROW_LIBRARY = 440;
    /** Below this width, once delivery badges show, the table drops its part and update-time columns. */
    private static final double NARROW_WITH_DELIVERIES = 380;
    /** The headline column never gets narrower than this (five Chinese characters and the "…"). */
    private static final double HEADLINE_MIN = 90;
    /** The table's vertical scroll bar and borders, which the columns share the width with. */
    private static final double SCROLL_BAR_AND_BORDERS = 16;

    private final TableView<LibraryEntry> table;
    private final Messages messages;
    private final ObservableMap<UUID, StoryDelivery> deliveries;
    private final LibraryNewsroom newsroom;
    /** Whether a listed story is part of a series (from the store: the rows are not all read). */
    private final ObservableBooleanValue anyPart;

    private LibraryColumns(TableView<LibraryEntry> table, Messages messages,
                           ObservableMap<UUID, StoryDelivery> deliveries, LibraryNewsroom newsroom,
                           ObservableBooleanValue anyPart) {
        this.table = table;
        this.anyPart = anyPart;
        this.messages = messages;
        this.deliveries = deliveries;
        this.newsroom = newsroom;
    }

    static List<TableColumn<LibraryEntry, ?>> of(TableView<LibraryEntry> table, Messages messages,
                                                 ObservableMap<UUID, StoryDelivery> deliveries, LibraryNewsroom newsroom,
                                                 ObservableBooleanValue anyPart) {
        return new LibraryColumns(table, messages, deliveries, newsroom, anyPart).columns();
    }

    private List<TableColumn<LibraryEntry, ?>> columns() {
        TableColumn<LibraryEntry, String> headline = column("colHeadline", "library.col.headline",
                e -> PagedRows.isLoading(e) ? "" : e.summary().headline().isBlank() ? messages.get("library.untitled")
                        : e.summary().headline());
        headline.setPrefWidth(170);
        // the headline is what the list is for: the other columns give way before it turns into "…"
        headline.setMinWidth(HEADLINE_MIN);
        TableColumn<LibraryEntry, Status> status = column("colStatus", "library.col.status", e -> e.summary().status());
        status.setCellFactory(c -> new LibraryCells.StatusCell(messages));
        status.setPrefWidth(84);
        TableColumn<LibraryEntry, Integer> part = column("colPart", "library.col.part", e -> e.summary().part());
        part.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer value, boolean empty) {
                super.updateItem(value, empty);
                LibraryEntry e = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(e == null || value == null ? null
                        : e.partsTotal() == null ? value.toString() : value + "/" + e.partsTotal());
            }
        });
        part.setPrefWidth(44);
        // shown once a listed story is part of a series: until then it would only take the headline's room
        TableColumn<LibraryEntry, String> editor = column("colEditor", "library.col.editor", e -> e.summary().editor());
        editor.setPrefWidth(64);
        // a narrow library (a small screen) leaves the editor to the filter and gives the headline the room
        editor.visibleProperty().bind(table.widthProperty().greaterThan(NARROW_LIBRARY));
        TableColumn<LibraryEntry, java.time.Instant> updated = column("colUpdated", "library.col.updated",
                e -> e.summary().updatedAt());
        updated.setCellFactory(c -> new LibraryCells.UpdatedCell(java.time.Clock.systemDefaultZone()));
        updated.setPrefWidth(84);
        // with the delivery badges in a narrow library, the update time (also in each story's history) and the
        // part (also in the Placement section) give way
        TableColumn<LibraryEntry, StoryDelivery> delivery = column("colDelivery", "library.col.delivery",
                e -> deliveries.get(e.summary().id()));
        delivery.setCellFactory(c -> new LibraryCells.DeliveryCell(messages));
        delivery.setPrefWidth(124);
        // the narrow library squeezes columns: keep a refusal's badge readable, the headline gives way
        delivery.setMinWidth(104);
        // shown once something was published: until then it would only take the headline's room
        delivery.visibleProperty().bind(Bindings.isNotEmpty(deliveries));
        List<TableColumn<LibraryEntry, ?>> all = List.of(headline, NewsroomColumn.column(newsroom, messages, table), status,
                delivery, part, editor, updated);
        // a narrow library squeezes the columns: their headers stay readable, the headline gives way
        all.stream().skip(1).forEach(c -> c.setMinWidth(Math.max(c.getMinWidth(), headerWidth(c.getText()))));
        // the part (also in the Placement section and the page's headline) is the first to give way: when the
        // columns' narrowest widths do not fit, the last one would be cut off ("Up" of "Updated" in English)
        part.visibleProperty().bind(Bindings.createBooleanBinding(anyPart::get, anyPart)
                .and(table.widthProperty().greaterThan(NARROW_WITH_DELIVERIES).or(Bindings.isEmpty(deliveries)))
                .and(updated.visibleProperty()).and(fitsWith(part, all, List.of())));
        // then the update time (also in each story's history), so that what is left is never cut off
        updated.visibleProperty().bind(table.widthProperty().greaterThan(NARROW_WITH_DELIVERIES)
                .or(Bindings.isEmpty(deliveries)).and(fitsWith(updated, all, List.of(part))));
        return all;
    }

    /**
     * Whether {@code extra} fits beside the other shown columns, each at its narrowest, and the scroll bar;
     * the columns that give way before it ({@code yielding}) do not count.
     */
    private BooleanBinding fitsWith(TableColumn<LibraryEntry, ?> extra, List<TableColumn<LibraryEntry, ?>> all,
                                    List<TableColumn<LibraryEntry, ?>> yielding) {
        List<TableColumn<LibraryEntry, ?>> others = all.stream().filter(c -> c != extra && !yielding.contains(c)).toList();
        List<Observable> watched = new ArrayList<>(List.of(table.widthProperty(), extra.minWidthProperty()));
        others.forEach(c -> watched.addAll(List.of(c.visibleProperty(), c.minWidthProperty())));
        return Bindings.createBooleanBinding(() -> table.getWidth() - SCROLL_BAR_AND_BORDERS
                >= extra.getMinWidth() + others.stream().filter(TableColumn::isVisible)
                        .mapToDouble(TableColumn::getMinWidth).sum(), watched.toArray(Observable[]::new));
    }

    private static double headerWidth(String title) {
        // as the header draws it: the window's 14 px, bold
        Text text = new Text(title);
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14));
        return Math.ceil(text.getLayoutBounds().getWidth()) + 26;
    }

    private <T> TableColumn<LibraryEntry, T> column(String id, String titleKey, Function<LibraryEntry, T> value) {
        TableColumn<LibraryEntry, T> c = new TableColumn<>(messages.get(titleKey));
        c.setId(id);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
