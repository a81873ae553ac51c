package org.newsdesk.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.newsdesk.i18n.Messages;
import org.newsdesk.importer.ImportOrigin;
import org.newsdesk.importer.ImportPreview;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.model.StorySummary;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.store.Startup;
import org.newsdesk.store.Store;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.common.SaveStatus;
import org.newsdesk.ui.compare.CompareViewModel;
import org.newsdesk.ui.editor.EditorViewModel;
import org.newsdesk.ui.importing.ImportViewModel;
import org.newsdesk.ui.library.LibraryViewModel;
import org.newsdesk.ui.media.MediaViewModel;
import org.newsdesk.ui.metadata.MetadataViewModel;
import org.newsdesk.ui.metadata.NameDirectoryViewModel;
import org.newsdesk.ui.metadata.WorkflowViewModel;
import org.newsdesk.ui.preview.OverridesViewModel;
import org.newsdesk.ui.preview.PreviewViewModel;
import org.newsdesk.ui.proof.ProofreadingViewModel;
import org.newsdesk.ui.publishing.SyncViewModel;
import org.newsdesk.workflow.metadata.ChannelList;

/**
 * The main window's state: the store it works on, the library, the open story, and
 * the commands of the menus. Reads run on background threads, writes on the store's
 * writer thread; nothing here touches the disk on the FX thread. The work is shared with
 * {@link MainSession} (the store and what lives with it), {@link StoryOpening} (which story
 * is open), {@link StoryCommands} (new, imported, trashed and renamed stories) and
 * {@link StoryRevisions} (revisions, exports and copies).
 */
public final class MainViewModel {

    /** Whether the Proofreading panel was left open (app state; folded when never set). */
    static final String PROOF_PANEL_OPEN = "ui.proofPanelOpen";

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final SaveStatus saveStatus;
    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final MetadataViewModel metadata;
    private final WorkflowViewModel workflow;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> ready = new ReadOnlyObjectWrapper<>(false);
    private final PreviewViewModel preview;
    private final SyncViewModel sync;
    private final MediaViewModel media;
    private final MainSession session;
    private final StoryOpening opening;
    private final StoryCommands commands;
    private final StoryRevisions revisions;
    private final ClosingDown closing;
    private final NewsroomLink newsroom;
    private Supplier<Preferences> preferences = Preferences::defaults;
    private Consumer<Path> exportFolderChosen = folder -> { };
    private ChannelList channels;

    /**
     * The main window's model over an opened data folder; {@link #begin} shows the library and the story.
     * @param channels the channels a story may be placed in (the newsroom's list)
     * @param folder   the services of the opened data folder (the composition root built them)
     */
    public MainViewModel(BackgroundTasks tasks, Messages messages, ChannelList channels, FolderServices folder) {
        this.tasks = tasks;
        this.messages = messages;
        this.channels = channels;
        Store store = folder.store();
        // the store validates against the preferences' channels, the same list the pane offers
        store.workflow().setChannels(channels);
        store.workflow().signOff().setChain(() -> preferences.get().reviewChain());
        store.workflow().signOff().setEditor(this::editorName);
        this.session = new MainSession(tasks, messages, folder);
        this.saveStatus = new SaveStatus(tasks, messages);
        this.library = new LibraryViewModel(tasks, messages, channels, store, this::report);
        this.editor = new EditorViewModel(saveStatus, tasks);
        this.sync = new SyncViewModel(tasks, messages);
        this.media = new MediaViewModel(tasks, messages, editor.storyProperty(), store, folder.writer());
        this.metadata = new MetadataViewModel(tasks, saveStatus, messages, channels, store, folder.writer());
        this.workflow = new WorkflowViewModel(tasks, messages, this::editorName);
        this.opening = new StoryOpening(tasks, session, editor, metadata, workflow, this::flush, this::report);
        this.commands = new StoryCommands(this, session, opening, messages);
        this.revisions = new StoryRevisions(this, session, opening, messages);
        this.closing = new ClosingDown(this, session, opening, messages);
        this.newsroom = new NewsroomLink(tasks, messages, session, opening, this::flush, this::refreshLibrary,
                library.newsroom(), this::report);
        opening.fetchBodiesWith(newsroom::fetchBody, this::tell, messages);
        this.preview = new PreviewViewModel(tasks, messages, this::currentStory, revisions::exporter,
                () -> session.store().folder().resolve("preview"));
        editor.setAfterSave(caret -> {
            session.remember(Startup.LAST_CARET, Integer.toString(caret));
            UUID saved = opening.openStory();
            session.afterQueuedWrites(() -> library.storySaved(saved), this::report);
            preview.changed();
            opening.saved();
        });
        metadata.setAfterSave(m -> {
            session.afterQueuedWrites(this::refreshLibrary, this::report);
            preview.changed();
            opening.saved();
        });
        editor.roster().addListener((ListChangeListener<Speaker>) c -> preview.changed());
        editor.useJournal(folder.journal());
        metadata.useJournal(folder.metadataJournal());
        notice.set(messages.get("status.opening"));
        editor.pastingProperty().addListener((o, was, now) -> notice.set(now ? messages.get("notice.pasting") : ""));
    }

    /** The one seam for background work, for views that start their own. */
    public BackgroundTasks tasks() {
        return tasks;
    }

    /**
     * Shows the library and reopens the last story ({@code preread}: already read off the FX
     * thread; null: read it now), then takes the search index when it has opened.
     */
    public void begin(Startup preread) {
        Store store = session.store();
        ready.set(true);
        notice.set(store.readOnly() ? messages.get("store.error.readOnly", store.folder()) : "");
        library.reload();
        opening.loadRecent();
        // the last story first, the search index after it: both load classes and read the disk
        Runnable useIndex = () -> session.useIndex(library, this::report);
        if (preread != null) {
            preread.story().ifPresent(story -> opening.show(story, preread.caret()));
            useIndex.run();
        } else {
            opening.openLast(useIndex);
        }
    }

    public void open(UUID id) {
        opening.open(id, 0);
    }

    /** The stories opened last (File → Recent stories, the library's Recent filter). */
    public RecentStories recentStories() {
        return opening.recent();
    }

    public void newStory() {
        commands.newStory();
    }

    public void rename(String headline) {
        metadata.headlineProperty().set(headline);
        metadata.flush();
    }

    public void moveToTrash() {
        commands.moveToTrash();
    }

    public void restoreFromTrash(UUID id, Runnable done) {
        commands.restoreFromTrash(id, done);
    }

    public void listTrash(Consumer<List<StorySummary>> show) {
        commands.listTrash(show);
    }

    /** A new import (File → Import), reading in the background; it looks up earlier imports of the same source. */
    public ImportViewModel newImport() {
        return commands.newImport();
    }

    /** Creates the story the import preview shows (one transaction), records its source and opens it. */
    public void createFromImport(ImportPreview preview, ImportOrigin origin) {
        commands.createFromImport(preview, origin);
    }

    /** The open story as the editor shows it now, unsaved edits included; null when none is open. */
    public Story currentStory() {
        return opening.current();
    }

    /** The newsroom's conversion overrides; saving them makes previews and exports use them. */
    public OverridesViewModel overrides() {
        return revisions.overrides();
    }

    /** The export folder of the preferences (where the last export went, unless changed since). */
    public void exportFolder(Consumer<Path> show) {
        show.accept(preferences.get().exportFolderOr(Path.of(System.getProperty("user.home"))));
    }

    /** Where new stories' editor, time zone and export proposals come from; who hears of an export folder. */
    public void usePreferences(Supplier<Preferences> current, Consumer<Path> exportedTo) {
        this.preferences = current;
        this.exportFolderChosen = exportedTo;
    }

    public Preferences preferences() {
        return preferences.get();
    }

    /** An export went to {@code folder}: it becomes the proposed one. */
    void exportedTo(Path folder) {
        exportFolderChosen.accept(folder);
    }

    /** Preferences → Channels applied: the pane, the library's filter and the store take the new list at once. */
    public void useChannels(ChannelList list) {
        channels = list;
        session.store().workflow().setChannels(list);
        metadata.setChannels(list);
        library.setChannels(list);
    }

    /** Revisions, exports and the review round trip of the open story. */
    StoryRevisions revisions() {
        return revisions;
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
        revisions.saveRevisionThen(then);
    }

    /** Who this editor is (Preferences): recorded with every revision, status move and publication. */
    public String editorName() {
        return preferences.get().editorName();
    }

    /** Where the compare view reads the open story's revisions. */
    public CompareViewModel.Source revisionSource() {
        return revisions.compareSource();
    }

    /** Makes a revision the current content (the current text kept as a revision first) and reloads the story. */
    public void restoreRevision(int number) {
        revisions.restoreRevision(number);
    }

    /**
     * Before the window closes (or is rebuilt): writes what is pending and waits for the writer
     * (at most {@link ClosingDown#CLOSE_WAIT_MILLIS}); then {@code ready} runs, or {@code unsaved}
     * with why, when typing is not in the store.
     */
    public void prepareToClose(Runnable ready, Consumer<String> unsaved) {
        closing.prepareToClose(ready, unsaved);
    }

    /** Where unsaved typing is kept until the store saves it. */
    public Path journalFolder() {
        return session.journalFolder();
    }

    /** "Save a copy as…": the open story as plain text into {@code file} (off the FX thread). */
    public void saveCopy(Path file, Runnable done, Consumer<Throwable> failed) {
        revisions.saveCopy(file, done, failed);
    }

    /** Writes everything pending, remembers where the editor was, and closes the store. */
    public void shutdown(Runnable whenClosed) {
        newsroom.stop(() -> closing.shutdown(whenClosed));
    }

    void flush() {
        editor.flush();
        metadata.flush();
    }

    void refreshLibrary() {
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
            opening.saved();
            then.accept(moved);
        });
    }

    /** The Proofreading panel's model over the open story (the data folder's lists, the name directory's people). */
    public ProofreadingViewModel proofreading() {
        ProofreadingViewModel proofreading = new ProofreadingViewModel(tasks, messages, opening::currentSnapshot,
                () -> session.store().folder(),
                () -> ProofreadingViewModel.people(session.store().names().all()));
        proofreading.rememberPanel(() -> session.store().appState().get(PROOF_PANEL_OPEN).map(Boolean::parseBoolean)
                .orElse(false), open -> session.remember(PROOF_PANEL_OPEN, Boolean.toString(open)));
        return proofreading;
    }

    /** Story → Name directory…: the names of the store, renamed in every story on the writer thread. */
    public NameDirectoryViewModel nameDirectory() {
        return commands.nameDirectory();
    }

    /** Shows {@code text} in the status bar's notice. */
    public void tell(String text) {
        notice.set(text);
    }
    /** Runs the readiness checks on the open story as it is now. */
    public void checkReadiness() {
        opening.checkReadiness();
    }
    /** Rebuilds the search index from the store, telling the editor in the status bar. */
    public void rebuildSearchIndex() {
        library.rebuildIndex(notice::set);
    }

    /** Shows {@code e} in the status bar's notice, in plain words. */
    void report(Throwable e) {
        notice.set(session.describe(e));
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

    /** The newsroom link: indicator, banners, live updates (idle until a session is started). */
    public NewsroomLink newsroom() {
        return newsroom;
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
        return opening.openStoryProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> readyProperty() {
        return ready.getReadOnlyProperty();
    }

    FirstSteps firstSteps() {
        return new FirstSteps(this, session);
    }
}
