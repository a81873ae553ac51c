package org.newsdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.newsdesk.BundledLibraries;
import javafx.stage.WindowEvent;
import org.newsdesk.Version;
import org.newsdesk.i18n.Messages;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.prefs.Theme;
import org.newsdesk.prefs.WindowLayout;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.sync.Backoff;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.sync.Publishing;
import org.newsdesk.ui.common.AskedWindowSize;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.ui.outbox.DeliveryNotifications;
import org.newsdesk.ui.sync.CredentialUnlock;
import org.newsdesk.ui.main.MainView;
import org.newsdesk.ui.main.MainViewModel;
import org.newsdesk.ui.main.ShellCommands;
import org.newsdesk.ui.editor.EditorTypography;
import org.newsdesk.ui.help.AboutDialog;
import org.newsdesk.ui.help.UserGuideWindow;
import org.newsdesk.ui.preferences.NewsroomPage;
import org.newsdesk.ui.preferences.NewsroomPreferences;
import org.newsdesk.ui.preferences.PreferencesDialog;
import org.newsdesk.ui.preferences.PreferencesSection;
import org.newsdesk.ui.preferences.PreferencesViewModel;
import org.newsdesk.workflow.ChannelList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window. It shows at once; the store opens (and migrates) in the background and
 * the library appears when it is ready.
 */
public final class NewsdeskApp extends Application {

    /**
     * Handed from {@link #launch} to the instance JavaFX makes: Application.launch offers no
     * other way to pass an object.
     */
    private static volatile EarlyStart launching;
    /** What was read since launch; null in tests and once the store it opened was taken. */
    private EarlyStart early;
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private Path dataFolder;
    private Messages messages;
    private MainViewModel viewModel;
    private MainView view;
    private Stage stage;
    private Runnable afterClose = Platform::exit;
    private final Backoff deliveryBackoff;
    /** The system's language, for "same as the system" even after the app switched its own default. */
    private final Locale systemLocale = Locale.getDefault();
    private PreferencesFile preferencesFile;
    private PreferencesKeeper preferences;
    private org.newsdesk.newsroom.NewsroomMembership membership;

    /** The main window's view (null before start). */
    public MainView view() {
        return view;
    }

    /** The application as launched: failed deliveries are retried after the standard backoff. */
    public NewsdeskApp() {
        this(Backoff.standard());
    }

    /** @param deliveryBackoff how long to wait before a failed delivery is tried again (tests make it short) */
    public NewsdeskApp(Backoff deliveryBackoff) {
        this.deliveryBackoff = deliveryBackoff;
    }

    /**
     * Opens the window and returns when it has closed; {@code dataDir} is the folder asked for
     * on the command line, or null for the one the preferences or the defaults name.
     */
    public static void launch(Path dataDir, String lang, List<Path> importFiles) {
        launching = EarlyStart.begin(dataDir, PreferencesFile.forUser());
        List<String> args = new ArrayList<>();
        if (lang != null) {
            args.add("--lang=" + lang);
        }
        // the files to import are the unnamed parameters, in order
        importFiles.forEach(f -> args.add(f.toString()));
        Application.launch(NewsdeskApp.class, args.toArray(String[]::new));
    }

    private PreferencesFile.Loaded loadedPreferences;

    /** Takes the preferences read since launch on the launcher thread, before the window is built. */
    @Override
    public void init() {
        early = launching;
        HeapPolicy.forWindow();
        preferencesFile = early.preferencesFile();
        loadedPreferences = early.preferences();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        var named = getParameters().getNamed();
        dataFolder = early.dataFolder();
        begin(loadedPreferences, named.containsKey("lang") ? Messages.forTag(named.get("lang")) : null,
                getParameters().getUnnamed().stream().map(Path::of).toList());
        Thread.setDefaultUncaughtExceptionHandler(new CrashHandler(dataFolder, this::saveTypedText, Platform::runLater,
                (report, closed) -> CrashDialog.show(stage, messages, report, this::requestClose, closed), Clock.systemDefaultZone()));
        tasks.run(() -> FileLogging.start(dataFolder, FileLogging.Limits.DEFAULT), this::loggingStarted, e -> { });
    }

    /**
     * Builds the window on {@code stage} and starts opening the store; {@code closed} runs
     * once the window has closed and the store is shut (tests use this to reopen). It starts
     * with the default preferences and keeps them in {@code folder}'s preferences.json, away
     * from the user's own.
     */
    public void start(Stage primaryStage, Path folder, Messages language, Path importFile, Runnable closed) {
        start(primaryStage, folder, new PreferencesFile(folder.resolve(PreferencesFile.FILE_NAME), Clock.systemUTC()),
                new PreferencesFile.Loaded(Preferences.defaults(), Optional.empty(), ""), language,
                importFile == null ? List.of() : List.of(importFile), closed);
    }

    /**
     * As above, with preferences {@code loaded} (off the FX thread) from {@code preferences};
     * a null {@code language} means the preferences' one.
     */
    public void start(Stage primaryStage, Path folder, PreferencesFile preferences, PreferencesFile.Loaded loaded,
            Messages language, List<Path> importFiles, Runnable closed) {
        this.stage = primaryStage;
        this.dataFolder = folder;
        this.preferencesFile = preferences;
        this.afterClose = closed;
        begin(loaded, language, importFiles == null ? List.of() : importFiles);
    }

    private void begin(PreferencesFile.Loaded loaded, Messages language, List<Path> importFiles) {
        AskedWindowSize.keepForEveryWindow();
        preferences = new PreferencesKeeper(preferencesFile, loaded.preferences(), tasks);
        messages = language != null ? language : languageOf(loaded.preferences());
        if (early == null) {
            fill(loaded, importFiles, false);
            return;
        }
        // launched for real: the window appears first, and is filled once it has been painted
        Locale.setDefault(messages.locale());
        Look.apply(loaded.preferences().theme());
        stage.setTitle(messages.get("app.title"));
        stage.setScene(OpeningShell.scene(messages, loaded.preferences().theme() == Theme.DARK));
        WindowPlacement.restoreWindow(stage, loaded.preferences().window());
        stage.show();
        OpeningShell.afterFirstPulses(stage.getScene(), early::openStore, () -> fill(loaded, importFiles, true));
    }

    /** Builds the window's contents; {@code placed} when the opening shell already put the window in place. */
    private void fill(PreferencesFile.Loaded loaded, List<Path> importFiles, boolean placed) {
        show(stage);
        if (placed) {
            WindowPlacement.restoreDividers(view.mainSplit(), loaded.preferences().window());
        } else {
            WindowPlacement.restore(stage, view.mainSplit(), loaded.preferences().window());
        }
        if (!loaded.problem().isEmpty()) {
            ShellDialogs.brokenPreferences(stage, messages, loaded);
        } else if (placed && preferences.current().editorName().isBlank()) {
            // launched for real without a name: history must say who did it
            ShellDialogs.askIdentity(stage, messages, name -> preferences.change(p -> p.withEditorName(name), () -> { },
                    this::preferencesNotSaved));
        }
        if (!importFiles.isEmpty()) {
            Platform.runLater(() -> view.importPaths(importFiles));
        }
    }

    private Messages languageOf(Preferences chosen) {
        return chosen.language().isEmpty() ? new Messages(systemLocale) : Messages.forTag(chosen.language());
    }

    private void show(Stage primaryStage) {
        // JavaFX's own dialog buttons follow the default locale
        Locale.setDefault(messages.locale());
        Preferences chosen = preferences.current();
        Look.apply(chosen.theme());
        viewModel = new MainViewModel(tasks, messages, new ChannelList(chosen.channels()));
        viewModel.usePreferences(preferences::current, folder -> preferences.change(
                p -> p.withExportFolder(folder.toString()), () -> { }, this::preferencesNotSaved));
        view = new MainView(viewModel, messages, new ShellCommands(this::showPreferences, this::showGuide, this::showAbout));
        view.editorView().setTypography(typography(chosen));
        Scene scene = primaryStage.getScene() == null ? new Scene(view.root(), 1280, 800)
                : new Scene(view.root(), primaryStage.getScene().getWidth(), primaryStage.getScene().getHeight());
        scene.getStylesheets().add(NewsdeskApp.class.getResource("/org/newsdesk/ui/newsdesk.css").toExternalForm());
        Optional.ofNullable(Look.uiFontStylesheet(messages.locale())).ifPresent(scene.getStylesheets()::add);
        primaryStage.setTitle(messages.get("app.title"));
        primaryStage.setScene(scene);
        primaryStage.setOnCloseRequest(e -> {
            e.consume();
            MainViewModel closing = viewModel;
            closing.prepareToClose(() -> close(primaryStage, closing),
                    why -> UnsavedCloseDialog.ask(primaryStage, messages, closing, why, () -> close(primaryStage, closing)));
        });
        primaryStage.show();
        DeliveryNotifications.attach(viewModel.sync(), primaryStage);
        openStore();
    }

    /** Closes the store and the window (what could not be saved stays in the typing journal). */
    private void close(Stage primaryStage, MainViewModel closing) {
        WindowLayout layout = WindowPlacement.capture(primaryStage, view.mainSplit(), preferences.current().window());
        closing.shutdown(() -> {
            // written before the window hides: hiding the last window ends the application
            Runnable finish = () -> {
                primaryStage.hide();
                tasks.close();
                afterClose.run();
            };
            preferences.change(p -> p.withWindow(layout), finish, error -> finish.run());
        });
    }

    private static EditorTypography typography(Preferences chosen) {
        return new EditorTypography(chosen.fontFamily(), chosen.fontSize(), chosen.lineSpacing());
    }

    private void showPreferences() {
        PreferencesDialog[] dialog = new PreferencesDialog[1];
        PreferencesViewModel edits = new PreferencesViewModel(preferences.current(), dataFolder, messages,
                edited -> applyPreferences(edited, dialog[0]));
        dialog[0] = new PreferencesDialog(stage, edits, messages, List.of(
                opener("prefsKeys", "prefs.section.keys", "prefs.keys.explain", "media.menu.keys", view::editPlaybackKeys),
                opener("prefsTargets", "prefs.section.targets", "prefs.targets.explain", "sync.menu.targets",
                        view::editTargets),
                NewsroomPage.section(new NewsroomPreferences(tasks, messages, () -> membership,
                        viewModel.newsroom()::syncNow, viewModel.newsroom().indicatorProperty()), messages)));
        dialog[0].show();
    }

    /** A Preferences page that explains and opens another screen's own editor (keys, targets). */
    private PreferencesSection opener(String id, String titleKey, String explainKey, String buttonKey, Runnable open) {
        Label explain = new Label(messages.get(explainKey));
        explain.setWrapText(true);
        Button button = new Button(messages.get(buttonKey));
        button.setId(id + "Open");
        button.setOnAction(e -> open.run());
        return new PreferencesSection(id, messages.get(titleKey), new VBox(10, explain, button), () -> { });
    }

    /** Applies what can be applied at once; a new language rebuilds the window after saving the work. */
    private void applyPreferences(Preferences edited, PreferencesDialog dialog) {
        Preferences before = preferences.current();
        preferences.change(p -> edited.withWindow(p.window()), () -> { }, this::preferencesNotSaved);
        if (before.theme() != edited.theme()) {
            Look.apply(edited.theme());
        }
        view.editorView().setTypography(typography(edited));
        if (!before.channels().equals(edited.channels())) {
            viewModel.useChannels(new ChannelList(edited.channels()));
        }
        if (!before.language().equals(edited.language())) {
            messages = languageOf(edited);
            Platform.runLater(() -> {
                dialog.close();
                rebuild();
            });
        }
    }

    /** Saves everything, closes the store, and builds the window again (in a new language). */
    private void rebuild() {
        MainViewModel closing = viewModel;
        Runnable go = () -> {
            WindowLayout layout = WindowPlacement.capture(stage, view.mainSplit(), preferences.current().window());
            closing.shutdown(() -> {
                show(stage);
                WindowPlacement.restoreDividers(view.mainSplit(), layout);
            });
        };
        closing.prepareToClose(go, why -> UnsavedCloseDialog.ask(stage, messages, closing, why, go));
    }

    private void preferencesNotSaved(Throwable error) {
        log().warn("cannot save the preferences to {}", preferencesFile.path(), error);
        ShellDialogs.preferencesNotSaved(stage, messages, preferencesFile.path(), error);
    }

    private void showGuide() {
        UserGuideWindow.show(stage, messages, preferences.current().theme() == Theme.DARK);
    }

    private void showAbout() {
        tasks.run(BundledLibraries::list, libraries -> new AboutDialog(stage, messages, dataFolder,
                preferencesFile.path(), libraries).show(), error -> log().error("cannot list the libraries", error));
    }

    private void saveTypedText() {
        viewModel.editor().flush();
        viewModel.metadata().flush();
    }

    private void requestClose() {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private void loggingStarted(Optional<FileLogging> logging) {
        if (logging.isPresent()) {
            log().info("Newsdesk {} on Java {}, {} {}", Version.current(), System.getProperty("java.version"),
                    System.getProperty("os.name"), System.getProperty("os.version"));
        }
    }

    /** Takes the store opened since launch, or opens it (tests, and after a damaged file was moved aside). */
    private void openStore() {
        if (early == null) {
            tasks.run(() -> Store.open(dataFolder), store -> storeOpened(new Workspace.Opened(store, null), null),
                    this::storeProblem);
        } else {
            CompletableFuture<CredentialStore> chosen = early.credentials();
            CompletableFuture<Workspace.Opened> opening = early.store();
            early = null;
            Workspace.Opened ready = opening.isDone() && !opening.isCompletedExceptionally() ? opening.join() : null;
            if (ready != null) {
                // usually so: the editor gets its story before the window's first full layout
                storeOpened(ready, chosen);
            } else {
                tasks.whenDone(opening, opened -> storeOpened(opened, chosen), this::storeProblem);
            }
        }
    }

    /** Shows the library and the last story at once; publishing follows when the keeper of secrets is known. */
    private void storeOpened(Workspace.Opened opened, CompletableFuture<CredentialStore> chosen) {
        Store store = opened.store();
        viewModel.attach(store, opened.startup());
        if (chosen == null) {
            tasks.run(() -> Workspace.credentials(dataFolder), credentials -> credentialsChosen(store, credentials),
                    this::storeProblem);
        } else {
            tasks.whenDone(chosen, credentials -> credentialsChosen(store, credentials), this::storeProblem);
        }
    }

    /** Publishing is built in the background, then started; the keeper of secrets is unlocked if it asks. */
    private void credentialsChosen(Store store, CredentialStore credentials) {
        MainViewModel starting = viewModel;
        Workspace workspace = new Workspace(dataFolder, messages, deliveryBackoff, Clock.systemUTC());
        tasks.run(() -> workspace.publishing(store, credentials), publishing -> {
            if (starting == viewModel && starting.sync().startIfOpen(publishing)) {
                new CredentialUnlock(stage, tasks, messages).unlockIfKept(credentials);
                starting.newsroom().start(Workspace.newsroom(store, credentials, starting::editorName));
                membership = new org.newsdesk.newsroom.NewsroomMembership(store, credentials);
            }
        }, error -> log().error("publishing cannot start in {}", dataFolder, error));
    }

    private void storeProblem(Throwable error) {
        if (!(error instanceof StoreException problem)) {
            log().error("cannot open the store in {}", dataFolder, error);
            StartupProblemDialog.fatal(stage, messages, messages.get("store.error.failed", error.getMessage()));
            afterClose.run();
            return;
        }
        log().warn("cannot open the store in {}: {}", dataFolder, problem.getMessage());
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

    /** Asked for when needed: logging is set up on the early-start thread, not before the window. */
    private static Logger log() {
        return LoggerFactory.getLogger(NewsdeskApp.class);
    }
}
