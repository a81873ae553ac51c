package org.newsdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.newsdesk.i18n.Messages;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.ui.main.MainView;
import org.newsdesk.ui.main.MainViewModel;
import org.newsdesk.workflow.ChannelList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window. It shows at once; the store opens (and migrates) in the background and
 * the library appears when it is ready.
 */
public final class NewsdeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(NewsdeskApp.class);
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private Path dataFolder;
    private Messages messages;
    private MainViewModel viewModel;
    private MainView view;
    private Stage stage;
    private Runnable afterClose = Platform::exit;

    /** Opens the window and returns when it has closed. */
    public static void launch(Path dataFolder, String lang, Path importFile) {
        List<String> args = new ArrayList<>();
        args.add("--data-dir=" + dataFolder);
        if (lang != null) {
            args.add("--lang=" + lang);
        }
        if (importFile != null) {
            args.add("--import=" + importFile);
        }
        Application.launch(NewsdeskApp.class, args.toArray(String[]::new));
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        var named = getParameters().getNamed();
        dataFolder = Path.of(named.get("data-dir"));
        messages = Messages.forTag(named.get("lang"));
        show(primaryStage);
        if (named.containsKey("import")) {
            Path file = Path.of(named.get("import"));
            Platform.runLater(() -> view.importPath(file));
        }
    }

    /**
     * Builds the window on {@code stage} and starts opening the store; {@code closed} runs
     * once the window has closed and the store is shut (tests use this to reopen).
     */
    public void start(Stage primaryStage, Path folder, Messages language, Path importFile, Runnable closed) {
        this.stage = primaryStage;
        this.dataFolder = folder;
        this.messages = language;
        this.afterClose = closed;
        show(primaryStage);
        if (importFile != null) {
            Platform.runLater(() -> view.importPath(importFile));
        }
    }

    private void show(Stage primaryStage) {
        viewModel = new MainViewModel(tasks, messages, ChannelList.DEFAULT);
        view = new MainView(viewModel, messages);
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(NewsdeskApp.class.getResource("/org/newsdesk/ui/newsdesk.css").toExternalForm());
        primaryStage.setTitle(messages.get("app.title"));
        primaryStage.setScene(scene);
        primaryStage.setOnCloseRequest(e -> {
            e.consume();
            viewModel.shutdown(() -> {
                primaryStage.hide();
                tasks.close();
                afterClose.run();
            });
        });
        primaryStage.show();
        openStore();
    }

    private void openStore() {
        tasks.run(() -> Store.open(dataFolder), viewModel::attach, this::storeProblem);
    }

    private void storeProblem(Throwable error) {
        if (!(error instanceof StoreException problem)) {
            LOG.error("cannot open the store in {}", dataFolder, error);
            StartupProblemDialog.fatal(stage, messages, messages.get("store.error.failed", error.getMessage()));
            afterClose.run();
            return;
        }
        LOG.warn("cannot open the store in {}: {}", dataFolder, problem.getMessage());
        if (problem.problem() == StoreException.Problem.CORRUPT
                && StartupProblemDialog.offerFreshStore(stage, messages, problem)) {
            tasks.run(() -> Store.moveAside(dataFolder), moved -> openStore(), this::storeProblem);
            return;
        }
        if (problem.problem() != StoreException.Problem.CORRUPT) {
            StartupProblemDialog.fatal(stage, messages, org.newsdesk.i18n.StoreErrorText.describe(problem, messages));
        }
        afterClose.run();
    }
}
