package org.newsdesk.ui.importing;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsdesk.i18n.Messages;
import org.newsdesk.importer.ImportErrorText;
import org.newsdesk.importer.ImportException;
import org.newsdesk.importer.ImportNote;
import org.newsdesk.importer.ImportPreview;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.text.LabelColon;

/**
 * File → Import: what was detected, before the story is created. The editor can fix a
 * speaker's role, merge two labels that are the same person and pick another encoding.
 */
public final class ImportDialog extends Dialog<ImportPreview> {

    private static final int SHOWN_PARAGRAPHS = 12;
    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final ImportViewModel viewModel;
    private final Messages messages;
    private final GridPane metadata = new GridPane();
    private final TableView<Speaker> roster = new TableView<>();
    private final ListView<String> paragraphs = new ListView<>();
    private final Label notes = new Label();
    private final ListView<ImportNote> report = new ListView<>();
    private final Label error = new Label();
    private final ComboBox<Charset> encoding = new ComboBox<>();
    private final ComboBox<Speaker> mergeInto = new ComboBox<>();
    private Map<String, Integer> counts = Map.of();
    private java.util.function.Consumer<java.util.UUID> openExisting = id -> { };

    public ImportDialog(Window owner, ImportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get("import.title"));
        setResizable(true);
        getDialogPane().setId("importDialog");
        getDialogPane().setPrefSize(860, 680);

        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Button cancelRead = new Button(messages.get("import.cancelReading"));
        cancelRead.setId("importCancelReading");
        cancelRead.visibleProperty().bind(viewModel.busyProperty());
        cancelRead.setOnAction(e -> viewModel.cancel());
        HBox progressRow = new HBox(8, progress, cancelRead);
        progressRow.managedProperty().bind(viewModel.busyProperty());
        HBox.setHgrow(progress, Priority.ALWAYS);

        metadata.setId("importMetadata");
        metadata.setHgap(10);
        metadata.setVgap(3);
        buildRosterTable();
        paragraphs.setId("importParagraphs");
        paragraphs.setPrefHeight(220);
        notes.setId("importNotes");
        notes.setWrapText(true);
        error.setId("importError");
        error.setWrapText(true);
        error.getStyleClass().add("find-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty()); // no empty line above the preview

        encoding.setId("importEncoding");
        encoding.setOnAction(e -> {
            Charset chosen = encoding.getValue();
            ImportPreview p = viewModel.previewProperty().get();
            if (chosen != null && p != null && p.encoding().isPresent() && !chosen.equals(p.encoding().get())) {
                viewModel.reDecode(chosen, this::showError);
            }
        });
        HBox encodingRow = new HBox(8, new Label(messages.get("import.encoding")), encoding);
        // a Word document or a web page has no encoding to choose: no empty choice box
        encodingRow.visibleProperty().bind(encoding.disabledProperty().not());
        encodingRow.managedProperty().bind(encodingRow.visibleProperty());

        mergeInto.setId("importMergeInto");
        mergeInto.setPromptText(messages.get("import.mergeInto"));
        mergeInto.setConverter(speakerNames());
        Button merge = new Button(messages.get("import.merge"));
        merge.setId("importMerge");
        merge.disableProperty().bind(roster.getSelectionModel().selectedItemProperty().isNull()
                .or(mergeInto.valueProperty().isNull()));
        merge.setOnAction(e -> viewModel.merge(mergeInto.getValue().key(),
                roster.getSelectionModel().getSelectedItem().key()));
        HBox mergeRow = new HBox(8, new Label(messages.get("import.mergeSelected")), mergeInto, merge);

        Label earlierText = new Label();
        earlierText.setId("importEarlier");
        earlierText.setWrapText(true);
        Button openEarlier = new Button(messages.get("import.duplicate.open"));
        openEarlier.setId("importOpenEarlier");
        openEarlier.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        earlierText.setMaxWidth(Double.MAX_VALUE);
        earlierText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(earlierText, Priority.ALWAYS);
        HBox earlierRow = new HBox(8, earlierText, openEarlier);
        earlierRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        earlierRow.getStyleClass().add("import-earlier");
        earlierRow.visibleProperty().bind(viewModel.earlierImportProperty().isNotNull());
        earlierRow.managedProperty().bind(earlierRow.visibleProperty());
        viewModel.earlierImportProperty().addListener((obs, old, match) -> earlierText.setText(
                match == null ? "" : messages.get("import.duplicate.text", match.headline())));
        openEarlier.setOnAction(e -> {
            var match = viewModel.earlierImportProperty().get();
            if (match != null) {
                setResult(null);
                close();
                openExisting.accept(match.storyId());
            }
        });


        // the text and what the import guessed about it side by side: a guess marks its paragraph
        VBox text = new VBox(4, label("import.firstParagraphs"), paragraphs);
        VBox guesses = new VBox(4, label("import.report"), buildReport());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox.setHgrow(guesses, Priority.ALWAYS);
        text.setPrefWidth(480);
        guesses.setPrefWidth(360);
        VBox content = new VBox(8, progressRow, error, earlierRow, metadata, encodingRow, label("import.roster"), roster,
                mergeRow, new HBox(8, text, guesses), notes);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);

        ButtonType create = new ButtonType(messages.get("import.create"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(create).setId("importCreate");
        getDialogPane().lookupButton(create).disableProperty().bind(
                viewModel.previewProperty().isNull().or(viewModel.busyProperty()));
        setResultConverter(b -> b == create ? viewModel.previewProperty().get() : null);
        setOnCloseRequest(e -> viewModel.cancel());
        viewModel.previewProperty().addListener((obs, old, p) -> {
            show(p);
            // Enter confirms: the focused button, not the default one, gets Enter in JavaFX
            javafx.application.Platform.runLater(() -> getDialogPane().lookupButton(create).requestFocus());
        });
    }

    /** What "Open the existing story" does when the source was imported before. */
    public void setOnOpenExisting(java.util.function.Consumer<java.util.UUID> action) {
        openExisting = action == null ? id -> { } : action;
    }

    /** Shows why reading failed; the dialog stays so the editor can try another encoding or cancel. */
    public void showError(Throwable e) {
        error.setText(e instanceof ImportException ie ? ImportErrorText.describe(ie, messages)
                : messages.get("notice.error", String.valueOf(e.getMessage())));
    }

    private void show(ImportPreview p) {
        error.setText("");
        if (p == null) {
            return;
        }
        counts = p.paragraphCounts();
        Metadata m = p.metadata();
        metadata.getChildren().clear();
        int row = 0;
        row = row(row, "metadata.headline", m.headline() + (m.series() == null ? "" : "(" + m.series().part() + ")"));
        row = row(row, "import.kicker", m.kicker().isEmpty() ? "" : "【" + m.kicker() + "】" + m.subtitle());
        row = row(row, "metadata.source", m.source());
        row = row(row, "metadata.authors", String.join("、", m.authors()));
        row = row(row, "metadata.editor", m.editor());
        row(row, "import.publishTime", m.publishTime() == null ? "" : PORTAL_TIME.format(m.publishTime()));

        roster.getItems().setAll(p.roster());
        mergeInto.getItems().setAll(p.roster());
        List<String> first = new java.util.ArrayList<>();
        List<Paragraph> all = p.paragraphs();
        for (int i = 0; i < Math.min(SHOWN_PARAGRAPHS, all.size()); i++) {
            first.add(line(p, all.get(i), i == 0 ? null : all.get(i - 1)));
        }
        paragraphs.setItems(FXCollections.observableArrayList(first));
        encoding.getItems().setAll(p.encodingChoices());
        encoding.setValue(p.encoding().orElse(null));
        encoding.setDisable(p.encoding().isEmpty());
        // notes about the whole file stay in one line; guesses about lines go to the report list
        notes.setText(String.join("  ", p.notes().stream().filter(n -> n.line() == 0)
                .map(n -> ImportErrorText.note(n, messages)).toList())
                + "  " + messages.get("import.total", p.paragraphs().size()));
        report.getItems().setAll(p.notes().stream().filter(n -> n.line() > 0).toList());
    }

    /** What the import guessed, line by line; picking one marks its paragraph, Undo takes the guess back. */
    private VBox buildReport() {
        report.setId("importReport");
        report.setPrefHeight(220);
        report.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ImportNote n, boolean empty) {
                super.updateItem(n, empty);
                getStyleClass().remove("import-note-check");
                setText(empty || n == null ? null : ImportErrorText.note(n, messages));
                if (!empty && n != null && n.lowConfidence()) {
                    getStyleClass().add("import-note-check");
                }
            }
        });
        report.getSelectionModel().selectedItemProperty().addListener((obs, old, n) -> markParagraph(n));
        Button undo = new Button(messages.get("import.report.undo"));
        undo.setId("importReportUndo");
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ImportNote n = report.getSelectionModel().getSelectedItem();
            return viewModel.busyProperty().get() || !viewModel.canUndo(n);
        }, report.getSelectionModel().selectedItemProperty(), viewModel.busyProperty(), viewModel.previewProperty()));
        undo.setOnAction(e -> viewModel.undo(report.getSelectionModel().getSelectedItem(), this::showError));
        VBox.setVgrow(report, Priority.ALWAYS);
        return new VBox(4, report, undo);
    }

    /** Selects the first shown paragraph the note is about (its text, or the speaker's first turn). */
    private void markParagraph(ImportNote n) {
        ImportPreview p = viewModel.previewProperty().get();
        if (n == null || p == null) {
            return;
        }
        List<Paragraph> all = p.paragraphs();
        for (int i = 0; i < Math.min(SHOWN_PARAGRAPHS, all.size()); i++) {
            Paragraph par = all.get(i);
            boolean about = !n.speakerKey().isEmpty() ? n.speakerKey().equals(par.speakerKey())
                    : !n.detail().isEmpty() && (par.text().contains(n.detail()) || n.detail().contains(par.text()));
            if (about) {
                paragraphs.getSelectionModel().select(i);
                paragraphs.scrollTo(i);
                return;
            }
        }
        paragraphs.getSelectionModel().clearSelection();
    }

    private int row(int row, String key, String value) {
        Label v = new Label(value);
        v.setId("importField-" + key.substring(key.indexOf('.') + 1));
        metadata.addRow(row, new Label(messages.get(key)), v);
        return row + 1;
    }

    /** As the page will read: the label at a turn's start, continuations indented. */
    private static String line(ImportPreview p, Paragraph par, Paragraph previous) {
        boolean continues = previous != null && par.speakerKey() != null && par.speakerKey().equals(previous.speakerKey());
        if (par.speakerKey() == null || continues) {
            return "    " + par.text();
        }
        Speaker s = p.roster().stream().filter(r -> r.key().equals(par.speakerKey())).findFirst().orElse(null);
        return LabelColon.labelled(s == null ? "?" : s.label()) + par.text();
    }

    private void buildRosterTable() {
        roster.setId("importRoster");
        roster.setEditable(true);
        roster.setPrefHeight(150);
        roster.setMinHeight(112); // the header and two speakers stay in sight; the paragraphs give way first
        TableColumn<Speaker, String> label = new TableColumn<>(messages.get("speaker.label"));
        label.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().label()));
        label.setPrefWidth(160);
        TableColumn<Speaker, SpeakerRole> role = new TableColumn<>(messages.get("speaker.role"));
        role.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue().role()));
        role.setCellFactory(ChoiceBoxTableCell.forTableColumn(roleNames(), SpeakerRole.values()));
        role.setOnEditCommit(e -> viewModel.changeRole(e.getRowValue().key(), e.getNewValue()));
        role.setPrefWidth(120);
        TableColumn<Speaker, String> paragraphCount = new TableColumn<>(messages.get("import.paragraphCount"));
        paragraphCount.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> String.valueOf(counts.getOrDefault(c.getValue().key(), 0))));
        TableColumn<Speaker, String> title = new TableColumn<>(messages.get("speaker.title"));
        title.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().title()));
        title.setPrefWidth(200);
        roster.getColumns().setAll(List.of(label, role, paragraphCount, title));
        // the columns share the dialog's width: at their own widths "Label in the transcript" and
        // "Paragraphs" were cut, and an empty column took the rest
        roster.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    private StringConverter<SpeakerRole> roleNames() {
        return new StringConverter<>() {
            @Override
            public String toString(SpeakerRole r) {
                return r == null ? "" : messages.get("role." + r.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public SpeakerRole fromString(String s) {
                return null;
            }
        };
    }

    private static StringConverter<Speaker> speakerNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Speaker s) {
                return s == null ? "" : s.label();
            }

            @Override
            public Speaker fromString(String s) {
                return null;
            }
        };
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("pane-title");
        return l;
    }
}
