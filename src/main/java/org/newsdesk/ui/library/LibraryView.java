package org.newsdesk.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.search.SearchHit;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.sync.StoryDelivery;

/**
 * The left-hand library: a search box with highlighted hits, filters, and a sortable table
 * of stories (virtualized: only the visible rows are built). Unsorted, the parts of a series
 * stay together in part order.
 */
public final class LibraryView {

    private final VBox root = new VBox(6);
    private final TableView<LibraryEntry> table = new TableView<>();
    private final PagedRows rows;
    /** True while the program moves the selection (see {@link #quietly}): nothing opens. */
    private boolean following;
    private final TextField search = new TextField();
    private final Messages messages;
    private final ObservableMap<UUID, StoryDelivery> deliveries;
    private final LibraryNewsroom newsroom;
    private boolean redrawQueued;

    /**
     * @param deliveries each published story's delivery (kept current by the publishing view
     *                   model); the delivery column redraws once per pulse however many change
     */
    public LibraryView(LibraryViewModel viewModel, Messages messages, ObservableMap<UUID, StoryDelivery> deliveries,
                       Consumer<UUID> open) {
        this.newsroom = viewModel.newsroom();
        this.messages = messages;
        this.deliveries = deliveries;
        root.setId("libraryPane");
        root.setPadding(new Insets(8));
        search.setId("librarySearch");
        // a short prompt that fits the column; the full wording in the tooltip and for screen readers
        search.setPromptText(messages.get("ux20.library.search"));
        search.setAccessibleText(messages.get("library.search"));
        search.setTooltip(new javafx.scene.control.Tooltip(messages.get("library.search")));
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        Label info = new Label();
        info.setId("searchInfo");
        info.setWrapText(true);
        info.textProperty().bind(viewModel.searchInfoProperty());
        info.managedProperty().bind(info.textProperty().isNotEmpty());
        ListView<SearchHit> hits = hits(viewModel, open);

        GridPane filters = grid(
                filter("statusFilter", "library.filter.status", FXList.of(Status.values()),
                        s -> messages.get("status." + s.name().toLowerCase(Locale.ROOT)), viewModel.statusFilterProperty()),
                filter("channelFilter", "library.filter.channel", viewModel.channels(), c -> c,
                        viewModel.channelFilterProperty()),
                filter("seriesFilter", "library.filter.series", viewModel.series(),
                        s -> s.name().isBlank() ? s.id() : s.name(), viewModel.seriesFilterProperty()),
                filter("editorFilter", "library.filter.editor", viewModel.editors(), e -> e,
                        viewModel.editorFilterProperty()), recentFilter(viewModel),
                NewsroomColumn.mineFilter(viewModel.newsroom(), messages));

        table.setId("storyList");
        table.setAccessibleText(messages.get("library.title"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the rows a page at a time; a reload replaces them quietly (the table then moves its selection itself)
        rows = viewModel.entries();
        rows.changesAround(this::quietly);
        table.setItems(rows);
        table.getColumns().addAll(LibraryColumns.of(table, messages, deliveries, newsroom, viewModel.anyPartProperty()));
        // a column's sort is the store's (or, for deliveries and the newsroom, over the ids): the rows are not all here
        table.setSortPolicy(t -> {
            LibrarySorts.apply(viewModel, t.getSortOrder(), deliveries, newsroom);
            return true;
        });
        NewsroomColumn.keepOfflineMenu(table, viewModel.newsroom(), viewModel.keepOffline(), messages);
        fixRowHeightOnceLaidOut();
        deliveries.addListener((MapChangeListener<UUID, StoryDelivery>) change -> {
            if (!redrawQueued) {
                redrawQueued = true;
                Platform.runLater(() -> {
                    redrawQueued = false;
                    table.refresh();
                });
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.listedProperty().not())
                .then(messages.get("library.loading")).otherwise(javafx.beans.binding.Bindings.when(viewModel.statusFilterProperty().isNull()
                        .and(viewModel.channelFilterProperty().isNull()).and(viewModel.seriesFilterProperty().isNull())
                        .and(viewModel.editorFilterProperty().isNull()).and(viewModel.recentOnlyProperty().not())
                        .and(viewModel.newsroom().mineOnlyProperty().not()))
                .then(messages.get("library.empty")).otherwise(messages.get("library.noMatch"))));
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null && !following) {
                open.accept(entry.summary().id());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(search, info, hits, filters, table);
    }

    /**
     * Gives the table a fixed row height, the one its rows take under the current look,
     * measured after the first layout. Without it the virtual flow finds where row N goes by
     * adding up the estimated heights of the rows above it, so with 100,000 stories a page of
     * scrolling took about 300 ms; with it, it is arithmetic (see the library benchmark).
     */
    private void fixRowHeightOnceLaidOut() {
        javafx.beans.value.ChangeListener<Boolean> measure = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean needs) {
                if (needs || table.getFixedCellSize() > 0) {
                    return;
                }
                table.lookupAll(".table-row-cell").stream()
                        .mapToDouble(n -> ((Region) n).getHeight()).filter(h -> h > 0).max()
                        .ifPresent(h -> {
                            table.needsLayoutProperty().removeListener(this);
                            table.setFixedCellSize(Math.ceil(h));
                        });
            }
        };
        table.needsLayoutProperty().addListener(measure);
    }

    /**
     * The filters two by two, each as wide as its column; in a library too narrow for two
     * "all …" choices side by side (a 720-pixel window), one under the other, so they read whole.
     */
    private GridPane grid(Region... boxes) {
        GridPane grid = new GridPane();
        grid.setId("libraryFilters");
        grid.setHgap(4);
        grid.setVgap(4);
        double widest = 0;
        for (String key : List.of("library.filter.status", "library.filter.channel", "library.filter.series",
                "library.filter.editor")) {
            widest = Math.max(widest, new javafx.scene.text.Text(messages.get(key)).getLayoutBounds().getWidth());
        }
        double twoNeed = 2 * (widest + FILTER_CHROME) + grid.getHgap();
        IntConsumer lay = columns -> {
            grid.getChildren().clear();
            grid.getColumnConstraints().clear();
            for (int i = 0; i < boxes.length; i++) {
                grid.add(boxes[i], i % columns, i / columns);
            }
            for (int c = 0; c < columns; c++) {
                ColumnConstraints share = new ColumnConstraints();
                share.setPercentWidth(100.0 / columns);
                grid.getColumnConstraints().add(share);
            }
        };
        for (Region box : boxes) {
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
            GridPane.setHgrow(box, Priority.ALWAYS);
        }
        lay.accept(2);
        grid.widthProperty().addListener((obs, old, w) -> {
            int columns = w.doubleValue() > 0 && w.doubleValue() < twoNeed ? 1 : 2;
            if (columns != grid.getColumnConstraints().size()) {
                lay.accept(columns);
            }
        });
        return grid;
    }

    /** A combo box's room around its text: padding and the arrow button. */
    private static final double FILTER_CHROME = 42;


    /** A filter: "all" plus the values of {@code values}, kept in step with {@code target}. */
    private <T> ComboBox<Choice<T>> filter(String id, String promptKey, ObservableList<T> values,
                                           Function<T, String> text, Property<T> target) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setId(id);
        box.setAccessibleText(messages.get(promptKey));
        box.setPromptText(messages.get(promptKey));
        Runnable fill = () -> {
            List<Choice<T>> items = new ArrayList<>();
            items.add(new Choice<>(null, messages.get(promptKey)));
            values.forEach(v -> items.add(new Choice<>(v, text.apply(v))));
            T chosen = target.getValue();
            box.getItems().setAll(items);
            box.getSelectionModel().select(items.stream().filter(c -> Objects.equals(c.value(), chosen)).findFirst()
                    .orElse(items.get(0)));
        };
        fill.run();
        values.addListener((ListChangeListener<T>) c -> fill.run());
        box.valueProperty().addListener((obs, old, choice) -> {
            if (choice != null && !Objects.equals(choice.value(), target.getValue())) {
                target.setValue(choice.value());
            }
        });
        return box;
    }

    private javafx.scene.control.CheckBox recentFilter(LibraryViewModel viewModel) {
        javafx.scene.control.CheckBox recent = new javafx.scene.control.CheckBox(messages.get("ux20.library.recent"));
        recent.setId("recentFilter");
        recent.setAccessibleText(messages.get("library.filter.recent"));
        recent.setTooltip(new javafx.scene.control.Tooltip(messages.get("library.filter.recent")));
        recent.setMaxWidth(Double.MAX_VALUE);
        recent.selectedProperty().bindBidirectional(viewModel.recentOnlyProperty());
        return recent;
    }

    private ListView<SearchHit> hits(LibraryViewModel viewModel, Consumer<UUID> open) {
        ListView<SearchHit> list = new ListView<>(viewModel.hits());
        list.setId("searchResults");
        list.setAccessibleText(messages.get("library.search.results"));
        list.setPrefHeight(220);
        list.visibleProperty().bind(search.textProperty().isNotEmpty());
        list.managedProperty().bind(list.visibleProperty());
        list.setCellFactory(v -> new SearchHitCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, hit) -> {
            if (hit != null) {
                open.accept(hit.storyId());
            }
        });
        return list;
    }

    /** Selects the given story in the table without opening anything. */
    public void select(UUID id) {
        quietly(() -> {
            int row = rows.indexOf(id);
            if (row < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != row) {
                table.getSelectionModel().clearAndSelect(row);
                table.scrollTo(row);
            }
        });
    }

    /**
     * Runs a change the selection follows (new rows, the open story shown) without opening the
     * row it lands on: only the editor's own choice opens a story. Otherwise a reload arriving
     * while a new story is being read would reopen the story still on screen, and the new one
     * would never show.
     */
    private void quietly(Runnable change) {
        boolean was = following;
        following = true;
        try {
            change.run();
        } finally {
            following = was;
        }
    }

    /** Puts the caret in the search box (the menu's "search the library"). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public Node root() {
        return root;
    }

    private record Choice<T>(T value, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Observable lists of fixed values for the filters. */
    private static final class FXList {
        @SafeVarargs
        static <T> ObservableList<T> of(T... values) {
            return FXCollections.observableArrayList(values);
        }
    }
}
