package org.newsdesk.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.newsdesk.export.ExportErrorText;
import org.newsdesk.export.ExportException;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.export.StoryPages;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.StoreErrorText;
import org.newsdesk.importer.ImportOrigin;
import org.newsdesk.importer.ImportPreview;
import org.newsdesk.importer.ImportedStories;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.model.StorySummary;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.store.IdleCompaction;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.StorySaver;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.sync.Backoff;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.common.SaveStatus;
import org.newsdesk.ui.editor.EditorViewModel;
import org.newsdesk.ui.importing.ImportViewModel;
import org.newsdesk.ui.library.LibraryIndex;
import org.newsdesk.ui.library.LibraryViewModel;
import org.newsdesk.ui.media.MediaViewModel;
import org.newsdesk.ui.metadata.MetadataViewModel;
import org.newsdesk.ui.metadata.NameDirectoryViewModel;
import org.newsdesk.ui.metadata.WorkflowViewModel;
import org.newsdesk.ui.outbox.SyncViewModel;
import org.newsdesk.ui.preview.OverridesViewModel;
import org.newsdesk.ui.preview.PreviewViewModel;
import org.newsdesk.workflow.ChannelList;

/**
 * The main window's state: the store it works on, the library, the open story, and
 * the commands of the menus. Reads run on background threads, writes on the store's
 * writer thread; nothing here touches the disk on the FX thread.
 */
public final class MainViewModel {

    static final String LAST_STORY = "ui.lastStory";
    static final String LAST_CARET = "ui.lastCaret";

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final SaveStatus saveStatus;
    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final MetadataViewModel metadata;
    private final WorkflowViewModel workflow;
    private final ReadOnlyObjectWrapper<UUID> openStory = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> ready = new ReadOnlyObjectWrapper<>(false);
    private final PreviewViewModel preview;
    private final SyncViewModel sync;
    private final MediaViewModel media;
    private Store store;
    private StoreWriter writer;
    private IdleCompaction idleCompaction;
    private StorySaver saver;
    private TypingJournal journal;
    private long openRequest;
    private UUID requested;
    private Supplier<StoreWriter> writers = StoreWriter::new;
    private Supplier<Preferences> preferences = Preferences::defaults;
    private Consumer<Path> exportFolderChosen = folder -> { };
    private LibraryIndex index;
    private ChannelList channels;
    /** Made in the background on first use: its conversion dictionaries take a moment to load. */
    private volatile StoryPages exporter;

    /** @param channels the channels a story may be placed in (the newsroom's list) */
    public MainViewModel(BackgroundTasks tasks, Messages messages, ChannelList channels) {
        this(tasks, messages, channels, Backoff.standard());
    }

    /** @param deliveryBackoff how long the delivery worker waits before trying a failed delivery again */
    public MainViewModel(BackgroundTasks tasks, Messages messages, ChannelList channels,
                         Backoff deliveryBackoff) {
        this.tasks = tasks;
        this.messages = messages;
        this.channels = channels;
        this.saveStatus = new SaveStatus(tasks, messages);
        this.library = new LibraryViewModel(tasks, messages, channels);
        this.editor = new EditorViewModel(saveStatus, tasks);
        this.sync = new SyncViewModel(tasks, messages, deliveryBackoff);
        this.media = new MediaViewModel(tasks, messages, editor.storyProperty());
        this.metadata = new MetadataViewModel(tasks, saveStatus, messages, channels);
        this.workflow = new WorkflowViewModel(tasks, messages, this::editorName);
        this.preview = new PreviewViewModel(tasks, messages, this::currentStory, this::exporter,
                () -> store.folder().resolve("preview"));
        editor.setAfterSave(caret -> {
            remember(LAST_CARET, Integer.toString(caret));
            preview.changed();
            storySaved();
        });
        metadata.setAfterSave(m -> {
            afterQueuedWrites(this::refreshLibrary);
            preview.changed();
            storySaved();
        });
        editor.roster().addListener((ListChangeListener<Speaker>) c -> preview.changed());
        notice.set(messages.get("status.opening"));
        editor.pastingProperty().addListener((o, was, now) -> notice.set(now ? messages.get("notice.pasting") : ""));
    }

    /** How the store's writer is made (tests: one whose disk fails or is slow on demand). */
    public void useWriters(Supplier<StoreWriter> made) {
        this.writers = made;
    }

    /** The one seam for background work, for views that start their own. */
    public BackgroundTasks tasks() {
        return tasks;
    }

    /** Starts working on an opened store: shows the library and reopens the last story. */
    public void attach(Store openedStore) {
        attach(openedStore, null);
    }

    /**
     * As {@link #attach(Store)}, with the last story already read off the FX thread
     * ({@code preread}, or null to read it now in the background).
     */
    public void attach(Store openedStore, Startup preread) {
        this.store = openedStore;
        // the store validates against the preferences' channels, the same list the pane offers
        openedStore.workflow().setChannels(channels);
        this.writer = writers.get();
        this.journal = new TypingJournal(openedStore.folder());
        editor.useJournal(journal);
        this.idleCompaction = IdleCompaction.start(openedStore, writer);
        media.attach(openedStore, writer);
        ready.set(true);
        notice.set("");
        metadata.attach(openedStore, writer);
        library.attach(openedStore, this::report);
        // the last story first, the search index after it: both load classes and read the disk
        if (preread != null) {
            preread.story().ifPresent(story -> show(story, preread.caret()));
            openIndex(openedStore);
            return;
        }
        TypingJournal kept = journal;
        tasks.whenDone(writer.submit(() -> UnsavedWork.replayThenRead(openedStore, kept)), startup -> {
            startup.story().ifPresent(story -> show(story, startup.caret()));
            openIndex(openedStore);
        }, error -> {
            report(error);
            openIndex(openedStore);
        });
    }

    private void openIndex(Store openedStore) {
        tasks.run(() -> LibraryIndex.open(openedStore), opened -> {
            if (store != openedStore) {
                tasks.run(() -> {
                    opened.close();
                    return null;
                }, x -> { }, this::report);
                return;
            }
            index = opened;
            library.attachIndex(opened);
            library.refreshIndex(opened, this::report);
        }, this::report);
    }

    /** What the window opens with from a store: the last story, if it is still in the library, and its caret. */
    public record Startup(Optional<Story> story, int caret) {

        /** Reads it (store reads only: call it off the FX thread). */
        public static Startup read(Store store) {
            Optional<Story> last = store.appState().get(LAST_STORY).flatMap(id -> store.stories().resolveId(id))
                    .filter(id -> store.stories().inLibrary(id)).flatMap(id -> store.stories().find(id));
            int caret = store.appState().get(LAST_CARET).map(Integer::parseInt).orElse(0);
            return new Startup(last, caret);
        }
    }

    public void open(UUID id) {
        open(id, 0);
    }

    private void open(UUID id, int caret) {
        if (store == null || id.equals(requested)) {
            return;
        }
        // the latest request wins: one still being read is dropped
        requested = id;
        long request = ++openRequest;
        if (id.equals(openStory.get())) {
            // back to the story on screen before the other one came: typing stays here
            editor.expectNothing();
            return;
        }
        flush();
        editor.expectStory();
        // read after the writes queued so far (read-your-writes)
        Store s = store;
        TypingJournal kept = journal;
        tasks.whenDone(writer.submit(() -> UnsavedWork.read(s, kept, id)), opened -> {
            if (request == openRequest) {
                show(opened.story(), opened.journaled(), caret);
            }
        }, error -> {
            if (request == openRequest) {
                editor.expectNothing();
            }
            report(error);
        });
    }

    private void show(Story story, int caret) {
        show(story, null, caret);
    }

    /** Shows {@code stored}, with typing not yet saved ({@code journaled}, or a session still saving) in place. */
    private void show(Story stored, Story journaled, int caret) {
        Story story = stored;
        var unsaved = editor.unsavedOf(stored.id());
        boolean unsavedContent = unsaved.isPresent() || journaled != null;
        if (unsaved.isPresent()) {
            saver = unsaved.get().saver();
            story = UnsavedWork.withParagraphs(stored, unsaved.get().transcript().get());
        } else {
            saver = new StorySaver(store, writer, stored);
            if (journaled != null) {
                story = UnsavedWork.withParagraphs(stored, journaled.paragraphs());
            }
        }
        requested = story.id();
        editor.open(story, saver, caret, unsavedContent);
        metadata.open(story, saver);
        workflow.open(story, saver, store.workflow());
        openStory.set(story.id());
        remember(LAST_STORY, story.id().toString());
    }

    public void newStory() {
        if (store == null) {
            return;
        }
        Metadata blank = preferences.get().newStoryMetadata();
        editor.expectStory();
        Store s = store;
        tasks.whenDone(writer.submit(() -> s.stories().create(blank, List.of(), List.of())), story -> {
            refreshLibrary();
            open(story.id());
        }, error -> {
            editor.expectNothing();
            report(error);
        });
    }

    public void rename(String headline) {
        metadata.headlineProperty().set(headline);
        metadata.flush();
    }

    public void moveToTrash() {
        UUID id = openStory.get();
        if (id == null) {
            return;
        }
        closeStory();
        Store s = store;
        var trashed = writer.submit(() -> {
            s.stories().moveToTrash(id);
            return id;
        });
        saveStatus.track(trashed);
        tasks.whenDone(trashed, x -> {
            if (index != null) {
                index.storyRemoved(id);
            }
            notice.set(messages.get("notice.trashed"));
            refreshLibrary();
        }, this::report);
    }

    public void restoreFromTrash(UUID id, Runnable done) {
        Store s = store;
        var restored = writer.submit(() -> {
            s.stories().restoreFromTrash(id);
            return id;
        });
        saveStatus.track(restored);
        tasks.whenDone(restored, x -> {
            indexChanged(id);
            refreshLibrary();
            done.run();
        }, this::report);
    }

    public void listTrash(Consumer<List<StorySummary>> show) {
        tasks.run(() -> store.stories().list(true), show, this::report);
    }

    /** A new import (File → Import), reading in the background; it looks up earlier imports of the same source. */
    public ImportViewModel newImport() {
        Store s = store;
        return new ImportViewModel(tasks, origin -> s == null ? Optional.empty() : ImportedStories.existing(s, origin));
    }

    /** Creates the story the import preview shows (one transaction), records its source and opens it. */
    public void createFromImport(ImportPreview preview, ImportOrigin origin) {
        if (store == null) {
            return;
        }
        Store s = store;
        var created = writer.submit(() -> ImportedStories.create(s, preview, origin));
        saveStatus.track(created);
        tasks.whenDone(created, story -> {
            indexChanged(story.id());
            refreshLibrary();
            open(story.id());
            notice.set(messages.get("notice.imported", story.paragraphs().size()));
        }, this::report);
    }

    /** The open story as the editor shows it now, unsaved edits included; null when none is open. */
    public Story currentStory() {
        Story loaded = editor.storyProperty().get();
        if (loaded == null) {
            return null;
        }
        Status status = workflow.statusProperty().get() == null ? loaded.status() : workflow.statusProperty().get();
        return new Story(loaded.id(), metadata.currentSlug(), status, metadata.current(), List.copyOf(editor.roster()),
                editor.transcriptNow(), loaded.revision(), loaded.version(), loaded.createdAt(), loaded.updatedAt());
    }

    private StoryPages exporter() {
        StoryPages made = exporter;
        if (made == null) {
            synchronized (this) {
                if (exporter == null) {
                    exporter = StoryPages.forStore(store);
                }
                made = exporter;
            }
        }
        return made;
    }

    /** The newsroom's conversion overrides; saving them makes previews and exports use them. */
    public OverridesViewModel overrides() {
        return new OverridesViewModel(tasks, messages, store.folder(), () -> {
            exporter = null;
            preview.changed();
        });
    }

    /** The export folder of the preferences (where the last export went, unless changed since). */
    public void exportFolder(Consumer<java.nio.file.Path> show) {
        show.accept(preferences.get().exportFolderOr(Path.of(System.getProperty("user.home"))));
    }

    /**
     * Where new stories' editor and time zone and the export proposals come from, and who
     * hears of a folder the editor exported to (it becomes the proposed one).
     */
    public void usePreferences(Supplier<Preferences> current, Consumer<Path> exportedTo) {
        this.preferences = current;
        this.exportFolderChosen = exportedTo;
    }

    public Preferences preferences() {
        return preferences.get();
    }

    /**
     * Preferences → Channels applied: the pane, the library's filter and the store all take
     * the new list at once, so a new channel can be used and a removed one is reported.
     */
    public void useChannels(ChannelList list) {
        channels = list;
        if (store != null) {
            store.workflow().setChannels(list);
        }
        metadata.setChannels(list);
        library.setChannels(list);
    }

    /** Exports the open story (pending edits included) and remembers the folder. */
    public void export(ExportOptions options, java.nio.file.Path folder, boolean zip) {
        Story story = currentStory();
        if (story == null || store == null) {
            return;
        }
        exportFolderChosen.accept(folder.toAbsolutePath());
        // a bundle's name carries its revision: changed content is kept as a new revision first
        saveRevisionThen(info -> exportRevision(story.id(), info.number(), options, folder, zip));
    }

    private void exportRevision(UUID id, int number, ExportOptions options, Path folder, boolean zip) {
        notice.set(messages.get("notice.exporting"));
        Status status = workflow.statusProperty().get();
        tasks.run(() -> exporter().export(store.stories().revision(id, number).withStatus(status), options, folder, zip),
                result -> notice.set(org.newsdesk.export.ExportSummary.text(result, messages)),
                e -> notice.set(e instanceof ExportException ee ? ExportErrorText.describe(ee, messages)
                        : messages.get("notice.error", String.valueOf(e.getMessage()))));
    }

    /** Ctrl+S: writes what is pending and keeps an immutable revision. */
    public void saveRevision() {
        saveRevisionThen(() -> { });
    }

    /** As {@link #saveRevision()}, then runs {@code then} (publishing publishes the revision just kept). */
    public void saveRevisionThen(Runnable then) {
        saveRevisionThen(info -> then.run());
    }

    /** As above, with the revision kept (the last one when nothing changed since: no new revision then). */
    public void saveRevisionThen(Consumer<RevisionInfo> then) {
        if (saver == null) {
            return;
        }
        flush();
        var revision = saver.saveRevision(editorName());
        saveStatus.track(revision);
        tasks.whenDone(revision, info -> {
            notice.set(messages.get("notice.revisionSaved", info.number()));
            refreshLibrary();
            then.accept(info);
        }, this::report);
    }

    /** Who this editor is (Preferences): recorded with every revision, status move and publication. */
    public String editorName() {
        return preferences.get().editorName();
    }

    public void listRevisions(Consumer<List<RevisionInfo>> show) {
        UUID id = openStory.get();
        if (id != null) {
            tasks.run(() -> store.stories().revisions(id), show, this::report);
        }
    }

    /** Makes a revision the current content and reloads the story. */
    public void restoreRevision(int number) {
        UUID id = openStory.get();
        if (id == null) {
            return;
        }
        flush();
        var restored = writer.submit(() -> {
            Story current = store.stories().get(id);
            return store.stories().restoreRevision(id, current.version(), number);
        });
        saveStatus.track(restored);
        tasks.whenDone(restored, story -> {
            reopen(story, 0);
            indexChanged(story.id());
            notice.set(messages.get("notice.revisionRestored", number));
            refreshLibrary();
        }, this::report);
    }

    /** How long closing waits for the writer before asking the editor. */
    static final long CLOSE_WAIT_MILLIS = 10_000;

    /**
     * Before the window closes (or is rebuilt): writes what is pending, showing that it does,
     * and waits for the writer at most {@link #CLOSE_WAIT_MILLIS}. Then {@code ready} runs, or
     * {@code unsaved} with why, when typing is not in the store (a failed save, a writer that
     * has not finished): nothing queued is dropped meanwhile.
     */
    public void prepareToClose(Runnable ready, Consumer<String> unsaved) {
        if (store == null) {
            ready.run();
            return;
        }
        flush();
        editor.retryUnsaved();
        notice.set(messages.get("notice.savingBeforeClose"));
        StoreWriter w = writer;
        TypingJournal j = journal;
        tasks.run(() -> UnsavedWork.waitFor(w, j, CLOSE_WAIT_MILLIS), done -> {
            notice.set("");
            if (!done || editor.hasUnsaved() || saveStatus.hasFailures()) {
                unsaved.accept(saveStatus.stateProperty().get() == SaveStatus.State.FAILED
                        ? saveStatus.textProperty().get() : messages.get("close.unsaved.stillSaving"));
            } else {
                ready.run();
            }
        }, e -> unsaved.accept(String.valueOf(e.getMessage())));
    }

    /** Where unsaved typing is kept until the store saves it. */
    public Path journalFolder() {
        return journal == null ? null : journal.folder();
    }

    /** "Save a copy as…": the open story as plain text into {@code file} (off the FX thread). */
    public void saveCopy(Path file, Runnable done, Consumer<Throwable> failed) {
        Story story = currentStory();
        if (story == null) {
            done.run();
            return;
        }
        tasks.run(() -> {
            UnsavedWork.writeCopy(UnsavedWork.plainText(story), file);
            return file;
        }, written -> {
            notice.set(messages.get("notice.copySaved", written));
            done.run();
        }, failed);
    }

    /** Writes everything pending, remembers where the editor was, and closes the store. */
    public void shutdown(Runnable whenClosed) {
        if (store == null) {
            whenClosed.run();
            return;
        }
        flush();
        media.close();
        sync.close();
        UUID id = openStory.get();
        int caret = editor.caretProperty().get();
        Store closing = store;
        StoreWriter closingWriter = writer;
        idleCompaction.close();
        LibraryIndex closingIndex = index;
        TypingJournal closingJournal = journal;
        store = null;
        index = null;
        library.detach();
        tasks.run(() -> {
            if (closingIndex != null) {
                closingIndex.close();
            }
            closingWriter.submit(() -> {
                if (id != null) {
                    closing.appState().put(LAST_STORY, id.toString());
                    closing.appState().put(LAST_CARET, Integer.toString(caret));
                }
                return null;
            });
            closingWriter.close();
            closingJournal.close();
            closing.close();
            return null;
        }, x -> whenClosed.run(), e -> whenClosed.run());
    }

    private void closeStory() {
        editor.close();
        metadata.close();
        workflow.close();
        saver = null;
        requested = null;
        openStory.set(null);
    }

    private void flush() {
        editor.flush();
        metadata.flush();
    }

    private void refreshLibrary() {
        library.reload();
    }

    /** Moves the open story to {@code to} (after writing what is pending); a refusal lists the failures. */
    public void moveTo(Status to) {
        moveTo(to, moved -> { });
    }

    /** As {@link #moveTo(Status)}; {@code then} hears of the status the story moved to (not of a refusal). */
    public void moveTo(Status to, Consumer<Status> then) {
        workflow.moveTo(to, this::flush, moved -> {
            if (moved == Status.READY) {
                // submitted for review: its names are final enough to offer them again
                metadata.namesCommitted();
            }
            refreshLibrary();
            preview.changed();
            storySaved();
            then.accept(moved);
        });
    }

    /** The Proofreading panel's model over the open story (the data folder's lists, the name directory's people). */
    public org.newsdesk.ui.proof.ProofreadingViewModel proofreading() {
        return new org.newsdesk.ui.proof.ProofreadingViewModel(tasks, messages, this::currentStory,
                () -> store == null ? null : store.folder(),
                () -> store == null ? java.util.Set.of() : org.newsdesk.ui.proof.ProofreadingViewModel.people(store.names().all()));
    }

    /** Story → Name directory…: the names of the store, renamed in every story on the writer thread. */
    public NameDirectoryViewModel nameDirectory() {
        if (store == null) {
            return null;
        }
        // what is typed is written before a rename (queued after it), so no save goes stale
        return new NameDirectoryViewModel(tasks, messages, store.names(), writer,
                this::flush, this::namesRenamed);
    }

    /** A rename changed these stories: re-index them, show the library again, and reload the open one. */
    private void namesRenamed(List<UUID> changed) {
        changed.forEach(this::indexChanged);
        refreshLibrary();
        UUID id = openStory.get();
        if (id != null && changed.contains(id)) {
            flush();
            Store s = store;
            // read after the queued writes, so the open story comes back with its new version
            tasks.whenDone(writer.submit(() -> s.stories().get(id)), story -> {
                if (id.equals(openStory.get())) {
                    reopen(story, editor.caretProperty().get());
                }
            }, this::report);
        }
    }

    /** Shows {@code story} again in every pane, with a fresh saver for its version. */
    private void reopen(Story story, int caret) {
        openStory.set(null);
        show(story, caret);
    }

    /** Shows {@code text} in the status bar's notice. */
    public void tell(String text) {
        notice.set(text);
    }

    /** Runs the readiness checks on the open story as it is now. */
    public void checkReadiness() {
        workflow.check(this::currentStory);
    }

    /** Rebuilds the search index from the store, telling the editor in the status bar. */
    public void rebuildSearchIndex() {
        library.rebuildIndex(notice::set);
    }

    /** After a save of the open story: re-index it once the write is done, and keep the checklist current. */
    private void storySaved() {
        UUID id = openStory.get();
        if (id != null) {
            indexChanged(id);
        }
        if (workflow.reportProperty().get() != null) {
            checkReadiness();
        }
    }

    /** Runs {@code then} on the FX thread once the writes queued so far are done (so reads see them). */
    private void afterQueuedWrites(Runnable then) {
        if (writer != null) {
            tasks.whenDone(writer.submit(() -> null), x -> then.run(), this::report);
        }
    }

    private void indexChanged(UUID id) {
        LibraryIndex i = index;
        if (i != null && writer != null) {
            // after the writes queued so far: the index reads the story as written
            writer.submit(() -> null).thenRun(() -> i.storyChanged(id));
        }
    }

    private void remember(String key, String value) {
        if (writer != null && store != null) {
            Store s = store;
            writer.submit(() -> {
                s.appState().put(key, value);
                return null;
            });
        }
    }

    private void report(Throwable e) {
        boolean cannotWrite = e instanceof StoreException se && journal != null
                && (se.problem() == StoreException.Problem.DISK_FULL || se.problem() == StoreException.Problem.WRITE_FAILED);
        notice.set(cannotWrite ? StoreErrorText.describeSave(e, journal.folder(), messages)
                : e instanceof StoreException se ? StoreErrorText.describe(se, messages)
                : messages.get("notice.error", String.valueOf(e.getMessage())));
    }

    public LibraryViewModel library() {
        return library;
    }

    public MediaViewModel media() {
        return media;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public MetadataViewModel metadata() {
        return metadata;
    }

    /** Publishing: the outbox, the targets, the delivery worker. */
    public SyncViewModel sync() {
        return sync;
    }

    public WorkflowViewModel workflow() {
        return workflow;
    }

    public PreviewViewModel preview() {
        return preview;
    }

    public SaveStatus saveStatus() {
        return saveStatus;
    }

    public ReadOnlyObjectProperty<UUID> openStoryProperty() {
        return openStory.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
