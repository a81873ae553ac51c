package org.newsdesk.ui.editor;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.newsdesk.i18n.Messages;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.ui.common.SaveStatus;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The editor view alone on a 700×400 stage over a real store: what the editor's window tests
 * share. Closing writes a pending autosave before the store closes.
 */
final class EditorStage implements AutoCloseable {

    final Store store;
    final StoreWriter writer = new StoreWriter();
    final FxBackgroundTasks tasks = new FxBackgroundTasks();
    EditorViewModel viewModel;
    EditorView view;
    private final FxRobot robot = new FxRobot();

    private EditorStage(Store store) {
        this.store = store;
    }

    /** The store in {@code dir} and the editor shown inside what {@code around} puts around its root. */
    static EditorStage open(Path dir, Function<Node, Parent> around) throws Exception {
        FxToolkit.registerPrimaryStage();
        EditorStage editor = new EditorStage(TestStores.fresh(dir));
        Messages messages = new Messages(Locale.ENGLISH);
        FxToolkit.setupStage(stage -> {
            editor.viewModel = new EditorViewModel(new SaveStatus(editor.tasks, messages), editor.tasks);
            editor.view = new EditorView(editor.viewModel, messages);
            stage.setScene(new Scene(around.apply(editor.view.root()), 700, 400));
            stage.show();
        });
        return editor;
    }

    @Override
    public void close() throws Exception {
        robot.interact(viewModel::close);
        FxToolkit.hideStage();
        writer.close();
        tasks.close();
        store.close();
    }
}
