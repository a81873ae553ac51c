package org.newsdesk.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.newsdesk.export.ExportErrorText;
import org.newsdesk.export.ExportException;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.export.ExportSummary;
import org.newsdesk.export.StoryPages;
import org.newsdesk.export.review.Review;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.StorySaver;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.compare.CompareViewModel;
import org.newsdesk.ui.preview.OverridesViewModel;

/**
 * Revisions of the open story and what goes out of the store: keeping a revision (Ctrl+S, and
 * before an export or a publication), reading revisions for the compare view, restoring one, exporting a revision,
 * and a plain-text copy. Reads and exports run in the background, writes on the writer thread.
 */
final class StoryRevisions {

    private final MainViewModel main;
    private final MainSession session;
    private final StoryOpening opening;
    private final BackgroundTasks tasks;
    private final Messages messages;
    /** Made in the background on first use: its conversion dictionaries take a moment to load. */
    private volatile StoryPages exporter;
    /** The story whose review suggestions were accepted since its last kept revision, or null. */
    private UUID reviewedStory;

    StoryRevisions(MainViewModel main, MainSession session, StoryOpening opening, Messages messages) {
        this.main = main;
        this.session = session;
        this.opening = opening;
        this.tasks = main.tasks();
        this.messages = messages;
    }

    /** Keeps a revision of the open story (pending edits written first), then runs {@code then} with it. */
    void saveRevisionThen(Consumer<RevisionInfo> then) {
        StorySaver saver = opening.saver();
        if (saver == null) {
            return;
        }
        main.flush();
        UUID id = opening.openStory();
        boolean reviewedNow = id != null && id.equals(reviewedStory);
        var revision = saver.saveRevision(reviewedNow ? messages.get("review.revisionNote", main.editorName())
                : main.editorName());
        main.saveStatus().track(revision);
        tasks.whenDone(revision, info -> {
            if (reviewedNow && id.equals(reviewedStory)) {
                reviewedStory = null;
            }
            main.tell(messages.get("notice.revisionSaved", info.number()));
            main.refreshLibrary();
            then.accept(info);
        }, main::report);
    }

    /** Suggestions of the guest's office were accepted into the open story: its next kept revision says so. */
    void reviewed() {
        reviewedStory = opening.openStory();
    }

    /** Where a returned review document finds the revision it was exported from (empty when gone). */
    Review.Revisions reviewRevisions() {
        Store store = session.store();
        return (story, number) -> {
            try {
                return Optional.of(store.stories().revision(story, number));
            } catch (StoreException e) {
                if (e.problem() == StoreException.Problem.NOT_FOUND) {
                    return Optional.empty();
                }
                throw e;
            }
        };
    }

    /** Where the compare view reads the open story's versions (the current one after the writes queued so far). */
    CompareViewModel.Source compareSource() {
        return CompareViewModel.Source.of(session.store(), session.writer());
    }

    /**
     * Makes a revision the current content and reloads the story. The current text is kept as a
     * revision first (none new when it is one already), so nothing is lost.
     */
    void restoreRevision(int number) {
        UUID id = opening.openStory();
        if (id == null) {
            return;
        }
        saveRevisionThen(kept -> restoreKept(id, number));
    }

    private void restoreKept(UUID id, int number) {
        if (!id.equals(opening.openStory())) {
            return;
        }
        Store store = session.store();
        var restored = session.writer().submit(() -> {
            Story current = store.stories().get(id);
            return store.stories().restoreRevision(id, current.version(), number);
        });
        main.saveStatus().track(restored);
        tasks.whenDone(restored, story -> {
            opening.reopen(story, 0);
            session.indexChanged(story.id());
            main.tell(messages.get("notice.revisionRestored", number));
            main.refreshLibrary();
        }, main::report);
    }

    /** Exports the open story (pending edits included, kept as a revision first: a bundle's name carries it). */
    /** Exports as chosen in the Export dialog: a Word document or an HTML bundle. */
    void export(ExportDialog.Choice chosen) {
        if (chosen.docx()) {
            exportDocx(chosen.options(), chosen.folder());
        } else {
            export(chosen.options(), chosen.folder(), chosen.zip());
        }
    }

    void export(ExportOptions options, Path folder, boolean zip) {
        Story story = main.currentStory();
        if (story == null || session.closed()) {
            return;
        }
        main.exportedTo(folder.toAbsolutePath());
        saveRevisionThen(info -> exportRevision(story.id(), info.number(), options, folder, zip));
    }

    /**
     * Exports the open story as a Word document for the guest's office's review, from a revision
     * kept first (the document names it, so the review can be read against it), off the FX thread.
     */
    void exportDocx(ExportOptions options, Path folder) {
        Story story = main.currentStory();
        if (story == null || session.closed()) {
            return;
        }
        main.exportedTo(folder.toAbsolutePath());
        saveRevisionThen(info -> {
            main.tell(messages.get("notice.exporting"));
            Status status = main.workflow().statusProperty().get();
            Store store = session.store();
            tasks.run(() -> exporter().docx().export(store.stories().revision(story.id(), info.number())
                            .withStatus(status), options.labels(), folder),
                    file -> main.tell(messages.get("reviewui.exported", file)),
                    e -> main.tell(e instanceof ExportException ee ? ExportErrorText.describe(ee, messages)
                            : messages.get("notice.error", String.valueOf(e.getMessage()))));
        });
    }

    private void exportRevision(UUID id, int number, ExportOptions options, Path folder, boolean zip) {
        main.tell(messages.get("notice.exporting"));
        Status status = main.workflow().statusProperty().get();
        Store store = session.store();
        tasks.run(() -> exporter().export(store.stories().revision(id, number).withStatus(status), options, folder, zip),
                result -> main.tell(ExportSummary.text(result, messages)),
                e -> main.tell(e instanceof ExportException ee ? ExportErrorText.describe(ee, messages)
                        : messages.get("notice.error", String.valueOf(e.getMessage()))));
    }

    /** The pages maker of the store, made on first use (off the FX thread: previews and exports call it there). */
    StoryPages exporter() {
        StoryPages made = exporter;
        if (made == null) {
            synchronized (this) {
                if (exporter == null) {
                    exporter = StoryPages.forStore(session.store());
                }
                made = exporter;
            }
        }
        return made;
    }

    /** The newsroom's conversion overrides; saving them makes previews and exports use them. */
    OverridesViewModel overrides() {
        return new OverridesViewModel(tasks, messages, session.store().folder(), () -> {
            exporter = null;
            main.preview().changed();
        });
    }

    /** "Save a copy as…": the open story as plain text into {@code file} (off the FX thread). */
    void saveCopy(Path file, Runnable done, Consumer<Throwable> failed) {
        Story story = main.currentStory();
        if (story == null) {
            done.run();
            return;
        }
        tasks.run(() -> {
            UnsavedWork.writeCopy(UnsavedWork.plainText(story), file);
            return file;
        }, written -> {
            main.tell(messages.get("notice.copySaved", written));
            done.run();
        }, failed);
    }
}
