package org.newsdesk.ui.proof;

import java.time.Duration;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsdesk.i18n.Messages;
import org.newsdesk.proof.Finding;
import org.newsdesk.i18n.ProofText;
import org.newsdesk.ui.editor.EditorView;
import org.newsdesk.ui.editor.TranscriptArea;

/**
 * The Proofreading panel under the transcript: every finding with its category, message and
 * suggestion; Fix, Ignore once, Ignore always (this story or the newsroom) and Fix all
 * conversion errors. The story is checked again once typing pauses, in the background.
 */
public final class ProofreadingPane {

    static final Duration PAUSE = Duration.ofMillis(600);

    private final VBox root = new VBox(6);
    private final ListView<Finding> list = new ListView<>();
    private final ProofreadingViewModel viewModel;
    private final EditorView editor;
    private final Messages messages;
    private final ProofMarks marks;

    public ProofreadingPane(ProofreadingViewModel viewModel, EditorView editor, Messages messages) {
        this.viewModel = viewModel;
        this.editor = editor;
        this.messages = messages;
        this.marks = new ProofMarks(editor.area());
        root.setId("proofPane");
        root.setPadding(new Insets(6));
        Label title = new Label(messages.get("proof.panel.title"));
        title.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.setId("proofSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        list.setId("proofFindings");
        list.setItems(viewModel.findings());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : describe(f));
            }
        });
        list.setPrefHeight(160);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, f) -> reveal(f));
        Button fix = button("proofFix", "proof.panel.fix", this::fixSelected);
        Button once = button("proofIgnoreOnce", "proof.panel.ignoreOnce", () -> selected(viewModel::ignoreOnce));
        Button story = button("proofIgnoreStory", "proof.panel.ignoreStory",
                () -> selected(f -> viewModel.ignoreAlways(f, false)));
        Button newsroom = button("proofIgnoreNewsroom", "proof.panel.ignoreNewsroom",
                () -> selected(f -> viewModel.ignoreAlways(f, true)));
        Button all = button("proofFixAll", "proof.fixAll", () -> {
            editor.fixConversionErrors();
            viewModel.check();
        });
        fix.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        once.disableProperty().bind(fix.disableProperty());
        story.disableProperty().bind(fix.disableProperty());
        newsroom.disableProperty().bind(fix.disableProperty());
        // nothing to fix in one step unless the list holds a conversion error with its correction
        all.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.findings().stream().noneMatch(Finding::safe), viewModel.findings()));
        // the buttons wrap rather than shrink to "…" when the pane is narrow
        FlowPane buttons = new FlowPane(6, 6, fix, once, story, newsroom, all);
        root.getChildren().addAll(new HBox(12, title, summary), list, buttons);

        TranscriptArea area = editor.area();
        // checked again once typing pauses; the check itself runs in the background
        area.multiPlainChanges().successionEnds(PAUSE).subscribe(changes -> viewModel.check());
        viewModel.findings().addListener((ListChangeListener<Finding>) c -> marks.show(viewModel.findings()));
    }

    private String describe(Finding f) {
        String where = f.field() != null ? messages.get("proof.field." + f.field().id())
                : messages.get("proof.where.paragraph", Integer.parseInt(f.paragraphId()) + 1);
        return where + " · " + ProofText.category(f, messages) + " · " + ProofText.message(f, messages);
    }

    private void reveal(Finding f) {
        if (f != null && f.paragraphId() != null) {
            editor.reveal(Integer.parseInt(f.paragraphId()), f.start(), f.end() - f.start());
        }
    }

    /** Applies the selected finding's suggestion in the transcript, as one undo step. */
    private void fixSelected() {
        Finding f = list.getSelectionModel().getSelectedItem();
        if (f == null || f.suggestion() == null || f.paragraphId() == null) {
            return;
        }
        TranscriptArea area = editor.area();
        int p = Integer.parseInt(f.paragraphId());
        if (p >= area.getParagraphs().size() || f.end() > area.getParagraphLength(p)) {
            return;
        }
        String now = area.getParagraph(p).getText().substring(f.start(), f.end());
        if (!now.equals(f.found()) && f.start() != f.end()) {
            viewModel.check();
            return;
        }
        area.getUndoManager().preventMerge();
        area.replaceText(area.getAbsolutePosition(p, f.start()), area.getAbsolutePosition(p, f.end()), f.suggestion());
        area.getUndoManager().preventMerge();
        viewModel.findings().remove(f);
    }

    private void selected(java.util.function.Consumer<Finding> action) {
        Finding f = list.getSelectionModel().getSelectedItem();
        if (f != null) {
            action.accept(f);
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    int marksShown() {
        return marks.count();
    }

    public Node root() {
        return root;
    }
}
