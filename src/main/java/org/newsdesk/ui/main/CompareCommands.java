package org.newsdesk.ui.main;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.ui.compare.CompareView;
import org.newsdesk.ui.compare.CompareViewModel;
import org.newsdesk.ui.editor.EditorView;
import org.newsdesk.ui.editor.RestoreParagraphCommand;
import org.newsdesk.workflow.revisions.ParagraphRestore;

/**
 * File → Revisions… and Story → Changes since last publish: the compare view of the open
 * story, its paragraph restores going into the editor (one undo step each) and its whole-
 * revision restore through the store (the current text kept as a revision first).
 */
final class CompareCommands {

    private final MainViewModel viewModel;
    private final EditorView editor;
    private final Messages messages;
    private final Supplier<Window> window;

    CompareCommands(MainViewModel viewModel, EditorView editor, Messages messages, Supplier<Window> window) {
        this.viewModel = viewModel;
        this.editor = editor;
        this.messages = messages;
        this.window = window;
    }

    /** Opens the compare view of the open story (last published, else last saved, against the current text). */
    void show() {
        open(window.get(), true);
    }

    /** The same view without restoring (beside the Publish… dialog, whose revision is already kept). */
    void showReadOnly(Window owner) {
        open(owner, false);
    }

    private void open(Window owner, boolean restoring) {
        UUID id = viewModel.openStoryProperty().get();
        if (id == null || !viewModel.readyProperty().get()) {
            return;
        }
        RestoreParagraphCommand paragraphs = new RestoreParagraphCommand(editor.area(), editor.commands());
        CompareViewModel.Restorer restorer = new CompareViewModel.Restorer() {
            @Override
            public boolean paragraph(ParagraphRestore.Edit edit, List<Paragraph> expected) {
                return restoring && id.equals(viewModel.openStoryProperty().get()) && paragraphs.apply(edit, expected);
            }

            @Override
            public void revision(int number) {
                if (restoring && id.equals(viewModel.openStoryProperty().get())) {
                    viewModel.restoreRevision(number);
                }
            }

            @Override
            public void flush() {
                viewModel.flush();
            }
        };
        CompareViewModel model = new CompareViewModel(viewModel.tasks(), messages, viewModel.revisionSource(), restorer, id);
        new CompareView(model, messages, owner, restoring).show();
    }
}
