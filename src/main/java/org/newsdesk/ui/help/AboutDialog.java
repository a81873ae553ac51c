package org.newsdesk.ui.help;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.BundledLibraries;
import org.newsdesk.BundledLibraries.Library;
import org.newsdesk.Version;
import org.newsdesk.i18n.Messages;

/**
 * Help → About: version, the Java and JavaFX underneath, where the data lives, and Newsdesk, the
 * Java runtime and every bundled library with its version and licence; the selected one's
 * licence text (or where to read it) below.
 */
public final class AboutDialog extends Dialog<Void> {

    /**
     * @param dataFolder      the data folder in use
     * @param preferencesFile where the preferences are kept
     * @param libraries       the bundled libraries with their licences
     */
    public AboutDialog(Window owner, Messages messages, Path dataFolder, Path preferencesFile, List<Library> libraries) {
        initOwner(owner);
        setTitle(messages.get("menu.help.about"));
        setResizable(true);
        getDialogPane().setId("aboutDialog");
        Label title = new Label(messages.get("dialog.about", Version.current()));
        title.setId("aboutVersion");
        title.setWrapText(true);
        title.getStyleClass().add("about-title");
        Label runtime = muted("aboutRuntime", messages.get("about.runtime",
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("javafx.runtime.version", "?"), System.getProperty("os.name"),
                System.getProperty("os.arch")));
        Label data = muted("aboutDataFolder", messages.get("about.dataFolder", dataFolder));
        Label prefs = muted("aboutPreferencesFile", messages.get("about.preferencesFile", preferencesFile));
        Label heading = new Label(messages.get("about.libraries"));
        heading.getStyleClass().add("pane-title");

        TableView<Library> table = new TableView<>();
        table.setId("aboutLibraries");
        table.getItems().add(new Library("newsdesk", "Newsdesk", BundledLibraries.OWN_LICENCE, Version.current()));
        table.getItems().add(new Library("java", System.getProperty("java.runtime.name", "Java") + " ("
                + System.getProperty("java.vendor") + ")", "GPL-2.0 with Classpath Exception",
                System.getProperty("java.runtime.version", System.getProperty("java.version"))));
        table.getItems().addAll(libraries);
        table.getColumns().add(column(messages.get("about.library"), Library::name, 210));
        table.getColumns().add(column(messages.get("about.version"), Library::version, 150));
        table.getColumns().add(column(messages.get("about.licence"), Library::licence, 240));
        table.setPrefHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TextArea licence = new TextArea();
        licence.setId("aboutLicenceText");
        licence.setEditable(false);
        licence.setWrapText(true);
        licence.setPrefRowCount(9);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, lib) -> licence.setText(lib == null ? ""
                : lib.name() + (lib.version().isEmpty() ? "" : " " + lib.version()) + "\n"
                + messages.get("about.licenceOf", lib.licence()) + "\n\n" + BundledLibraries.licenceText(lib.licence())));
        table.getSelectionModel().selectFirst();

        VBox content = new VBox(8, title, runtime, data, prefs, heading, table, licence);
        content.setPadding(new Insets(8));
        content.setPrefWidth(700);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
    }

    private static Label muted(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("about-muted");
        return label;
    }

    private static TableColumn<Library, String> column(String title, java.util.function.Function<Library, String> value,
            double width) {
        TableColumn<Library, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
