package org.newsdesk.ui.main;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.newsdesk.i18n.Messages;
import org.newsdesk.importer.ImportOrigin;
import org.newsdesk.importer.ImportPreview;
import org.newsdesk.importer.ImportedStories;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.StorySummary;
import org.newsdesk.store.Startup;
import org.newsdesk.store.Store;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.editor.EditorViewModel;
import org.newsdesk.ui.importing.ImportViewModel;
import org.newsdesk.ui.metadata.NameDirectoryViewModel;

/**
 * The commands that add stories to the library or take them out of it: a new story, an import,
 * the trash, and renames in the name directory. Each writes on the writer thread, then
 * re-indexes, shows the library again and opens (or reloads) the story concerned.
 */
final class StoryCommands {

    private final MainViewModel main;
    private final MainSession session;
    private final StoryOpening opening;
    private final EditorViewModel editor;
    private final BackgroundTasks tasks;
    private final Messages messages;

    StoryCommands(MainViewModel main, MainSession session, StoryOpening opening, Messages messages) {
        this.main = main;
        this.session = session;
        this.opening = opening;
        this.editor = main.editor();
        this.tasks = main.tasks();
        this.messages = messages;
    }

    void newStory() {
        Store s = session.store();
        if (session.closed()) {
            return;
        }
        Metadata blank = main.preferences().newStoryMetadata();
        editor.expectStory();
        opening.creating();
        tasks.whenDone(session.writer().submit(() -> remembered(s, s.stories().create(blank, List.of(), List.of()))), story -> {
            opening.created();
            main.refreshLibrary();
            opening.open(story.id(), 0);
        }, error -> {
            opening.created();
            editor.expectNothing();
            main.report(error);
        });
    }

    void moveToTrash() {
        UUID id = opening.openStory();
        if (id == null) {
            return;
        }
        opening.close();
        Store s = session.store();
        var trashed = session.writer().submit(() -> {
            s.stories().moveToTrash(id);
            return id;
        });
        main.saveStatus().track(trashed);
        tasks.whenDone(trashed, x -> {
            opening.recent().removed(id, session::remember);
            session.indexRemoved(id);
            main.tell(messages.get("notice.trashed"));
            main.refreshLibrary();
        }, main::report);
    }

    void restoreFromTrash(UUID id, Runnable done) {
        Store s = session.store();
        var restored = session.writer().submit(() -> {
            s.stories().restoreFromTrash(id);
            return id;
        });
        main.saveStatus().track(restored);
        tasks.whenDone(restored, x -> {
            session.indexChanged(id);
            main.refreshLibrary();
            done.run();
        }, main::report);
    }

    void listTrash(Consumer<List<StorySummary>> show) {
        Store s = session.store();
        tasks.run(() -> s.stories().list(true), show, main::report);
    }

    /** A new import, reading in the background; it looks up earlier imports of the same source. */
    ImportViewModel newImport() {
        Store s = session.store();
        return new ImportViewModel(tasks, origin -> ImportedStories.existing(s, origin));
    }

    /** Creates the story the import preview shows (one transaction), records its source and opens it. */
    void createFromImport(ImportPreview preview, ImportOrigin origin) {
        Store s = session.store();
        if (session.closed()) {
            return;
        }
        opening.creating();
        var created = session.writer().submit(() -> remembered(s, ImportedStories.create(s, preview, origin)));
        main.saveStatus().track(created);
        tasks.whenDone(created, story -> {
            opening.created();
            session.indexChanged(story.id());
            main.refreshLibrary();
            opening.open(story.id(), 0);
            main.tell(messages.get("notice.imported", story.paragraphs().size()));
        }, error -> {
            opening.created();
            main.report(error);
        });
    }

    /**
     * Records {@code story}, just created, as the one to reopen at the next start, in the same
     * writer task: a window closed before it is shown (a large import) still reopens it.
     */
    private static org.newsdesk.model.Story remembered(Store s, org.newsdesk.model.Story story) {
        s.appState().put(Startup.LAST_STORY, story.id().toString());
        s.appState().put(Startup.LAST_CARET, "0");
        return story;
    }

    /** The names of the store, renamed in every story on the writer thread; null without a store. */
    NameDirectoryViewModel nameDirectory() {
        Store s = session.store();
        if (session.closed()) {
            return null;
        }
        // what is typed is written before a rename (queued after it), so no save goes stale
        return new NameDirectoryViewModel(tasks, messages, s.names(), session.writer(),
                main::flush, this::namesRenamed);
    }

    /** A rename changed these stories: re-index them, show the library again, and reload the open one. */
    private void namesRenamed(List<UUID> changed) {
        changed.forEach(session::indexChanged);
        main.refreshLibrary();
        UUID id = opening.openStory();
        if (id != null && changed.contains(id)) {
            main.flush();
            Store s = session.store();
            // read after the queued writes, so the open story comes back with its new version
            tasks.whenDone(session.writer().submit(() -> s.stories().get(id)), story -> {
                if (id.equals(opening.openStory())) {
                    opening.reopen(story, editor.caretProperty().get());
                }
            }, main::report);
        }
    }
}
