package org.newsdesk.ui.proof;

import java.time.Duration;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.ProofText;
import org.newsdesk.proof.Finding;
import org.newsdesk.ui.editor.EditorView;
import org.newsdesk.ui.editor.TranscriptArea;

/**
 * The Proofreading panel under the transcript: every finding with where it is (paragraph or
 * metadata field), its category and message; Fix, Ignore once, Ignore always (this story or the
 * newsroom), Fix all conversion errors and the wording list. Findings are underlined in the
 * transcript and marked on their metadata fields. The story is checked again once typing
 * pauses, in the background. The panel starts folded to its one-line header (with the count of
 * findings), so the transcript gets the room; it opens by the header's button or the
 * Proofreading command and stays as the user left it, also at the next start
 * ({@link ProofreadingViewModel#panelOpenProperty()}). Its list and buttons are built when it
 * first opens: a window that never opens it does not pay for them at start.
 */
public final class ProofreadingPane {

    static final Duration PAUSE = Duration.ofMillis(600);
    /** Where the divider goes when the panel opens, unless the user has moved it. */
    static final double OPEN_DIVIDER = 0.68;

    private final VBox root = new VBox(6);
    private final ToggleButton toggle = new ToggleButton();
    private final BooleanProperty expanded;
    /** The list and its buttons: built when the panel first opens. */
    private VBox body;
    private ListView<Finding> list;
    private final ProofreadingViewModel viewModel;
    private final EditorView editor;
    private final Messages messages;
    private final ProofUnderlines underlines;
    private final FieldMarks fields;
    private final ProofHover hover;
    private SplitPane split;
    private double openDivider = OPEN_DIVIDER;
    private boolean marksDue;

    /** The metadata pane's fields are marked once it is built ({@link #markMetadataFields}). */
    public ProofreadingPane(ProofreadingViewModel viewModel, EditorView editor, Messages messages) {
        this.viewModel = viewModel;
        this.editor = editor;
        this.messages = messages;
        TranscriptArea area = editor.area();
        this.underlines = new ProofUnderlines(area);
        this.fields = new FieldMarks(messages, viewModel::check);
        this.hover = new ProofHover(area, messages, viewModel::checked, viewModel::findings);
        this.expanded = viewModel.panelOpenProperty();
        root.setId("proofPane");
        root.setPadding(new Insets(4, 6, 6, 6));
        Label title = new Label(messages.get("proof.panel.title"));
        title.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.setId("proofSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        toggle.setId("proofToggle");
        toggle.getStyleClass().add("proof-toggle");
        toggle.selectedProperty().bindBidirectional(expanded);
        toggle.textProperty().bind(Bindings.when(expanded).then("▾").otherwise("▸"));
        toggle.setAccessibleText(messages.get("proof.panel.toggle"));
        toggle.setTooltip(new javafx.scene.control.Tooltip(messages.get("proof.panel.toggle")));
        HBox header = new HBox(8, toggle, title, summary);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setId("proofHeader");
        header.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                toggle();
            }
        });

        root.getChildren().add(header);

        // checked again once typing pauses; the check itself runs in the background
        area.multiPlainChanges().successionEnds(PAUSE).subscribe(changes -> viewModel.check());
        // a result changes several findings one by one: the marks are drawn once, after the last
        viewModel.findings().addListener((ListChangeListener<Finding>) c -> showMarksSoon());
        expanded.addListener((o, was, now) -> fold(now));
        fold(expanded.get());
    }

    /** The findings' list and the buttons under it, built the first time the panel opens. */
    private void buildBody() {
        body = new VBox(6);
        list = new ListView<>();
        list.setId("proofFindings");
        list.setItems(viewModel.findings());
        list.setCellFactory(v -> new ListCell<>() {
            {
                // a long message wraps to the list's width instead of running off its right edge
                setWrapText(true);
                prefWidthProperty().bind(v.widthProperty().subtract(24));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : describe(f));
            }
        });
        list.setPrefHeight(160);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        body.setId("proofBody");
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
        Button wording = button("proofWording", "proof.panel.wording", this::editWording);
        // nothing is fixed in a read-only data folder (the transcript cannot be typed into there either)
        fix.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(editor.area().editableProperty().not()));
        once.disableProperty().bind(fix.disableProperty());
        story.disableProperty().bind(fix.disableProperty());
        newsroom.disableProperty().bind(fix.disableProperty());
        // nothing to fix in one step unless the list holds a conversion error with its correction
        all.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.findings().stream().noneMatch(Finding::safe), viewModel.findings())
                .or(editor.area().editableProperty().not()));
        // the buttons wrap rather than shrink to "…" when the pane is narrow
        FlowPane buttons = new FlowPane(6, 6, fix, once, story, newsroom, all, wording);
        body.getChildren().addAll(list, buttons);
        root.getChildren().add(body);
    }

    private void showMarksSoon() {
        if (!marksDue) {
            marksDue = true;
            javafx.application.Platform.runLater(() -> {
                marksDue = false;
                showMarks();
            });
        }
    }

    private void showMarks() {
        underlines.show(viewModel.checked(), viewModel.findings());
        fields.show(viewModel.findings());
    }

    /**
     * Marks findings on the metadata pane's fields from now on (it is built after the window's first
     * frame): {@code metadataFields} gives the pane's text control for a field id (headline …), or null.
     */
    public void markMetadataFields(Function<String, TextInputControl> metadataFields) {
        fields.attach(metadataFields);
        fields.show(viewModel.findings());
    }

    /** The transcript above, this panel below, in a split that gives the transcript the room while the panel is folded. */
    public SplitPane withTranscript(Node transcript) {
        split = new SplitPane(transcript, root);
        split.setId("transcriptAndProof");
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(root, false);
        fold(expanded.get());
        return split;
    }

    private void fold(boolean open) {
        if (open && body == null) {
            buildBody();
        }
        if (body != null) {
            body.setVisible(open);
            body.setManaged(open);
        }
        root.setMaxHeight(open ? Double.MAX_VALUE : Region.USE_PREF_SIZE);
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("folded"), !open);
        if (split == null) {
            return;
        }
        if (open) {
            split.setDividerPositions(openDivider);
        } else {
            double now = split.getDividerPositions()[0];
            if (now > 0.15 && now < 0.95) {
                openDivider = now;
            }
            split.setDividerPositions(1.0);
        }
    }

    /** Whether the panel shows its list (false: folded to the header). */
    public BooleanProperty expandedProperty() {
        return expanded;
    }

    /** Opens the panel if it is folded, folds it if it is open (the Proofreading command). */
    public void toggle() {
        expanded.set(!expanded.get());
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

    /** Applies the selected finding's suggestion in the transcript (one undo step) or in its metadata field. */
    private void fixSelected() {
        Finding f = list == null ? null : list.getSelectionModel().getSelectedItem();
        if (f == null || f.suggestion() == null) {
            return;
        }
        if (f.field() != null) {
            if (fields.fix(f)) {
                viewModel.findings().remove(f);
            } else {
                viewModel.check();
            }
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

    private void editWording() {
        if (root.getScene() != null) {
            new WordingDialog(root.getScene().getWindow(), viewModel.wording(), messages).show();
        }
    }

    private void selected(java.util.function.Consumer<Finding> action) {
        Finding f = list == null ? null : list.getSelectionModel().getSelectedItem();
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

    /** Paragraphs restyled for underlines so far (tests and the editor benchmark: typing restyles only what changed). */
    public int paragraphsRestyled() {
        return underlines.restyled();
    }

    String fieldMark(org.newsdesk.proof.ProofField field) {
        return fields.markOf(field);
    }

    String hoverTextAt(int position) {
        return hover.describeAt(position, viewModel.checked(), viewModel.findings(), messages);
    }

    public Node root() {
        return root;
    }
}
