package org.newsdesk.ui.editor;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;
import org.newsdesk.store.StorySaver;
import org.newsdesk.text.CharacterCount;
import org.newsdesk.ui.common.AutosaveTimer;
import org.newsdesk.ui.common.SaveStatus;

/**
 * The open transcript: which story the editor shows, its character count, and
 * autosave within a second of the last keystroke (only changed paragraphs are written).
 */
public final class EditorViewModel {

    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty caret = new SimpleIntegerProperty();
    private final ReadOnlyIntegerWrapper charCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper paragraphCount = new ReadOnlyIntegerWrapper();
    private final IntegerProperty selectionCount = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper speakerShares = new ReadOnlyStringWrapper("");
    private final ObservableList<Speaker> roster = FXCollections.observableArrayList();
    private final SaveStatus saveStatus;
    private final AutosaveTimer autosave;
    private Supplier<List<Paragraph>> transcript = List::of;
    private IntConsumer afterSave = c -> { };
    private StorySaver saver;
    private int caretToRestore;

    public EditorViewModel(SaveStatus saveStatus) {
        this.saveStatus = saveStatus;
        this.autosave = new AutosaveTimer(Duration.millis(300), Duration.millis(900), this::saveNow);
    }

    /** The view hands over how to read the transcript as it is now. */
    public void setTranscriptSource(Supplier<List<Paragraph>> source) {
        this.transcript = source;
    }

    /** Called after each autosave with the caret, so it can be remembered. */
    public void setAfterSave(IntConsumer afterSave) {
        this.afterSave = afterSave;
    }

    public void open(Story loaded, StorySaver storySaver, int caretPosition) {
        this.saver = storySaver;
        this.caretToRestore = caretPosition;
        roster.setAll(loaded.speakers());
        recount(loaded.paragraphs());
        story.set(loaded);
    }

    public void close() {
        flush();
        saver = null;
        story.set(null);
        roster.clear();
        charCount.set(0);
        paragraphCount.set(0);
        speakerShares.set("");
    }

    /** The view reports every edit; saving follows within a second. */
    public void edited() {
        if (saver != null) {
            autosave.changed();
        }
    }

    /** Writes pending edits now (before switching story, an explicit save, or closing). */
    public void flush() {
        autosave.flush();
    }

    private void saveNow() {
        if (saver == null) {
            return;
        }
        List<Paragraph> current = transcript.get();
        recount(current);
        saveStatus.track(saver.saveTranscript(current));
        afterSave.accept(caret.get());
    }

    /** Replaces the roster (add, edit, reorder, remove) and saves it. */
    public void changeRoster(List<Speaker> speakers) {
        roster.setAll(speakers);
        if (saver != null) {
            saveStatus.track(saver.saveSpeakers(List.copyOf(speakers)));
        }
    }

    private void recount(List<Paragraph> paragraphs) {
        int count = 0;
        Map<String, Integer> bySpeaker = new LinkedHashMap<>();
        for (Paragraph p : paragraphs) {
            int n = CharacterCount.of(p.text());
            count += n;
            if (p.speakerKey() != null) {
                bySpeaker.merge(p.speakerKey(), n, Integer::sum);
            }
        }
        charCount.set(count);
        paragraphCount.set(paragraphs.size());
        speakerShares.set(shares(bySpeaker, count));
    }

    /** "主持人 18% · 李寶純 82%": each speaker's share of the text, in roster order. */
    private String shares(Map<String, Integer> bySpeaker, int total) {
        if (total == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Speaker s : roster) {
            Integer n = bySpeaker.get(s.key());
            if (n == null) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(" · ");
            }
            sb.append(s.label()).append(' ').append(Math.round(100.0 * n / total)).append('%');
        }
        return sb.toString();
    }

    public ObservableList<Speaker> roster() {
        return roster;
    }

    /** Characters in the selection, counted like the status bar's total (0 without a selection). */
    public IntegerProperty selectionCountProperty() {
        return selectionCount;
    }

    public ReadOnlyStringProperty speakerSharesProperty() {
        return speakerShares.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Story> storyProperty() {
        return story.getReadOnlyProperty();
    }

    public int caretToRestore() {
        return caretToRestore;
    }

    public IntegerProperty caretProperty() {
        return caret;
    }

    public ReadOnlyIntegerProperty charCountProperty() {
        return charCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty paragraphCountProperty() {
        return paragraphCount.getReadOnlyProperty();
    }
}
