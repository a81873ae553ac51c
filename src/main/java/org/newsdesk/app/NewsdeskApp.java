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
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.newsdesk.BundledLibraries;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.i18n.Messages;
import org.newsdesk.newsroom.NewsroomMembership;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.prefs.Theme;
import org.newsdesk.prefs.WindowLayout;
import org.newsdesk.store.Store;
import org.newsdesk.sync.Backoff;
import org.newsdesk.sync.Publishing;
import org.newsdesk.ui.common.AskedWindowSize;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.ui.credentials.CredentialUnlock;
import org.newsdesk.ui.help.AboutDialog;
import org.newsdesk.ui.help.UserGuideWindow;
import org.newsdesk.ui.main.MainView;
import org.newsdesk.ui.main.MainViewModel;
import org.newsdesk.ui.main.ShellCommands;
import org.newsdesk.ui.publishing.DeliveryNotifications;
import org.newsdesk.workflow.metadata.ChannelList;
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
    /** What runs once the folder being opened shows (placing the dividers; the first time, questions). */
    private Runnable whenShown = () -> { };
    /** Lets the early start (launched for real) go on once the story shows: its pinyin dictionaries wait for it. */
    private Runnable storyShown = () -> { };
    /** Launched by {@link #launch} (not by a test): an editor without a name is asked for one. */
    private boolean launchedForReal;
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
    private NewsroomMembership membership;
    /** The window was closed while the folder was still opening: it closes once opened (or failed). */
    private boolean closeAsked;

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
        // the heap policy's management beans cost a noticeable part of the first frame: set up once the story shows
        launching = EarlyStart.begin(dataDir, PreferencesFile.forUser(), WindowClasses::preload, HeapPolicy::forWindow);
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
        launchedForReal = true;
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
        tasks.run(() -> FileLogging.start(dataFolder, FileLogging.Limits.DEFAULT), FileLogging::started, e -> { });
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

    /**
     * Shows the opening shell in its theme and place at once; the folder opens once it has been
     * painted, and {@link #folderOpened} builds the window's contents.
     */
    private void begin(PreferencesFile.Loaded loaded, Messages language, List<Path> importFiles) {
        AskedWindowSize.keepForEveryWindow();
        preferences = new PreferencesKeeper(preferencesFile, loaded.preferences(), tasks);
        messages = language != null ? language : languageOf(loaded.preferences());
        Locale.setDefault(messages.locale());
        Look.apply(loaded.preferences().theme());
        stage.setTitle(messages.get("app.title"));
        stage.setScene(OpeningShell.scene(messages, loaded.preferences().theme() == Theme.DARK));
        WindowPlacement.restoreWindow(stage, loaded.preferences().window());
        closeWhenOpened();
        stage.show();
        // launched for real, the shell was put in place before it was shown; a window built by a
        // test (no desktop to place it on before showing) is put in place once it has its contents
        boolean placed = early != null;
        Runnable opened = () -> {
            if (placed) {
                WindowPlacement.restoreDividers(view.mainSplit(), loaded.preferences().window());
            } else {
                WindowPlacement.restore(stage, view.mainSplit(), loaded.preferences().window());
            }
            // a question's dialog (its own window, styling and layout) once the whole window is in place and
            // laid out, and outside the pulse: shown while the later columns were still being built, the
            // window could stay with an empty library and a blank dialog until the next input
            view.whenComplete(() -> OpeningShell.afterNextLayout(stage.getScene(),
                    () -> Platform.runLater(() -> afterFirstOpen(loaded, importFiles))));
        };
        if (early == null) {
            openFolder(opened);
        } else {
            EarlyStart launched = early;
            OpeningShell.afterFirstPulses(stage.getScene(), launched::openStore, () -> openFolder(opened));
        }
    }

    /** Once the window first shows the folder: a broken preferences file, or who the editor is, is asked about. */
    private void afterFirstOpen(PreferencesFile.Loaded loaded, List<Path> importFiles) {
        if (!loaded.problem().isEmpty()) {
            ShellDialogs.brokenPreferences(stage, messages, loaded);
        } else if (launchedForReal && preferences.current().editorName().isBlank()) {
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

    /**
     * Builds the window's contents over the opened folder: the view models receive its services,
     * then the library and the last story show, then the search index opens.
     */
    private void show(Workspace.Opened opened) {
        // JavaFX's own dialog buttons follow the default locale
        Locale.setDefault(messages.locale());
        Preferences chosen = preferences.current();
        Look.apply(chosen.theme());
        viewModel = new MainViewModel(tasks, messages, new ChannelList(chosen.channels()), opened.services());
        viewModel.usePreferences(preferences::current, folder -> preferences.change(
                p -> p.withExportFolder(folder.toString()), () -> { }, this::preferencesNotSaved));
        view = new MainView(viewModel, messages, new ShellCommands(this::showPreferences, this::showGuide, this::showAbout));
        view.editorView().setTypography(WindowPreferences.typography(chosen));
        Scene scene = stage.getScene() == null ? new Scene(view.root(), 1280, 800)
                : new Scene(view.root(), stage.getScene().getWidth(), stage.getScene().getHeight());
        scene.getStylesheets().add(NewsdeskApp.class.getResource("/org/newsdesk/ui/newsdesk.css").toExternalForm());
        Optional.ofNullable(Look.uiFontStylesheet(messages.locale())).ifPresent(scene.getStylesheets()::add);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            MainViewModel closing = viewModel;
            closing.prepareToClose(() -> close(stage, closing),
                    why -> UnsavedCloseDialog.ask(stage, messages, closing, why, () -> close(stage, closing)));
        });
        stage.show();
        DeliveryNotifications.attach(viewModel.sync(), stage);
        viewModel.begin(opened.startup());
        // the search index and the rest of the early work once the whole window is laid out
        view.whenComplete(() -> OpeningShell.afterNextLayout(stage.getScene(), () -> {
            tasks.run(() -> { opened.openSearch(); return null; }, x -> { }, e -> { });
            view.keysToTranscriptUnlessChosen();
            storyShown.run();
        }));
    }

    /** Closes the store and the window (what could not be saved stays in the typing journal). */
    private void close(Stage primaryStage, MainViewModel closing) {
        WindowLayout layout = WindowPlacement.capture(primaryStage, view.mainSplit(), preferences.current().window());
        closing.shutdown(() -> {
            // written before the window hides: hiding the last window ends the application
            preferences.change(p -> p.withWindow(layout), this::closed, error -> closed());
        });
    }

    private void showPreferences() {
        new WindowPreferences(new WindowPreferences.Window(stage, messages, view, viewModel), dataFolder, preferences,
                tasks, () -> membership, this::languageOf, chosen -> {
                    messages = chosen;
                    rebuild();
                }, this::preferencesNotSaved).show();
    }

    /** Saves everything, closes the store, and builds the window again (in a new language). */
    private void rebuild() {
        MainViewModel closing = viewModel;
        Runnable go = () -> {
            WindowLayout layout = WindowPlacement.capture(stage, view.mainSplit(), preferences.current().window());
            closing.shutdown(() -> {
                closeWhenOpened();
                openFolder(() -> WindowPlacement.restoreDividers(view.mainSplit(), layout));
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
        if (viewModel == null) {
            return; // nothing typed yet: the folder is still opening
        }
        viewModel.editor().flush();
        viewModel.metadata().flush();
    }

    private void requestClose() {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /**
     * Takes the folder opened since launch, or opens it (tests, a new language, and after a damaged
     * file was moved aside); {@code shown} runs once the window shows it.
     */
    private void openFolder(Runnable shown) {
        whenShown = shown;
        if (early == null) {
            tasks.run(() -> Workspace.Opened.open(dataFolder, false), opened -> folderOpened(opened, null, shown),
                    this::storeProblem);
        } else {
            CompletableFuture<CredentialStore> chosen = early.credentials();
            CompletableFuture<Workspace.Opened> opening = early.store();
            storyShown = early::storyShown;
            early = null;
            Workspace.Opened ready = opening.isDone() && !opening.isCompletedExceptionally() ? opening.join() : null;
            if (ready != null) {
                // usually so: the editor gets its story before the window's first full layout
                folderOpened(ready, chosen, shown);
            } else {
                tasks.whenDone(opening, opened -> folderOpened(opened, chosen, shown), this::storeProblem);
            }
        }
    }

    /** Shows the library and the last story at once; publishing follows when the keeper of secrets is known. */
    private void folderOpened(Workspace.Opened opened, CompletableFuture<CredentialStore> chosen, Runnable shown) {
        if (closeAsked) {
            tasks.run(() -> {
                opened.services().close();
                return null;
            }, x -> closed(), e -> closed());
            return;
        }
        Store store = opened.store();
        show(opened);
        shown.run();
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
        Workspace workspace = new Workspace(dataFolder, deliveryBackoff, Clock.systemUTC());
        tasks.run(() -> workspace.publishing(store, credentials), publishing -> {
            if (starting == viewModel && starting.sync().startIfOpen(publishing)) {
                new CredentialUnlock(stage, tasks, messages).unlockIfKept(credentials);
                starting.newsroom().start(Workspace.newsroom(store, credentials, starting::editorName));
                membership = new NewsroomMembership(store, credentials);
            }
        }, error -> log().error("publishing cannot start in {}", dataFolder, error));
    }

    /** While the folder opens, closing the window waits for it and closes it (nothing opens behind a hidden window). */
    private void closeWhenOpened() {
        stage.setOnCloseRequest(e -> {
            e.consume();
            closeAsked = true;
        });
    }

    /** The window hides once the folder is closed: hiding the last window ends the application. */
    private void closed() {
        stage.hide();
        tasks.close();
        afterClose.run();
    }

    private void storeProblem(Throwable error) {
        if (closeAsked) {
            log().warn("cannot open the store in {} (the window was closed meanwhile)", dataFolder, error);
            closed();
            return;
        }
        if (StartupProblemDialog.freshStoreChosen(stage, messages, dataFolder, error)) {
            tasks.run(() -> Store.moveAside(dataFolder), moved -> openFolder(whenShown), this::storeProblem);
            return;
        }
        afterClose.run();
    }

    /** Asked for when needed: logging is set up on the early-start thread, not before the window. */
    private static Logger log() {
        return LoggerFactory.getLogger(NewsdeskApp.class);
    }
}
