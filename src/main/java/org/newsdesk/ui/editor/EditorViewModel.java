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
import java.time.Duration;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;
import org.newsdesk.store.StorySaver;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.text.ParsedTranscript;
import org.newsdesk.text.TranscriptCounts;
import org.newsdesk.text.TranscriptParser;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.common.AutosaveTimer;
import org.newsdesk.ui.common.SaveStatus;

/**
 * The open transcript: which story the editor shows, its character count, and
 * autosave within a second of the last keystroke (only changed paragraphs are written).
 */
public final class EditorViewModel {

    private final javafx.beans.property.BooleanProperty readOnly = new javafx.beans.property.SimpleBooleanProperty();

    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty caret = new SimpleIntegerProperty();
    private final ReadOnlyIntegerWrapper charCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper paragraphCount = new ReadOnlyIntegerWrapper();
    private final IntegerProperty selectionCount = new SimpleIntegerProperty();
    private final javafx.beans.property.BooleanProperty pasting = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper speakerShares = new ReadOnlyStringWrapper("");
    private final ObservableList<Speaker> roster = FXCollections.observableArrayList();
    private final SaveStatus saveStatus;
    private final BackgroundTasks tasks;
    private final AutosaveTimer autosave;
    private Supplier<Supplier<List<Paragraph>>> transcript = () -> List::of;
    private IntConsumer afterSave = c -> { };
    private StorySaver saver;
    private TranscriptSession session;
    /** Sessions of closed stories whose typing is not yet saved: they keep retrying. */
    private final java.util.Map<java.util.UUID, TranscriptSession> unsaved = new java.util.LinkedHashMap<>();
    private TypingJournal journal;
    private int caretToRestore;

    public EditorViewModel(SaveStatus saveStatus, BackgroundTasks tasks) {
        this.saveStatus = saveStatus;
        this.tasks = tasks;
        this.autosave = new AutosaveTimer(tasks, Duration.ofMillis(300), Duration.ofMillis(900), this::saveNow);
    }

    /** The seam for background work, for the editor's view (the find bar searches long stories there). */
    public BackgroundTasks tasks() {
        return tasks;
    }

    /**
     * The view hands over how to take the transcript as it is now: a cheap snapshot on the
     * FX thread, whose model can be built on any thread later.
     */
    public void setTranscriptSource(Supplier<Supplier<List<Paragraph>>> source) {
        this.transcript = source;
    }

    /** Called after each autosave with the caret, so it can be remembered. */
    public void setAfterSave(IntConsumer afterSave) {
        this.afterSave = afterSave;
    }

    /** Where typing is kept until the store has saved it (null: nowhere but the store). */
    public void useJournal(TypingJournal typingJournal) {
        this.journal = typingJournal;
        if (typingJournal != null) {
            saveStatus.keptIn(typingJournal.folder());
        }
    }

    public void open(Story loaded, StorySaver storySaver, int caretPosition) {
        open(loaded, storySaver, caretPosition, false);
    }

    private final javafx.beans.property.BooleanProperty loading = new javafx.beans.property.SimpleBooleanProperty(false);

    /** True while the store cannot be written (a read-only data folder): the transcript can be read, not typed into. */
    public javafx.beans.property.BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /**
     * True from the moment another story is asked for (Ctrl+N, a click in the library) until it
     * is shown: what is typed meanwhile is held for it, never put into the story still on screen.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Another story is on its way: hold typing for it. */
    public void expectStory() {
        flush();
        loading.set(true);
    }

    /** The story asked for will not come (it could not be read): typing goes on where it was. */
    public void expectNothing() {
        loading.set(false);
    }

    /**
     * Shows {@code loaded}; {@code unsavedContent} says its transcript holds typing the store has
     * not saved yet (from the journal, or a session still retrying), so it is saved again soon.
     */
    public void open(Story loaded, StorySaver storySaver, int caretPosition, boolean unsavedContent) {
        if (session != null && !session.storyId().equals(loaded.id())) {
            flush();
            leave(session);
        }
        TranscriptSession earlier = unsaved.remove(loaded.id());
        if (earlier != null) {
            earlier.stopRetrying();
        }
        this.saver = storySaver;
        this.caretToRestore = caretPosition;
        TranscriptSession opened = new TranscriptSession(loaded, storySaver, saveStatus, tasks, journal, this::sessionSaved);
        this.session = opened;
        roster.setAll(loaded.speakers());
        recount(loaded::paragraphs);
        story.set(loaded);
        loading.set(false);
        if (unsavedContent || earlier != null) {
            opened.edited();
            autosave.changed();
        }
    }

    /**
     * The saver and the transcript as last typed of a closed story whose typing is still being
     * saved, so that opening it again continues from there (never from older text in the store).
     */
    public java.util.Optional<Unsaved> unsavedOf(java.util.UUID id) {
        TranscriptSession s = unsaved.get(id);
        return s == null || s.latest() == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Unsaved(s.saver(), s.latest()));
    }

    /** A closed story's saver and its last typed transcript. */
    public record Unsaved(StorySaver saver, Supplier<List<Paragraph>> transcript) {
    }

    /** True while typing of any story (open or closed) is not yet in the store. */
    public boolean hasUnsaved() {
        return !unsaved.isEmpty() || (session != null && (session.dirty() || autosave.pending()));
    }

    /** Every story with typing not yet saved: the open one first. */
    public List<java.util.UUID> unsavedStories() {
        List<java.util.UUID> ids = new java.util.ArrayList<>();
        if (session != null && session.dirty()) {
            ids.add(session.storyId());
        }
        ids.addAll(unsaved.keySet());
        return ids;
    }

    /** Tries every unsaved story again now (the store is back, or the window closes). */
    public void retryUnsaved() {
        if (session != null) {
            session.retryNow(snapshot -> { });
        }
        for (TranscriptSession s : List.copyOf(unsaved.values())) {
            s.retryNow(snapshot -> { });
        }
    }

    /** Why typing could not be kept in the journal either (it is then only in memory), or null. */
    public Throwable journalProblem() {
        return session == null ? null : session.journalProblem();
    }

    public void close() {
        flush();
        if (session != null) {
            leave(session);
        }
        saver = null;
        story.set(null);
        loading.set(false);
        roster.clear();
        charCount.set(0);
        paragraphCount.set(0);
        speakerShares.set("");
    }

    /**
     * The transcript as the editor shows it now (paragraph ids unknown), taken at once on the FX
     * thread; its paragraphs are built when asked for, on any thread.
     */
    public Supplier<List<Paragraph>> transcriptSnapshot() {
        return transcript.get();
    }

    /** The view reports every edit; saving follows within a second. */
    public void edited() {
        if (saver != null) {
            session.edited();
            autosave.changed();
        }
    }

    /** Writes pending edits now (before switching story, an explicit save, or closing). */
    public void flush() {
        autosave.flush();
    }

    private void saveNow() {
        TranscriptSession s = session;
        if (s == null) {
            return;
        }
        Supplier<List<Paragraph>> snapshot = transcript.get();
        // counted as typed, whether or not the store can save it now
        recount(snapshot);
        s.save(snapshot, saved -> { }); // the count was taken above
        afterSave.accept(caret.get());
    }

    /** The story of {@code s} is no longer shown: its typing, if not saved yet, goes on being saved. */
    private void leave(TranscriptSession s) {
        session = null;
        if (s.dirty()) {
            unsaved.put(s.storyId(), s);
        } else if (journal != null) {
            journal.forget(s.storyId());
        }
    }

    private void sessionSaved(TranscriptSession s) {
        if (unsaved.remove(s.storyId(), s)) {
            saveStatus.cleared(s.storyId(), SaveStatus.Kind.TRANSCRIPT);
            if (journal != null) {
                journal.forget(s.storyId());
            }
        }
    }

    /**
     * Pasted text beyond this goes through File → Import, which reads in the background with
     * progress: inserting a whole long transcript (300k characters) into the editor is one
     * ~40 ms layout, anything much larger would stall the window.
     */
    public static final int MAX_PASTE_CHARS = 300_000;
    private static final int PARSE_IN_BACKGROUND_FROM = 50_000;

    /** What a paste turned into, or why it was refused. */
    public sealed interface PasteResult {
        record Paragraphs(List<Paragraph> paragraphs) implements PasteResult {
        }

        record PlainText(String text) implements PasteResult {
        }

        record TooLarge(int length) implements PasteResult {
        }
    }

    /**
     * Reads pasted text as a transcript: speaker labels at paragraph starts become speakers
     * (new labels join the roster). Large pastes are parsed in the background.
     */
    public void paste(String text, java.util.function.Consumer<PasteResult> insert) {
        if (text.length() > MAX_PASTE_CHARS) {
            insert.accept(new PasteResult.TooLarge(text.length()));
            return;
        }
        String clean = withoutControlCharacters(text);
        List<Speaker> rosterNow = List.copyOf(roster);
        java.util.concurrent.Callable<ParsedTranscript> parse = () -> new TranscriptParser().parse(clean, rosterNow);
        java.util.function.Consumer<ParsedTranscript> apply = parsed -> {
            boolean structured = parsed.paragraphs().size() > 1
                    || parsed.paragraphs().stream().anyMatch(p -> p.speakerKey() != null);
            if (!structured) {
                insert.accept(new PasteResult.PlainText(clean));
                return;
            }
            if (!parsed.roster().equals(rosterNow)) {
                changeRoster(parsed.roster());
            }
            insert.accept(new PasteResult.Paragraphs(parsed.paragraphs()));
        };
        if (clean.length() < PARSE_IN_BACKGROUND_FROM) {
            try {
                apply.accept(parse.call());
            } catch (Exception e) {
                insert.accept(new PasteResult.PlainText(clean));
            }
        } else {
            pasting.set(true);
            tasks.run(parse, parsed -> {
                pasting.set(false);
                apply.accept(parsed);
            }, e -> {
                pasting.set(false);
                insert.accept(new PasteResult.PlainText(clean));
            });
        }
    }

    /** Binary junk on the clipboard: keep tabs and line breaks, drop other control characters. */
    static String withoutControlCharacters(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t' || cp == '\r' || !Character.isISOControl(cp)) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** Replaces the roster (add, edit, reorder, remove) and saves it. */
    public void changeRoster(List<Speaker> speakers) {
        roster.setAll(speakers);
        if (saver != null) {
            saveStatus.track(session.storyId(), SaveStatus.Kind.ROSTER, saver.saveSpeakers(List.copyOf(speakers)));
        }
    }

    /** Counting runs over the whole transcript, so it happens in the background. */
    private void recount(Supplier<List<Paragraph>> paragraphs) {
        tasks.run(() -> TranscriptCounts.of(paragraphs.get()), this::show, e -> { });
    }

    private void show(TranscriptCounts counts) {
        if (story.get() == null) {
            return;
        }
        charCount.set(counts.characters());
        paragraphCount.set(counts.paragraphs());
        StringBuilder sb = new StringBuilder();
        for (Speaker s : roster) {
            if (counts.bySpeaker().containsKey(s.key())) {
                if (sb.length() > 0) {
                    sb.append(" · ");
                }
                sb.append(s.label()).append(' ').append(counts.percentOf(s.key())).append('%');
            }
        }
        speakerShares.set(sb.toString());
    }

    /** True while a large paste is being read in the background. */
    public javafx.beans.property.ReadOnlyBooleanProperty pastingProperty() {
        return pasting;
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
