package org.newsdesk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.newsdesk.i18n.Messages;
import org.newsdesk.newsroom.NewsroomMembership;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.editor.EditorTypography;
import org.newsdesk.ui.main.MainView;
import org.newsdesk.ui.main.MainViewModel;
import org.newsdesk.ui.preferences.NewsroomPage;
import org.newsdesk.ui.preferences.NewsroomPreferences;
import org.newsdesk.ui.preferences.PreferencesDialog;
import org.newsdesk.ui.preferences.PreferencesViewModel;
import org.newsdesk.workflow.metadata.ChannelList;

/**
 * The Preferences dialog of one built window and what applying its edits changes at once:
 * theme, typography and channels in place; a new language is handed back to the application,
 * which rebuilds the window.
 */
final class WindowPreferences {

    /** What the dialog works on: the window as built in one language. */
    record Window(Stage stage, Messages messages, MainView view, MainViewModel viewModel) {
    }

    private final Window window;
    private final Path dataFolder;
    private final PreferencesKeeper preferences;
    private final BackgroundTasks tasks;
    private final Supplier<NewsroomMembership> membership;
    private final Function<Preferences, Messages> languageOf;
    private final Consumer<Messages> languageChanged;
    private final Consumer<Throwable> notSaved;

    /**
     * @param languageOf the language the preferences choose
     * @param languageChanged runs on the FX thread, once the dialog closed, with the newly chosen language
     * @param notSaved runs when the preferences could not be written
     */
    WindowPreferences(Window window, Path dataFolder, PreferencesKeeper preferences, BackgroundTasks tasks,
            Supplier<NewsroomMembership> membership, Function<Preferences, Messages> languageOf,
            Consumer<Messages> languageChanged, Consumer<Throwable> notSaved) {
        this.window = window;
        this.dataFolder = dataFolder;
        this.preferences = preferences;
        this.tasks = tasks;
        this.membership = membership;
        this.languageOf = languageOf;
        this.languageChanged = languageChanged;
        this.notSaved = notSaved;
    }

    static EditorTypography typography(Preferences chosen) {
        return new EditorTypography(chosen.fontFamily(), chosen.fontSize(), chosen.lineSpacing());
    }

    /** Shows the dialog; every applied edit is saved and takes effect. */
    void show() {
        Messages messages = window.messages();
        MainView view = window.view();
        MainViewModel viewModel = window.viewModel();
        PreferencesDialog[] dialog = new PreferencesDialog[1];
        PreferencesViewModel edits = new PreferencesViewModel(preferences.current(), dataFolder, messages,
                edited -> apply(edited, dialog[0]));
        dialog[0] = new PreferencesDialog(window.stage(), edits, messages, List.of(
                ShellDialogs.opener(messages, "prefsKeys", "prefs.section.keys", "prefs.keys.explain", "media.menu.keys", view::editPlaybackKeys),
                ShellDialogs.opener(messages, "prefsTargets", "prefs.section.targets", "prefs.targets.explain", "sync.menu.targets",
                        view::editTargets),
                NewsroomPage.section(new NewsroomPreferences(tasks, messages, membership,
                        viewModel.newsroom()::syncNow, viewModel.newsroom().indicatorProperty()), messages)));
        dialog[0].show();
    }

    /** Applies what can be applied at once; a new language rebuilds the window after saving the work. */
    private void apply(Preferences edited, PreferencesDialog dialog) {
        Preferences before = preferences.current();
        preferences.change(p -> edited.withWindow(p.window()), () -> { }, notSaved);
        if (before.theme() != edited.theme()) {
            Look.apply(edited.theme());
        }
        window.view().editorView().setTypography(typography(edited));
        if (!before.channels().equals(edited.channels())) {
            window.viewModel().useChannels(new ChannelList(edited.channels()));
        }
        if (!before.language().equals(edited.language())) {
            Messages chosen = languageOf.apply(edited);
            Platform.runLater(() -> {
                dialog.close();
                languageChanged.accept(chosen);
            });
        }
    }
}
