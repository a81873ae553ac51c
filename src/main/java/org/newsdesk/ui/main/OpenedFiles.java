package org.newsdesk.ui.main;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.newsdesk.export.DocxStamp;
import org.newsdesk.export.review.Review;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Story;

/**
 * Files handed to the window, dropped on it or named on the command line: a Word document
 * Newsdesk exported for review, whose story and revision this library keeps, is offered to the
 * review pane (the story opened first); anything else goes to the import preview. The files are
 * looked at in the background and taken one after another.
 */
final class OpenedFiles {

    /** Where a file goes. */
    enum Route { IMPORT, REVIEW }

    /**
     * @param story the revision a review copy came from (null for an import)
     */
    record Routed(Path file, Route route, Story story) {
    }

    private final MainViewModel viewModel;
    private final Messages messages;
    private final Supplier<Window> window;
    private final Consumer<Path> importer;
    private final Consumer<Path> reviewer;

    OpenedFiles(MainViewModel viewModel, Messages messages, Supplier<Window> window, Consumer<Path> importer,
                Consumer<Path> reviewer) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.window = window;
        this.importer = importer;
        this.reviewer = reviewer;
    }

    /**
     * Where {@code file} goes: a .docx stamped with a story and revision that {@code revisions}
     * finds goes to the review; every other file (other documents, review copies of stories not
     * in this library, unreadable files) to the import preview, which explains what it cannot read.
     */
    static Routed route(Path file, Review.Revisions revisions) {
        Path name = file.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            return new Routed(file, Route.IMPORT, null);
        }
        Optional<Story> revision;
        try {
            revision = DocxStamp.origin(file).flatMap(o -> revisions.find(o.story(), o.revision()));
        } catch (RuntimeException e) {
            revision = Optional.empty(); // the store could not say: the import preview reads the file as it is
        }
        return revision.map(r -> new Routed(file, Route.REVIEW, r)).orElse(new Routed(file, Route.IMPORT, null));
    }

    /**
     * Looks at {@code files} in the background, then takes them one after another. Files named on
     * the command line come before the store is open: they wait for it, or a review copy would go
     * to the import preview for want of a library to find its story in.
     */
    void open(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        if (!Boolean.TRUE.equals(viewModel.readyProperty().get())) {
            InvalidationListener[] waiting = new InvalidationListener[1];
            waiting[0] = o -> {
                if (Boolean.TRUE.equals(viewModel.readyProperty().get())) {
                    viewModel.readyProperty().removeListener(waiting[0]);
                    open(files);
                }
            };
            viewModel.readyProperty().addListener(waiting[0]);
            return;
        }
        viewModel.tasks().run(() -> {
            Review.Revisions revisions = viewModel.revisions().reviewRevisions();
            return files.stream().map(f -> route(f, revisions)).toList();
        }, routed -> next(new ArrayDeque<>(routed)), error -> files.forEach(importer));
    }

    private void next(Deque<Routed> queue) {
        Routed routed = queue.poll();
        if (routed == null) {
            return;
        }
        if (routed.route() == Route.REVIEW && askReview(routed)) {
            review(routed.story().id(), routed.file(), () -> next(queue));
        } else {
            importer.accept(routed.file()); // the import preview waits for the editor's answer
            next(queue);
        }
    }

    private boolean askReview(Routed routed) {
        ButtonType review = new ButtonType(messages.get("ux20.open.review"), ButtonBar.ButtonData.OK_DONE);
        ButtonType asNew = new ButtonType(messages.get("ux20.open.asNew"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("ux20.open.body",
                routed.file().getFileName().toString(), routed.story().metadata().headline(), routed.story().revision()),
                review, asNew);
        alert.initOwner(window.get());
        alert.setTitle(messages.get("ux20.open.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("openReviewCopyDialog");
        return alert.showAndWait().filter(review::equals).isPresent();
    }

    /** Opens the story (unless it is open), then the review pane of {@code file} on it. */
    private void review(UUID story, Path file, Runnable then) {
        if (shown(story)) {
            reviewer.accept(file);
            then.run();
            return;
        }
        InvalidationListener[] waiting = new InvalidationListener[1];
        waiting[0] = o -> {
            if (shown(story)) {
                viewModel.openStoryProperty().removeListener(waiting[0]);
                viewModel.readyProperty().removeListener(waiting[0]);
                reviewer.accept(file);
                then.run();
            }
        };
        viewModel.openStoryProperty().addListener(waiting[0]);
        viewModel.readyProperty().addListener(waiting[0]);
        viewModel.open(story);
    }

    private boolean shown(UUID story) {
        return story.equals(viewModel.openStoryProperty().get()) && Boolean.TRUE.equals(viewModel.readyProperty().get());
    }
}
