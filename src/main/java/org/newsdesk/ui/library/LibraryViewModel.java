package org.newsdesk.ui.library;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.newsdesk.model.StorySummary;

/** The story list on the left, filtered by what the editor types in the filter box. */
public final class LibraryViewModel {

    private final ObservableList<StorySummary> all = FXCollections.observableArrayList();
    private final FilteredList<StorySummary> shown = new FilteredList<>(all, s -> true);
    private final StringProperty filter = new SimpleStringProperty("");

    public LibraryViewModel() {
        filter.addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(s -> needle.isEmpty() || matches(s, needle));
        });
    }

    private static boolean matches(StorySummary s, String needle) {
        return s.headline().toLowerCase(Locale.ROOT).contains(needle)
                || s.editor().toLowerCase(Locale.ROOT).contains(needle)
                || s.slug().contains(needle);
    }

    public void show(List<StorySummary> stories) {
        all.setAll(stories);
    }

    public ObservableList<StorySummary> shownStories() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }
}
