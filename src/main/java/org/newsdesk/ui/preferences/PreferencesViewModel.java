package org.newsdesk.ui.preferences;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.export.LabelStyle;
import org.newsdesk.i18n.Messages;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.Theme;

/**
 * The Preferences window's fields, checked as they are typed. Nothing is applied until
 * OK or Apply; then the whole record goes to whoever applies it (the window's composition).
 */
public final class PreferencesViewModel {

    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty editorName = new SimpleStringProperty();
    private final StringProperty timeZone = new SimpleStringProperty();
    private final StringProperty fontFamily = new SimpleStringProperty();
    private final ObjectProperty<Double> fontSize = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> lineSpacing = new SimpleObjectProperty<>();
    private final ObjectProperty<LabelStyle> labelStyle = new SimpleObjectProperty<>();
    private final ObjectProperty<org.newsdesk.workflow.signoff.ReviewChain> reviewChain = new SimpleObjectProperty<>();
    private final StringProperty exportFolder = new SimpleStringProperty();
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final StringProperty dataFolder = new SimpleStringProperty();
    private final StringBinding problem;
    private final BooleanBinding valid;
    private final Path dataFolderInUse;
    private final Consumer<Preferences> applier;
    private Preferences applied;

    /**
     * @param current         the preferences in force
     * @param dataFolderInUse the data folder this run works in
     * @param applier         applies (and saves) the edited preferences
     */
    public PreferencesViewModel(Preferences current, Path dataFolderInUse, Messages messages, Consumer<Preferences> applier) {
        this.applied = current;
        this.dataFolderInUse = dataFolderInUse;
        this.applier = applier;
        language.set(current.language());
        editorName.set(current.editorName());
        timeZone.set(current.timeZone());
        fontFamily.set(current.fontFamily());
        fontSize.set(current.fontSize());
        lineSpacing.set(current.lineSpacing());
        labelStyle.set(current.labelStyle());
        reviewChain.set(current.reviewChain());
        exportFolder.set(current.exportFolder());
        channels.setAll(current.channels());
        theme.set(current.theme());
        dataFolder.set(current.dataFolder());
        problem = Bindings.createStringBinding(() -> {
            if (!Preferences.validZone(timeZone.get())) {
                return messages.get("prefs.error.timeZone", String.valueOf(timeZone.get()));
            }
            if (!blankOrAbsolute(exportFolder.get())) {
                return messages.get("prefs.error.exportFolder");
            }
            if (!blankOrAbsolute(dataFolder.get())) {
                return messages.get("prefs.error.dataFolder");
            }
            return "";
        }, timeZone, exportFolder, dataFolder);
        valid = problem.isEmpty();
    }

    private static boolean blankOrAbsolute(String folder) {
        return folder == null || folder.isBlank() || Preferences.absoluteFolder(folder);
    }

    /** The preferences as the fields show them (the window's place stays as it was). */
    public Preferences edited() {
        return new Preferences(language.get(), editorName.get(), timeZone.get().strip(), fontFamily.get(),
                fontSize.get(), lineSpacing.get(), labelStyle.get(), exportFolder.get(), channels, theme.get(),
                dataFolder.get(), applied.window(), reviewChain.get());
    }

    /** Applies the fields when they are valid; returns whether it did. */
    public boolean apply() {
        if (!valid.get()) {
            return false;
        }
        applied = edited();
        applier.accept(applied);
        return true;
    }

    /** Whether the data folder chosen differs from the one in use (it takes effect on the next start). */
    public boolean dataFolderChangesOnRestart() {
        String chosen = dataFolder.get() == null ? "" : dataFolder.get().strip();
        return !chosen.isEmpty() && !Path.of(chosen).toAbsolutePath().equals(dataFolderInUse);
    }

    public Path dataFolderInUse() {
        return dataFolderInUse;
    }

    /** The newsroom's review chain (Preferences → Workflow). */
    public ObjectProperty<org.newsdesk.workflow.signoff.ReviewChain> reviewChainProperty() {
        return reviewChain;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty editorNameProperty() {
        return editorName;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public StringProperty fontFamilyProperty() {
        return fontFamily;
    }

    public ObjectProperty<Double> fontSizeProperty() {
        return fontSize;
    }

    public ObjectProperty<Double> lineSpacingProperty() {
        return lineSpacing;
    }

    public ObjectProperty<LabelStyle> labelStyleProperty() {
        return labelStyle;
    }

    public StringProperty exportFolderProperty() {
        return exportFolder;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StringProperty dataFolderProperty() {
        return dataFolder;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
