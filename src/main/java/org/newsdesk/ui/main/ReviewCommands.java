package org.newsdesk.ui.main;

import java.io.File;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.ui.editor.EditorView;
import org.newsdesk.ui.editor.RestoreParagraphCommand;
import org.newsdesk.ui.review.ReviewPane;
import org.newsdesk.ui.review.ReviewViewModel;
import org.newsdesk.workflow.revisions.ParagraphRestore;

/**
 * File → Import review…: picks the .docx the guest's office sent back and opens the review
 * pane on the open story; accepted suggestions go into the transcript (one undo step each) and
 * the story's next kept revision records the review.
 */
final class ReviewCommands {

    private final MainViewModel viewModel;
    private final EditorView editor;
    private final Messages messages;
    private final Supplier<Window> window;

    ReviewCommands(MainViewModel viewModel, EditorView editor, Messages messages, Supplier<Window> window) {
        this.viewModel = viewModel;
        this.editor = editor;
        this.messages = messages;
        this.window = window;
    }

    void show() {
        UUID id = viewModel.openStoryProperty().get();
        if (id == null || !viewModel.readyProperty().get()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("reviewui.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("reviewui.format.docx"), "*.docx"));
        File file = chooser.showOpenDialog(window.get());
        if (file != null) {
            open(file);
        }
    }

    /** The review pane of {@code file} on the open story, its suggestions read in the background. */
    void open(File file) {
        UUID id = viewModel.openStoryProperty().get();
        if (id == null || !viewModel.readyProperty().get()) {
            return;
        }
        var source = viewModel.revisionSource();
        RestoreParagraphCommand paragraphs = new RestoreParagraphCommand(editor.area(), editor.commands());
        ReviewViewModel.Transcript transcript = new ReviewViewModel.Transcript() {
            @Override
            public void flush() {
                viewModel.flush();
            }

            @Override
            public List<Paragraph> stored() {
                return source.current(id).paragraphs();
            }

            @Override
            public boolean apply(ParagraphRestore.Edit edit, List<Paragraph> expected) {
                return id.equals(viewModel.openStoryProperty().get()) && !editor.area().isDisabled()
                        && paragraphs.apply(edit, expected);
            }

            @Override
            public void reviewed() {
                viewModel.revisions().reviewed();
            }
        };
        ReviewViewModel model = new ReviewViewModel(viewModel.tasks(), messages, viewModel.revisions().reviewRevisions(),
                transcript, id);
        ReviewPane pane = new ReviewPane(model, messages, window.get());
        pane.show();
        model.load(file.toPath());
    }
}
