package org.newsdesk.ui.metadata;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Series;
import org.newsdesk.model.Story;
import org.newsdesk.store.LibraryRepository;
import org.newsdesk.store.NameDirectoryRepository;
import org.newsdesk.store.SeriesInfo;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.StorySaver;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.ui.common.AutosaveTimer;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.common.SaveStatus;
import org.newsdesk.workflow.metadata.ChannelList;
import org.newsdesk.workflow.metadata.FieldProblem;
import org.newsdesk.workflow.metadata.HeadlinePreview;
import org.newsdesk.workflow.metadata.MetadataEdit;
import org.newsdesk.workflow.metadata.MetadataField;
import org.newsdesk.workflow.metadata.MetadataValidator;
import org.newsdesk.workflow.metadata.PortalTime;
import org.newsdesk.workflow.names.NameKind;

/**
 * The metadata pane's fields for the open story, as typed. Every change is checked at once:
 * a bad value keeps its text and gets a message at its field, and the autosave a moment later
 * writes only the valid rest ({@link MetadataEdit#applyValid}), so nothing invalid reaches the
 * store and nothing typed is lost.
 */
public final class MetadataViewModel {

    private static final int SUGGESTIONS = 8;

    private final Map<MetadataField, StringProperty> fields = new EnumMap<>(MetadataField.class);
    private final ObservableMap<MetadataField, String> problems = FXCollections.observableMap(new EnumMap<>(MetadataField.class));
    private final ReadOnlyStringWrapper headlinePreview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kickerPreview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper metadataLinePreview = new ReadOnlyStringWrapper("");
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private boolean readOnly;
    private final javafx.collections.ObservableList<String> channels = FXCollections.observableArrayList();
    private MetadataEdit edit;
    private final Messages messages;
    private final HeadlinePreview.Script script;
    private final SaveStatus saveStatus;
    private final BackgroundTasks tasks;
    private final javafx.collections.ObservableList<SeriesPart> seriesParts = FXCollections.observableArrayList();
    private long seriesRequests;
    private final AutosaveTimer autosave;
    private final MetadataSaves saves;
    private Consumer<Metadata> afterSave = m -> { };
    private Story base;
    private StorySaver saver;
    private boolean loading;
    private boolean slugEdited;
    private final NameDirectoryRepository names;
    private final LibraryRepository library;
    private final StoreWriter writer;

    /**
     * The fields of the open story of {@code store}; the name directory and series come from it
     * (autocompletion, names remembered as used), written through {@code writer}.
     */
    public MetadataViewModel(BackgroundTasks tasks, SaveStatus saveStatus, Messages messages, ChannelList channels,
            Store store, StoreWriter writer) {
        this.tasks = tasks;
        this.names = store.names();
        this.library = store.library();
        this.writer = writer;
        this.saveStatus = saveStatus;
        this.messages = messages;
        this.channels.setAll(channels.names());
        this.edit = new MetadataEdit(new MetadataValidator(channels));
        this.script = Messages.SIMPLIFIED.equals(messages.locale())
                ? HeadlinePreview.Script.SIMPLIFIED : HeadlinePreview.Script.TRADITIONAL;
        this.autosave = new AutosaveTimer(tasks, Duration.ofMillis(400), Duration.ofMillis(900), this::saveNow);
        this.saves = new MetadataSaves(tasks, saveStatus);
        for (MetadataField f : MetadataField.values()) {
            StringProperty p = new SimpleStringProperty("");
            fields.put(f, p);
            p.addListener((obs, old, value) -> changed(f));
        }
    }

    public void setAfterSave(Consumer<Metadata> afterSave) {
        this.afterSave = afterSave;
    }

    /** Series whose name contains {@code typed}, to link the story to (reads the store: off the FX thread). */
    public List<SeriesInfo> seriesSuggestions(String typed) {
        return MetadataSuggestions.series(library, typed, SUGGESTIONS);
    }

    /** Names used before that complete what is typed (authors: the last entry); reads the store, off the FX thread. */
    public List<String> suggestions(NameKind kind, String typed) {
        return MetadataSuggestions.names(names, kind, typed, SUGGESTIONS);
    }

    /** Remembers the saved source, authors and editor as used (when the editor leaves a name field). */
    public void namesCommitted() {
        flush();
        NameDirectoryRepository directory = names;
        if (base == null) {
            return;
        }
        Metadata saved = base.metadata();
        writer.submit(() -> {
            directory.recordUse(saved);
            return null;
        });
    }

    /** Where metadata as typed is kept until the store has saved it ({@link TypingJournal#forMetadata}). */
    public void useJournal(TypingJournal metadataJournal) {
        saves.useJournal(metadataJournal);
    }

    /** True while metadata typed in some story (open or closed) is not yet in the store. */
    public boolean hasUnsaved() {
        return saves.hasUnsaved();
    }

    /** Tries every story's unsaved metadata again now (the window is closing). */
    public void retryUnsaved() {
        saves.retryNow();
    }

    /** The saver and the story with its metadata as last typed, while that is not yet in the store. */
    public java.util.Optional<UnsavedMetadata> unsavedOf(java.util.UUID story) {
        return saves.unsavedOf(story);
    }

    /** The open story shows metadata the store does not hold yet (journaled, or being saved): saved again now. */
    public void saveAsShown() {
        if (saver != null && base != null) {
            saves.save(saver, base);
        }
    }

    public void open(Story story, StorySaver storySaver) {
        saves.opened(story.id());
        loading = true;
        try {
            base = story;
            saver = storySaver;
            slugEdited = false;
            show(story.metadata(), story.slug());
            editable.set(!readOnly);
        } finally {
            loading = false;
        }
        check();
        refreshSeries();
    }

    public void close() {
        flush();
        if (base != null) {
            saves.closed(base.id());
        }
        loading = true;
        try {
            saver = null;
            base = null;
            fields.values().forEach(p -> p.set(""));
            problems.clear();
            seriesParts.clear();
            seriesRequests++;
            editable.set(false);
        } finally {
            loading = false;
        }
        headlinePreview.set("");
        kickerPreview.set("");
        metadataLinePreview.set("");
    }

    public void flush() {
        autosave.flush();
    }

    private void show(Metadata m, String slug) {
        set(MetadataField.HEADLINE, m.headline());
        set(MetadataField.KICKER, m.kicker());
        set(MetadataField.SUBTITLE, m.subtitle());
        set(MetadataField.SUMMARY, m.summary());
        set(MetadataField.KEYWORDS, String.join("、", m.keywords()));
        set(MetadataField.SLUG, slug);
        set(MetadataField.SOURCE, m.source());
        set(MetadataField.AUTHORS, String.join("、", m.authors()));
        set(MetadataField.EDITOR, m.editor());
        set(MetadataField.TIME_ZONE, m.timeZone().getId());
        set(MetadataField.PUBLISH_TIME, PortalTime.format(m.publishTime()));
        set(MetadataField.EMBARGO_UNTIL, PortalTime.format(m.embargoUntil()));
        set(MetadataField.CHANNELS, String.join("、", m.channels()));
        Series s = m.series();
        set(MetadataField.SERIES_ID, s == null ? "" : s.id());
        set(MetadataField.SERIES_NAME, s == null ? "" : s.name());
        set(MetadataField.PART, s == null ? "" : Integer.toString(s.part()));
        set(MetadataField.TOTAL, s == null || s.total() == null ? "" : Integer.toString(s.total()));
        set(MetadataField.INTERNAL_NOTE, m.internalNote());
    }

    private void set(MetadataField field, String value) {
        fields.get(field).set(value);
    }

    private void changed(MetadataField field) {
        if (loading || base == null) {
            return;
        }
        if (field == MetadataField.SLUG) {
            slugEdited = true;
        }
        check();
        autosave.changed();
    }

    /** Checks every field as typed and updates the messages and previews. */
    private void check() {
        MetadataEdit.Result typed = edit.apply(base, typedValues());
        Map<MetadataField, String> found = new EnumMap<>(MetadataField.class);
        for (FieldProblem p : typed.problems()) {
            found.putIfAbsent(p.field(), p.describe(messages::get));
        }
        problems.keySet().retainAll(found.keySet());
        problems.putAll(found);
        if (!slugEdited && !typed.slug().equals(fields.get(MetadataField.SLUG).get())) {
            loading = true;
            try {
                set(MetadataField.SLUG, typed.slug());
            } finally {
                loading = false;
            }
        }
        Metadata m = typed.metadata();
        headlinePreview.set(HeadlinePreview.headline(m));
        kickerPreview.set(HeadlinePreview.kickerLine(m));
        metadataLinePreview.set(HeadlinePreview.metadataLine(m, script));
    }

    /** The fields' text as {@link MetadataEdit} takes it. */
    private Map<MetadataField, String> typedValues() {
        Map<MetadataField, String> values = new LinkedHashMap<>();
        for (MetadataField f : MetadataField.values()) {
            values.put(f, fields.get(f).get());
        }
        if (!slugEdited) {
            values.remove(MetadataField.SLUG);
        }
        boolean inSeries = !(values.get(MetadataField.SERIES_NAME).isBlank() && values.get(MetadataField.PART).isBlank()
                && values.get(MetadataField.TOTAL).isBlank());
        if (inSeries && values.get(MetadataField.PART).isBlank()) {
            values.remove(MetadataField.PART);
        } else if (!inSeries) {
            values.put(MetadataField.PART, "");
        }
        if (values.get(MetadataField.SERIES_ID).isBlank()) {
            values.remove(MetadataField.SERIES_ID);
        }
        return values;
    }

    /** Links the story to an existing series (the other parts share its id). */
    public void joinSeries(String seriesId, String name) {
        set(MetadataField.SERIES_ID, seriesId);
        set(MetadataField.SERIES_NAME, name);
    }

    /** The metadata as the fields show it now, invalid values left as last saved. */
    public Metadata current() {
        return base == null ? null : edit.applyValid(base, typedValues()).metadata();
    }

    /** The slug as it will be saved. */
    public String currentSlug() {
        return base == null ? "" : edit.applyValid(base, typedValues()).slug();
    }

    private void saveNow() {
        if (saver == null || base == null) {
            return;
        }
        MetadataEdit.Result valid = edit.applyValid(base, typedValues());
        if (valid.metadata().equals(base.metadata()) && valid.slug().equals(base.slug())) {
            return;
        }
        Story b = base;
        base = new Story(b.id(), valid.slug(), b.status(), valid.metadata(), b.speakers(), b.paragraphs(), b.revision(),
                b.version(), b.createdAt(), b.updatedAt());
        if (!fields.get(MetadataField.SERIES_ID).get().equals(idOf(valid.metadata().series()))) {
            loading = true;
            try {
                set(MetadataField.SERIES_ID, idOf(valid.metadata().series()));
            } finally {
                loading = false;
            }
        }
        saves.save(saver, base);
        afterSave.accept(valid.metadata());
        refreshSeries();
    }

    /** Reads the series' other parts again, on the writer thread after the queued writes (a save just made is seen). */
    public void refreshSeries() {
        Story story = base;
        LibraryRepository l = library;
        long request = ++seriesRequests;
        Series series = story == null ? null : story.metadata().series();
        if (series == null) {
            seriesParts.clear();
            return;
        }
        String headline = story.metadata().headline();
        tasks.whenDone(writer.submit(() -> l.seriesParts(series.id())), parts -> {
            if (request == seriesRequests) {
                seriesParts.setAll(SeriesPart.list(parts, story.id(), headline, series));
            }
        }, e -> { });
    }

    private static String idOf(Series s) {
        return s == null ? "" : s.id();
    }

    /** The parts of the open story's series in part order, gaps included; empty when it is in none. */
    public javafx.collections.ObservableList<SeriesPart> seriesParts() {
        return seriesParts;
    }

    public StringProperty field(MetadataField field) {
        return fields.get(field);
    }

    /** The message of each field whose value is not acceptable, in the user's language. */
    public ObservableMap<MetadataField, String> problems() {
        return problems;
    }

    /** The channels a story may be put in (the preferences' list; it changes when they are applied). */
    public javafx.collections.ObservableList<String> channelNames() {
        return channels;
    }

    /**
     * Checks against {@code list} from now on (Preferences → Channels applied): a channel the
     * open story has that is no longer in the list is reported at the channels field.
     */
    public void setChannels(ChannelList list) {
        edit = new MetadataEdit(new MetadataValidator(list));
        channels.setAll(list.names());
        if (base != null) {
            check();
        }
    }

    public StringProperty headlineProperty() {
        return fields.get(MetadataField.HEADLINE);
    }

    public ReadOnlyStringProperty headlinePreviewProperty() {
        return headlinePreview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kickerPreviewProperty() {
        return kickerPreview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty metadataLinePreviewProperty() {
        return metadataLinePreview.getReadOnlyProperty();
    }

    /** A read-only data folder: stories opened from now on show their metadata without fields to type into. */
    public void setReadOnly(boolean cannotWrite) {
        this.readOnly = cannotWrite;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }
}
