package org.newsdesk.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dragged from a file manager onto the window, wherever they are let go (the library, the
 * transcript, the side panes): the drop is taken as a copy and its files are handed on in the
 * order they came, one import preview (or review offer) after another.
 */
final class FileDrop {

    private FileDrop() {
    }

    /** Takes drops of files on {@code target} and its children, and hands them to {@code open}. */
    static void install(Node target, Consumer<List<Path>> open) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles()) {
                e.setDropCompleted(dropped(e.getDragboard().getFiles(), open));
                e.consume();
            }
        });
    }

    /**
     * What a drop of {@code files} does: they go to {@code open} in a later pulse, after the drag
     * gesture has ended, because the import preview is a modal dialog and the file manager would
     * wait for the end of the drop as long as it is open. False (nothing taken) for no files.
     */
    static boolean dropped(List<File> files, Consumer<List<Path>> open) {
        if (files.isEmpty()) {
            return false;
        }
        List<Path> paths = files.stream().map(File::toPath).toList();
        Platform.runLater(() -> open.accept(paths));
        return true;
    }
}
