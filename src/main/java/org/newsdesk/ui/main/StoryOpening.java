package org.newsdesk.ui.main;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.BodyHolds;
import org.newsdesk.store.Startup;
import org.newsdesk.store.Store;
import org.newsdesk.store.StorySaver;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.editor.EditorViewModel;
import org.newsdesk.ui.metadata.MetadataViewModel;
import org.newsdesk.ui.metadata.WorkflowViewModel;

/**
 * Which story is open and how one is opened: read on the writer thread after the writes queued
 * so far (read-your-writes), the latest request winning, shown in the editor, the metadata pane
 * and the workflow with its journaled or still-saving typing in place.
 */
final class StoryOpening {

    private final BackgroundTasks tasks;
    private final java.util.List<Runnable> afterSave = new java.util.ArrayList<>();
    private final MainSession session;
    private final EditorViewModel editor;
    private final MetadataViewModel metadata;
    private final WorkflowViewModel workflow;
    private final Runnable flush;
    private final Consumer<Throwable> report;
    private final ReadOnlyObjectWrapper<UUID> openStory = new ReadOnlyObjectWrapper<>();
    private final RecentStories recent = new RecentStories();
    private StorySaver saver;
    private Function<UUID, CompletionStage<Story>> fetchBody;
    private Consumer<String> tell = text -> { };
    private Messages messages;
    private long openRequest;
    private UUID requested;
    /** Holds on the texts of the story asked for and the one shown: no newsroom drop takes them. */
    private final java.util.Map<UUID, BodyHolds.Hold> holds = new java.util.HashMap<>();
    /** Stories being created (new, imported) that will open once written. */
    private int creating;

    StoryOpening(BackgroundTasks tasks, MainSession session, EditorViewModel editor, MetadataViewModel metadata,
                 WorkflowViewModel workflow, Runnable flush, Consumer<Throwable> report) {
        this.tasks = tasks;
        this.session = session;
        this.editor = editor;
        this.metadata = metadata;
        this.workflow = workflow;
        this.flush = flush;
        this.report = report;
    }

    /** The story on screen, or null. */
    UUID openStory() {
        return openStory.get();
    }

    ReadOnlyObjectProperty<UUID> openStoryProperty() {
        return openStory.getReadOnlyProperty();
    }

    /** The open story as the editor shows it now, unsaved edits included; null when none is open. */
    Story current() {
        Supplier<Story> now = currentSnapshot();
        return now == null ? null : now.get();
    }

    /**
     * The open story as the editor shows it now, taken on the FX thread without building its
     * transcript (that happens when the story is asked for, on any thread); null when none is open.
     */
    Supplier<Story> currentSnapshot() {
        Story loaded = editor.storyProperty().get();
        if (loaded == null) {
            return null;
        }
        Status status = workflow.statusProperty().get() == null ? loaded.status() : workflow.statusProperty().get();
        String slug = metadata.currentSlug();
        var fields = metadata.current();
        List<org.newsdesk.model.Speaker> speakers = List.copyOf(editor.roster());
        Supplier<List<org.newsdesk.model.Paragraph>> transcript = editor.transcriptSnapshot();
        return () -> new Story(loaded.id(), slug, status, fields, speakers, transcript.get(), loaded.revision(),
                loaded.version(), loaded.createdAt(), loaded.updatedAt());
    }

    /** A story is being created and opens once written (it records itself as the last story). */
    void creating() {
        creating++;
    }

    /** The story being created was written (or could not be). */
    void created() {
        creating = Math.max(0, creating - 1);
    }

    /**
     * The story to reopen at the next start, as the window closes: the one asked for last (shown
     * or still being read), or null while a created story is on its way (it recorded itself).
     */
    UUID storyToRemember() {
        if (creating > 0) {
            return null;
        }
        return requested != null ? requested : openStory.get();
    }

    /** What saves the open story, or null when none is open. */
    StorySaver saver() {
        return saver;
    }

    /** At start: writes what the journal kept into the store, then shows the last story; {@code then} runs either way. */
    void openLast(Runnable then) {
        Store store = session.store();
        TypingJournal kept = session.journal();
        TypingJournal keptMetadata = session.metadataJournal();
        tasks.whenDone(session.writer().submit(() -> UnsavedWork.replayThenRead(store, kept, keptMetadata)), startup -> {
            startup.story().ifPresent(story -> show(story, startup.caret()));
            then.run();
        }, error -> {
            report.accept(error);
            then.run();
        });
    }

    /**
     * How the text of a newsroom story joined with its metadata only is fetched (the newsroom
     * session, off the FX thread), and where the window says it is being fetched or cannot be.
     */
    void fetchBodiesWith(Function<UUID, CompletionStage<Story>> fetch, Consumer<String> tell, Messages messages) {
        this.fetchBody = fetch;
        this.tell = tell;
        this.messages = messages;
    }

    void open(UUID id, int caret) {
        open(id, caret, true);
    }

    private void open(UUID id, int caret, boolean mayFetch) {
        Store store = session.store();
        if (session.closed() || id.equals(requested)) {
            return;
        }
        // the latest request wins: one still being read is dropped
        requested = id;
        long request = ++openRequest;
        // held from now on, so an unused text is not dropped between the read below and the editor showing it
        holdOnly(id);
        if (id.equals(openStory.get())) {
            // back to the story on screen before the other one came: typing stays here
            editor.expectNothing();
            return;
        }
        flush.run();
        editor.expectStory();
        // read after the writes queued so far (read-your-writes)
        TypingJournal kept = session.journal();
        TypingJournal keptMetadata = session.metadataJournal();
        tasks.whenDone(session.writer().submit(() -> {
            store.newsroom().bodies().holds().awaitDrop();
            return store.newsroom().bodies().listed(id)
                    ? Optional.<UnsavedWork.Opened>empty() : Optional.of(UnsavedWork.read(store, kept, keptMetadata, id));
        }), opened -> {
            if (request != openRequest) {
                return;
            }
            if (opened.isPresent()) {
                show(opened.get().story(), opened.get().journaled(), opened.get().journaledMetadata(), caret);
            } else {
                fetchThenOpen(id, caret, request, mayFetch);
            }
        }, error -> {
            if (request == openRequest) {
                editor.expectNothing();
                requested = null;
                holdOnly(null);
            }
            report.accept(error);
        });
    }

    /** Holds the texts of {@code asked} (when not null) and of the story shown, and releases the others. */
    private void holdOnly(UUID asked) {
        UUID shown = openStory.get();
        holds.values().removeIf(h -> {
            boolean stays = h.story().equals(asked) || h.story().equals(shown);
            if (!stays) {
                h.close();
            }
            return !stays;
        });
        for (UUID id : new UUID[] {asked, shown}) {
            if (id != null && !holds.containsKey(id)) {
                holds.put(id, session.store().newsroom().bodies().holds().hold(id));
            }
        }
    }

    /** Only the metadata of this newsroom story is here: the editor waits while its text is fetched. */
    private void fetchThenOpen(UUID id, int caret, long request, boolean mayFetch) {
        Runnable notHere = () -> {
            if (request == openRequest) {
                requested = null;
                holdOnly(null);
                editor.expectNothing();
                tell.accept(messages == null ? "" : messages.get("nrmeta.body.offline"));
            }
        };
        if (!mayFetch || fetchBody == null) {
            notHere.run();
            return;
        }
        tell.accept(messages.get("nrmeta.body.loading"));
        tasks.whenDone(fetchBody.apply(id), fetched -> {
            if (request == openRequest) {
                tell.accept("");
                requested = null;
                open(id, caret, false); // now read from the store like any story
            }
        }, error -> notHere.run());
    }

    void show(Story story, int caret) {
        show(story, null, null, caret);
    }

    /**
     * Shows {@code stored}, with typing not yet saved in place: the transcript ({@code journaled},
     * or a session still saving) and the metadata ({@code journaledMetadata}, or a save still retrying).
     */
    private void show(Story stored, Story journaled, Story journaledMetadata, int caret) {
        Story story = stored;
        var unsaved = editor.unsavedOf(stored.id());
        var unsavedMetadata = metadata.unsavedOf(stored.id());
        boolean unsavedContent = unsaved.isPresent() || journaled != null;
        Store store = session.store();
        if (unsaved.isPresent()) {
            saver = unsaved.get().saver();
            story = UnsavedWork.withParagraphs(stored, unsaved.get().transcript().get());
        } else if (unsavedMetadata.isPresent()) {
            saver = unsavedMetadata.get().saver();
        } else {
            saver = new StorySaver(store, session.writer(), stored);
            if (journaled != null) {
                story = UnsavedWork.withParagraphs(stored, journaled.paragraphs());
            }
        }
        Story typedMetadata = unsavedMetadata.map(u -> u.typed()).orElse(journaledMetadata);
        if (typedMetadata != null) {
            story = UnsavedWork.withMetadata(story, typedMetadata);
        }
        requested = story.id();
        // a read-only data folder: the story can be read and exported, not typed into
        editor.readOnlyProperty().set(store.readOnly());
        metadata.setReadOnly(store.readOnly());
        editor.open(story, saver, caret, unsavedContent);
        metadata.open(story, saver);
        if (journaledMetadata != null && unsavedMetadata.isEmpty()) {
            metadata.saveAsShown();
        }
        workflow.open(story, saver, store.workflow());
        if (!story.id().equals(openStory.get())) {
            // shown again in place (a colleague's change merged in): the last story is the same
            openStory.set(story.id());
            session.remember(Startup.LAST_STORY, story.id().toString());
        }
        holdOnly(null);
        recent.opened(story.id(), story.metadata().headline(), session::remember);
    }

    /** The stories opened last, newest first. */
    RecentStories recent() {
        return recent;
    }

    /** Reads the list of recent stories kept in the store. */
    void loadRecent() {
        Store store = session.store();
        tasks.run(() -> RecentStories.read(store), read -> recent.show(read, session::remember), report);
    }

    /** Shows {@code story} again in every pane, with a fresh saver for its version. */
    /** Where the caret is in the open story. */
    int caret() {
        return editor.caretProperty().get();
    }

    void reopen(Story story, int caret) {
        openStory.set(null);
        show(story, caret);
    }

    /** Closes the open story in every pane. */
    void close() {
        editor.close();
        metadata.close();
        workflow.close();
        saver = null;
        requested = null;
        openStory.set(null);
        holdOnly(null);
    }

    /** Runs {@code r} after every save of the open story (the newsroom pushes it at once). */
    void whenSaved(Runnable r) {
        afterSave.add(r);
    }

    /** After a save of the open story: re-index it once the write is done, and keep the checklist current. */
    void saved() {
        afterSave.forEach(Runnable::run);
        UUID id = openStory.get();
        if (id != null) {
            session.indexChanged(id);
        }
        if (workflow.reportProperty().get() != null) {
            checkReadiness();
        }
    }

    /** Runs the readiness checks on the open story as it is now. */
    void checkReadiness() {
        workflow.check(this::current);
    }
}
