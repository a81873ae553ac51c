package org.newsdesk.ui.metadata;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;
import org.newsdesk.model.Metadata;
import org.newsdesk.store.StorySaver;
import org.newsdesk.ui.common.AutosaveTimer;
import org.newsdesk.ui.common.SaveStatus;

/** The metadata pane's fields for the open story, saved a moment after each change. */
public final class MetadataViewModel {

    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty authors = new SimpleStringProperty("");
    private final StringProperty editor = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final SaveStatus saveStatus;
    private final AutosaveTimer autosave;
    private Consumer<Metadata> afterSave = m -> { };
    private Metadata base;
    private StorySaver saver;
    private boolean loading;

    public MetadataViewModel(SaveStatus saveStatus) {
        this.saveStatus = saveStatus;
        this.autosave = new AutosaveTimer(Duration.millis(400), Duration.millis(900), this::saveNow);
        for (StringProperty p : List.of(headline, source, authors, editor)) {
            p.addListener((obs, old, value) -> {
                if (!loading && saver != null) {
                    autosave.changed();
                }
            });
        }
    }

    public void setAfterSave(Consumer<Metadata> afterSave) {
        this.afterSave = afterSave;
    }

    public void open(Metadata metadata, StorySaver storySaver) {
        loading = true;
        try {
            base = metadata;
            saver = storySaver;
            headline.set(metadata.headline());
            source.set(metadata.source());
            authors.set(String.join("、", metadata.authors()));
            editor.set(metadata.editor());
            editable.set(true);
        } finally {
            loading = false;
        }
    }

    public void close() {
        flush();
        loading = true;
        try {
            saver = null;
            base = null;
            List.of(headline, source, authors, editor).forEach(p -> p.set(""));
            editable.set(false);
        } finally {
            loading = false;
        }
    }

    public void flush() {
        autosave.flush();
    }

    /** The metadata as the fields show it now. */
    public Metadata current() {
        return base.withHeadlineText(headline.get().strip())
                .withSource(source.get().strip())
                .withAuthors(splitNames(authors.get()))
                .withEditor(editor.get().strip());
    }

    /** Authors are separated by 、 , ， ; or ；. */
    static List<String> splitNames(String text) {
        return Arrays.stream(text.split("[、,，;；]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private void saveNow() {
        if (saver == null) {
            return;
        }
        Metadata metadata = current();
        base = metadata;
        saveStatus.track(saver.saveMetadata(metadata));
        afterSave.accept(metadata);
    }

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty authorsProperty() {
        return authors;
    }

    public StringProperty editorProperty() {
        return editor;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }
}
