package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.LabelStyle;
import org.newsdesk.i18n.Messages;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.Theme;
import org.newsdesk.prefs.WindowLayout;
import org.newsdesk.ui.preferences.PreferencesViewModel;

/** The Preferences window's fields without a window: checks, apply, and what waits for a restart. */
class PreferencesViewModelTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path folder;

    private final List<Preferences> applied = new ArrayList<>();

    private PreferencesViewModel viewModel(Preferences current) {
        return new PreferencesViewModel(current, folder.resolve("data"), ENGLISH, applied::add);
    }

    @Test
    void applyHandsOverTheEditedPreferencesAndKeepsTheWindowsPlace() {
        WindowLayout place = new WindowLayout(10, 20, 1200, 800, false, List.of(0.25, 0.7));
        PreferencesViewModel vm = viewModel(Preferences.defaults().withWindow(place));
        vm.editorNameProperty().set("  李寶純 ");
        vm.themeProperty().set(Theme.DARK);
        vm.labelStyleProperty().set(LabelStyle.BRACKETS);
        vm.fontSizeProperty().set(20.0);
        vm.channels().add("教育訪談");

        assertThat(vm.apply()).isTrue();

        Preferences p = applied.get(0);
        assertThat(p.editorName()).isEqualTo("李寶純");
        assertThat(p.theme()).isEqualTo(Theme.DARK);
        assertThat(p.labelStyle()).isEqualTo(LabelStyle.BRACKETS);
        assertThat(p.fontSize()).isEqualTo(20.0);
        assertThat(p.channels()).endsWith("教育訪談");
        assertThat(p.window()).isEqualTo(place);
    }

    @Test
    void badFieldsAreExplainedAndNothingIsApplied() {
        PreferencesViewModel vm = viewModel(Preferences.defaults());
        assertThat(vm.problemProperty().get()).isEmpty();

        vm.exportFolderProperty().set("exports/relative");
        assertThat(vm.problemProperty().get()).isEqualTo(ENGLISH.get("prefs.error.exportFolder"));
        assertThat(vm.apply()).isFalse();

        vm.exportFolderProperty().set(folder.resolve("exports").toString());
        vm.dataFolderProperty().set("data/relative");
        assertThat(vm.problemProperty().get()).isEqualTo(ENGLISH.get("prefs.error.dataFolder"));
        vm.dataFolderProperty().set("");
        vm.timeZoneProperty().set("Asia/Nowhere");
        assertThat(vm.problemProperty().get()).isEqualTo(ENGLISH.get("prefs.error.timeZone", "Asia/Nowhere"));
        assertThat(vm.apply()).isFalse();
        assertThat(applied).isEmpty();

        vm.timeZoneProperty().set("Asia/Hong_Kong");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.apply()).isTrue();
        assertThat(applied.get(0).timeZone()).isEqualTo("Asia/Hong_Kong");
    }

    @Test
    void aNewDataFolderWaitsForTheNextStart() {
        PreferencesViewModel vm = viewModel(Preferences.defaults());
        assertThat(vm.dataFolderChangesOnRestart()).isFalse();

        vm.dataFolderProperty().set(folder.resolve("data").toString());
        assertThat(vm.dataFolderChangesOnRestart()).as("the folder in use").isFalse();

        vm.dataFolderProperty().set(folder.resolve("elsewhere").toString());
        assertThat(vm.dataFolderChangesOnRestart()).isTrue();
    }
}
