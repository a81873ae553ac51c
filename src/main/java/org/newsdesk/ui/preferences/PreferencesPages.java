package org.newsdesk.ui.preferences;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.util.StringConverter;
import org.newsdesk.export.LabelStyle;
import org.newsdesk.i18n.Messages;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.Theme;

/** The Preferences window's own pages: General, Editor, Export, Channels, Appearance, Data. */
final class PreferencesPages {

    private final PreferencesViewModel viewModel;
    private final Messages messages;

    PreferencesPages(PreferencesViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    List<PreferencesSection> all() {
        return List.of(general(), editor(), export(), workflow(), channels(), appearance(), data());
    }

    private PreferencesSection general() {
        var language = ChoiceControls.choice("prefsLanguage", Preferences.LANGUAGES, tag -> messages.get(
                "prefs.language." + (tag.isEmpty() ? "system" : tag.replace("-", ""))));
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        TextField editorName = new TextField();
        editorName.setId("prefsEditorName");
        editorName.textProperty().bindBidirectional(viewModel.editorNameProperty());
        ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(
                ZoneId.getAvailableZoneIds().stream().sorted().toList()));
        zone.setId("prefsTimeZone");
        zone.setEditable(true);
        zone.setVisibleRowCount(14);
        zone.valueProperty().bindBidirectional(viewModel.timeZoneProperty());
        return section("prefsGeneral", "prefs.section.general", grid(
                row("prefs.language", language, "prefs.language.hint"),
                row("prefs.editorName", editorName, "identity.prefsHint"),
                row("prefs.timeZone", zone, "prefs.timeZone.hint")));
    }

    private PreferencesSection editor() {
        ComboBox<String> family = new ComboBox<>(FXCollections.observableArrayList(Font.getFamilies()));
        family.setId("prefsFontFamily");
        family.setVisibleRowCount(14);
        family.valueProperty().bindBidirectional(viewModel.fontFamilyProperty());
        Spinner<Double> size = spinner("prefsFontSize", Preferences.MIN_FONT_SIZE, Preferences.MAX_FONT_SIZE, 1,
                viewModel.fontSizeProperty().get(), "%.0f");
        size.getValueFactory().valueProperty().bindBidirectional(viewModel.fontSizeProperty());
        Spinner<Double> spacing = spinner("prefsLineSpacing", Preferences.MIN_LINE_SPACING, Preferences.MAX_LINE_SPACING,
                0.1, viewModel.lineSpacingProperty().get(), "%.1f");
        spacing.getValueFactory().valueProperty().bindBidirectional(viewModel.lineSpacingProperty());
        Label sample = new Label(messages.get("prefs.editor.sample"));
        sample.setId("prefsFontSample");
        sample.setWrapText(true);
        sample.setMaxWidth(420);
        sample.fontProperty().bind(Bindings.createObjectBinding(
                () -> Font.font(viewModel.fontFamilyProperty().get(), viewModel.fontSizeProperty().get()),
                viewModel.fontFamilyProperty(), viewModel.fontSizeProperty()));
        sample.lineSpacingProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, (viewModel.lineSpacingProperty().get() - 1.25) * viewModel.fontSizeProperty().get()),
                viewModel.lineSpacingProperty(), viewModel.fontSizeProperty()));
        GridPane grid = grid(
                row("prefs.fontFamily", family, "prefs.fontFamily.hint"),
                row("prefs.fontSize", size, null),
                row("prefs.lineSpacing", spacing, "prefs.lineSpacing.hint"));
        return section("prefsEditor", "prefs.section.editor", new VBox(16, grid, sample));
    }

    private PreferencesSection export() {
        var labels = ChoiceControls.choice("prefsLabelStyle", Arrays.asList(LabelStyle.values()),
                l -> messages.get("labels." + l.cliName()));
        labels.valueProperty().bindBidirectional(viewModel.labelStyleProperty());
        Node folder = ChoiceControls.folderField("prefsExportFolder", viewModel.exportFolderProperty(),
                messages.get("prefs.exportFolder"), messages);
        return section("prefsExport", "prefs.section.export", grid(
                row("prefs.labelStyle", labels, null),
                row("prefs.exportFolder", folder, "prefs.exportFolder.hint")));
    }

    /** The review chain: how many editors sign a story before it is Approved. */
    private PreferencesSection workflow() {
        var chain = ChoiceControls.choice("prefsReviewChain", Arrays.asList(org.newsdesk.workflow.signoff.ReviewChain.values()),
                c -> messages.get("prefs.reviewChain." + c.cliName()));
        chain.valueProperty().bindBidirectional(viewModel.reviewChainProperty());
        return section("prefsWorkflow", "prefs.section.workflow",
                grid(row("prefs.reviewChain", chain, "prefs.reviewChain.hint")));
    }

    private PreferencesSection channels() {
        return section("prefsChannels", "prefs.section.channels",
                new ChannelsEditor(viewModel.channels(), messages).root());
    }

    private PreferencesSection appearance() {
        var theme = ChoiceControls.choice("prefsTheme", Arrays.asList(Theme.values()),
                t -> messages.get("prefs.theme." + t.name().toLowerCase(java.util.Locale.ROOT)));
        theme.valueProperty().bindBidirectional(viewModel.themeProperty());
        return section("prefsAppearance", "prefs.section.appearance", grid(row("prefs.theme", theme, null)));
    }

    private PreferencesSection data() {
        Node folder = ChoiceControls.folderField("prefsDataFolder", viewModel.dataFolderProperty(),
                messages.get("prefs.dataFolder"), messages);
        Label inUse = new Label(messages.get("prefs.dataFolder.inUse", viewModel.dataFolderInUse()));
        inUse.setId("prefsDataFolderInUse");
        inUse.setWrapText(true);
        Label restart = new Label(messages.get("prefs.dataFolder.restart"));
        restart.setId("prefsDataFolderRestart");
        restart.setWrapText(true);
        restart.getStyleClass().add("preferences-error");
        restart.visibleProperty().bind(Bindings.createBooleanBinding(viewModel::dataFolderChangesOnRestart,
                viewModel.dataFolderProperty()));
        restart.managedProperty().bind(restart.visibleProperty());
        Label backups = hint("prefs.dataFolder.backups");
        return section("prefsData", "prefs.section.data", new VBox(12,
                grid(row("prefs.dataFolder", folder, "prefs.dataFolder.hint")), inUse, restart, backups));
    }

    private PreferencesSection section(String id, String titleKey, Node content) {
        return new PreferencesSection(id, messages.get(titleKey), content, () -> { });
    }

    private record Row(String labelKey, Node control, String hintKey) {
    }

    private Row row(String labelKey, Node control, String hintKey) {
        return new Row(labelKey, control, hintKey);
    }

    private GridPane grid(Row... rows) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(0));
        int r = 0;
        for (Row row : rows) {
            Label caption = new Label(messages.get(row.labelKey()));
            caption.setLabelFor(row.control());
            caption.setMinWidth(Region.USE_PREF_SIZE);
            row.control().setAccessibleText(messages.get(row.labelKey()));
            grid.add(caption, 0, r);
            grid.add(row.control(), 1, r++);
            GridPane.setHgrow(row.control(), Priority.ALWAYS);
            if (row.hintKey() != null) {
                grid.add(hint(row.hintKey()), 1, r++);
            }
            grid.add(new Label(" "), 0, r++);
        }
        return grid;
    }

    private Label hint(String key) {
        Label hint = new Label(messages.get(key));
        hint.getStyleClass().add("preferences-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        return hint;
    }

    private static Spinner<Double> spinner(String id, double min, double max, double step, double value, String format) {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value, step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : String.format(java.util.Locale.ROOT, format, v);
            }

            @Override
            public Double fromString(String text) {
                try {
                    double parsed = Double.parseDouble(text.strip().replace('，', '.').replace(',', '.'));
                    return Math.max(min, Math.min(max, parsed));
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        Spinner<Double> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }
}
