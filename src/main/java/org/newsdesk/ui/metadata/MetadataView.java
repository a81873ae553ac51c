package org.newsdesk.ui.metadata;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.store.SeriesInfo;
import org.newsdesk.workflow.metadata.ChannelList;
import org.newsdesk.workflow.metadata.MetadataField;
import org.newsdesk.workflow.names.NameKind;
import org.newsdesk.workflow.readiness.ReadinessTarget;

/**
 * The right-hand pane: status and readiness on top, then the page's metadata in collapsible
 * sections. Each field shows its problem right under it (and as a ControlsFX decoration);
 * the previews show the headline block as the portal will.
 */
public final class MetadataView {

    private final VBox content = new VBox(6);
    private final ScrollPane root = new ScrollPane(content);
    private final MetadataViewModel viewModel;
    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<MetadataField, Control> controls = new EnumMap<>(MetadataField.class);
    private final Map<MetadataField, Label> problemLabels = new EnumMap<>(MetadataField.class);
    private final CheckComboBox<String> channels = new CheckComboBox<>();
    private final WorkflowPanel workflow;
    private VBox section;
    private boolean syncingChannels;

    /**
     * @param moveTo       moves the open story to a status
     * @param check        runs the readiness checks now
     * @param toParagraph  shows a place in the transcript
     * @param openStory    opens another story (a part of the series) in the editor
     */
    public MetadataView(MetadataViewModel viewModel, WorkflowViewModel workflowViewModel, Messages messages,
                        Consumer<Status> moveTo, Runnable check, Consumer<ReadinessTarget.InParagraph> toParagraph,
                        Consumer<java.util.UUID> openStory) {
        this.viewModel = viewModel;
        this.messages = messages;
        root.setId("metadataPane");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add("metadata-pane");
        content.setPadding(new Insets(10));
        content.setMinWidth(0);
        workflow = new WorkflowPanel(workflowViewModel, messages, moveTo, check, target -> {
            if (target instanceof ReadinessTarget.Field f) {
                focus(f.field());
            } else if (target instanceof ReadinessTarget.InParagraph p) {
                toParagraph.accept(p);
            }
        });
        content.getChildren().add(workflow.root());
        validation.setErrorDecorationEnabled(true);

        section("pageSection", "metadata.section.page");
        portalPreview();
        textField(MetadataField.HEADLINE);
        textField(MetadataField.KICKER);
        textField(MetadataField.SUBTITLE);
        textArea(MetadataField.SUMMARY, 3);
        textField(MetadataField.KEYWORDS);
        textField(MetadataField.SLUG);

        section("peopleSection", "metadata.section.people");
        names(textField(MetadataField.SOURCE), NameKind.SOURCE);
        names(textField(MetadataField.AUTHORS), NameKind.AUTHOR);
        names(textField(MetadataField.EDITOR), NameKind.EDITOR);

        section("timeSection", "metadata.section.time");
        textField(MetadataField.PUBLISH_TIME).setPromptText("2015-07-31 10:02:54");
        TextFields.bindAutoCompletion(textField(MetadataField.TIME_ZONE),
                r -> java.time.ZoneId.getAvailableZoneIds().stream()
                        .filter(z -> z.toLowerCase(java.util.Locale.ROOT).contains(r.getUserText().toLowerCase(java.util.Locale.ROOT)))
                        .sorted().limit(12).toList());
        textField(MetadataField.EMBARGO_UNTIL).setPromptText(messages.get("metadata.embargoPrompt"));

        section("placementSection", "metadata.section.placement");
        channelPicker();
        series(textField(MetadataField.SERIES_NAME));
        HBox parts = new HBox(8, fieldBox(MetadataField.PART), fieldBox(MetadataField.TOTAL));
        section.getChildren().add(parts);
        seriesParts(openStory);

        section("noteSection", "metadata.section.note");
        textArea(MetadataField.INTERNAL_NOTE, 4);

        viewModel.problems().addListener((MapChangeListener<MetadataField, String>) c -> showProblem(c.getKey()));
    }

    /** The text control of the field whose id is {@code id} (headline, kicker …), or null. */
    public TextInputControl textControl(String id) {
        for (var e : controls.entrySet()) {
            if (e.getKey().id().equals(id) && e.getValue() instanceof TextInputControl t) {
                return t;
            }
        }
        return null;
    }

    private void section(String id, String titleKey) {
        section = new VBox(4);
        TitledPane pane = new TitledPane(messages.get(titleKey), section);
        pane.setId(id);
        pane.setExpanded(true);
        // a jump to a field opens its section and scrolls there at once
        pane.setAnimated(false);
        content.getChildren().add(pane);
    }

    private TextField textField(MetadataField field) {
        TextField f = new TextField();
        add(field, f);
        return f;
    }

    private void textArea(MetadataField field, int rows) {
        TextArea a = new TextArea();
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        add(field, a);
    }

    private void add(MetadataField field, TextInputControl control) {
        section.getChildren().add(bind(field, control));
    }

    /** A field with its label and problem line, for placing side by side. */
    private VBox fieldBox(MetadataField field) {
        TextField f = new TextField();
        f.setPrefColumnCount(4);
        VBox box = bind(field, f);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private VBox bind(MetadataField field, TextInputControl control) {
        String label = messages.get(field.labelKey());
        Label caption = new Label(label);
        control.setId(field.id() + "Field");
        control.setAccessibleText(label);
        caption.setLabelFor(control);
        control.textProperty().bindBidirectional(viewModel.field(field));
        control.disableProperty().bind(viewModel.editableProperty().not());
        return register(field, control, caption);
    }

    private VBox register(MetadataField field, Control control, Label caption) {
        Label problem = new Label();
        problem.setId(field.id() + "Problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.setManaged(false);
        controls.put(field, control);
        problemLabels.put(field, problem);
        validation.registerValidator(control, false, (Control c, Object value) -> {
            String message = viewModel.problems().get(field);
            return ValidationResult.fromErrorIf(c, message == null ? "" : message, message != null);
        });
        return new VBox(2, caption, control, problem);
    }

    /** The page's head as the portal shows it: headline with part, metadata line, 【column】subtitle. */
    private void portalPreview() {
        VBox box = new VBox(2);
        box.setId("portalPreview");
        box.getStyleClass().add("portal-preview");
        preview(box, "headlinePreview", viewModel.headlinePreviewProperty(), "preview-headline");
        preview(box, "metadataLinePreview", viewModel.metadataLinePreviewProperty(), "preview-line");
        preview(box, "kickerPreview", viewModel.kickerPreviewProperty(), "preview-kicker");
        box.visibleProperty().bind(viewModel.headlinePreviewProperty().isNotEmpty()
                .or(viewModel.kickerPreviewProperty().isNotEmpty()));
        box.managedProperty().bind(box.visibleProperty());
        section.getChildren().add(box);
    }

    private void preview(VBox box, String id, javafx.beans.value.ObservableValue<String> text, String style) {
        Label l = new Label();
        l.setMinWidth(0);
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().addAll("metadata-preview", style);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        box.getChildren().add(l);
    }

    private void names(TextField field, NameKind kind) {
        TextFields.bindAutoCompletion(field, r -> viewModel.suggestions(kind, r.getUserText()));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                viewModel.namesCommitted();
            }
        });
    }

    private void series(TextField name) {
        var binding = TextFields.bindAutoCompletion(name, r -> viewModel.seriesSuggestions(r.getUserText()),
                new StringConverter<SeriesInfo>() {
                    @Override
                    public String toString(SeriesInfo s) {
                        return s.name();
                    }

                    @Override
                    public SeriesInfo fromString(String text) {
                        return null;
                    }
                });
        binding.setOnAutoCompleted(e -> viewModel.joinSeries(e.getCompletion().id(), e.getCompletion().name()));
    }

    /** The series' parts in order under its fields: the others as links, this one in bold, gaps as missing. */
    private void seriesParts(Consumer<java.util.UUID> openStory) {
        VBox list = new VBox(2);
        list.setId("seriesParts");
        Label caption = new Label(messages.get("metadata.series.parts"));
        Runnable fill = () -> {
            list.getChildren().setAll(caption);
            for (SeriesPart p : viewModel.seriesParts()) {
                String headline = p.headline().isBlank() ? messages.get("library.untitled") : p.headline();
                Control line;
                if (p.missing()) {
                    line = new Label(messages.get("metadata.series.missing", p.number()));
                    line.getStyleClass().add("series-part-missing");
                } else if (p.current()) {
                    line = new Label(messages.get("metadata.series.part", p.number(), headline));
                    line.getStyleClass().add("series-part-current");
                } else {
                    javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(
                            messages.get("metadata.series.part", p.number(), headline));
                    link.setOnAction(e -> openStory.accept(p.storyId()));
                    line = link;
                }
                line.setId("seriesPart" + p.number());
                line.setMinWidth(0);
                list.getChildren().add(line);
            }
        };
        viewModel.seriesParts().addListener((ListChangeListener<SeriesPart>) c -> fill.run());
        fill.run();
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.seriesParts()));
        list.managedProperty().bind(list.visibleProperty());
        section.getChildren().add(list);
    }

    private void channelPicker() {
        channels.setId(MetadataField.CHANNELS.id() + "Field");
        String label = messages.get(MetadataField.CHANNELS.labelKey());
        channels.setAccessibleText(label);
        channels.setTitle(label);
        channels.getItems().setAll(viewModel.channelNames());
        viewModel.channelNames().addListener((ListChangeListener<String>) c -> {
            // the story's own channels stay listed (and checked) even when the list no longer has them
            syncingChannels = true;
            try {
                channels.getCheckModel().clearChecks();
                channels.getItems().setAll(viewModel.channelNames());
            } finally {
                syncingChannels = false;
            }
            showChannels(viewModel.field(MetadataField.CHANNELS).get());
        });
        channels.setMaxWidth(Double.MAX_VALUE);
        channels.setMinWidth(0);
        channels.disableProperty().bind(viewModel.editableProperty().not());
        Label caption = new Label(label);
        caption.setLabelFor(channels);
        section.getChildren().add(register(MetadataField.CHANNELS, channels, caption));
        var text = viewModel.field(MetadataField.CHANNELS);
        text.addListener((obs, old, value) -> showChannels(value));
        channels.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            // closed, the picker shows the ticked channels (its name only when none is ticked)
            List<String> ticked = List.copyOf(channels.getCheckModel().getCheckedItems());
            channels.setTitle(ticked.isEmpty() ? label : String.join("、", ticked));
            if (!syncingChannels) {
                text.set(String.join("、", ticked));
            }
        });
    }

    private void showChannels(String value) {
        if (syncingChannels) {
            return;
        }
        syncingChannels = true;
        try {
            List<String> wanted = ChannelList.split(value);
            for (String c : wanted) {
                if (!channels.getItems().contains(c)) {
                    channels.getItems().add(c);
                }
            }
            channels.getCheckModel().clearChecks();
            wanted.forEach(c -> channels.getCheckModel().check(c));
        } finally {
            syncingChannels = false;
        }
    }

    private void showProblem(MetadataField field) {
        Label label = problemLabels.get(field);
        if (label == null) {
            return;
        }
        String message = viewModel.problems().get(field);
        label.setText(message == null ? "" : message);
        label.setVisible(message != null);
        label.setManaged(message != null);
        Control control = controls.get(field);
        if (message == null) {
            control.getStyleClass().remove("invalid");
        } else if (!control.getStyleClass().contains("invalid")) {
            control.getStyleClass().add("invalid");
        }
        validation.revalidate(control);
    }

    /** Shows a field: opens its section, scrolls to it and puts the caret there. */
    public void focus(MetadataField field) {
        MetadataField shown = field == MetadataField.SERIES_ID ? MetadataField.SERIES_NAME : field;
        Control control = controls.get(shown);
        if (control == null) {
            return;
        }
        for (Node n = control; n != null; n = n.getParent()) {
            if (n instanceof TitledPane pane) {
                pane.setExpanded(true);
            }
        }
        Platform.runLater(() -> {
            content.layout();
            double y = control.localToScene(0, 0).getY() - content.localToScene(0, 0).getY();
            double range = content.getHeight() - root.getViewportBounds().getHeight();
            if (range > 0) {
                root.setVvalue(Math.max(0, Math.min(1, (y - 40) / range)));
            }
            control.requestFocus();
        });
    }

    /** Opens the readiness checklist. */
    public void showChecklist() {
        workflow.showChecklist();
    }

    public Node root() {
        return root;
    }
}
