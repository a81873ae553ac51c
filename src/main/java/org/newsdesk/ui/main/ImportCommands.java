package org.newsdesk.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.importing.ImportAddressDialog;
import org.newsdesk.ui.importing.ImportDialog;
import org.newsdesk.ui.importing.ImportViewModel;

/**
 * File → Import and File → Import from address…: choose the source, read it in the background
 * into the import dialog, and create the story only when the editor confirms (or open the
 * story imported from the same source before).
 */
final class ImportCommands {

    private final MainViewModel viewModel;
    private final Messages messages;
    private final Supplier<Window> window;
    private File lastFolder;
    private String lastAddress = "";

    ImportCommands(MainViewModel viewModel, Messages messages, Supplier<Window> window) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.window = window;
    }

    void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("import.filter.all"), "*.txt", "*.docx", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter(messages.get("import.filter.any"), "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(window.get());
        if (file == null) {
            return;
        }
        lastFolder = file.getParentFile();
        importPath(file.toPath());
    }

    /** Reads {@code file} and shows what was detected; the story is created only on confirm. */
    void importPath(Path file) {
        ImportViewModel importing = viewModel.newImport();
        ImportDialog dialog = dialog(importing);
        importing.read(file, () -> { }, dialog::showError);
        dialog.showAndWait().ifPresent(p -> viewModel.createFromImport(p, importing.origin()));
    }

    /** Asks for a web address, then reads the page (progress and cancel in the import dialog). */
    void importAddress() {
        new ImportAddressDialog(window.get(), messages, lastAddress).showAndWait().ifPresent(address -> {
            lastAddress = address;
            ImportViewModel importing = viewModel.newImport();
            ImportDialog dialog = dialog(importing);
            importing.readAddress(address, () -> { }, dialog::showError);
            dialog.showAndWait().ifPresent(p -> viewModel.createFromImport(p, importing.origin()));
        });
    }

    private ImportDialog dialog(ImportViewModel importing) {
        ImportDialog dialog = new ImportDialog(window.get(), importing, messages);
        dialog.setOnOpenExisting(viewModel::open);
        return dialog;
    }
}
