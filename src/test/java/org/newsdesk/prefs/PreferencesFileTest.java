package org.newsdesk.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.export.LabelStyle;

/** The preferences file on a real disk: round trip, missing, broken and newer files. */
class PreferencesFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T19:30:05Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private PreferencesFile file() {
        return new PreferencesFile(folder.resolve("config").resolve(PreferencesFile.FILE_NAME), CLOCK);
    }

    @Test
    void whatIsSavedIsLoadedBack() {
        Preferences chosen = new Preferences("zh-TW", " 張令沛 ", "Asia/Taipei", "Noto Serif CJK TC", 18, 1.8,
                LabelStyle.HALFWIDTH, folder.resolve("out").toString(), List.of("訪談", "新聞", "訪談"), Theme.DARK,
                folder.resolve("data").toString(),
                new WindowLayout(40, 30, 1400, 900, true, List.of(0.2, 0.75)));

        file().save(chosen);
        PreferencesFile.Loaded loaded = file().load();

        assertThat(loaded.preferences()).isEqualTo(chosen);
        assertThat(loaded.preferences().editorName()).isEqualTo("張令沛");
        assertThat(loaded.preferences().channels()).containsExactly("訪談", "新聞");
        assertThat(loaded.movedAside()).isEmpty();
        assertThat(loaded.preferences().dataFolderPath()).isEqualTo(folder.resolve("data"));
    }

    @Test
    void savingReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        file().save(Preferences.defaults());
        file().save(Preferences.defaults().withExportFolder(folder.resolve("x").toString()));

        try (Stream<Path> files = Files.list(folder.resolve("config"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(PreferencesFile.FILE_NAME);
        }
        assertThat(file().load().preferences().exportFolder()).isEqualTo(folder.resolve("x").toString());
    }

    @Test
    void aWriteCutShortLeavesTheOldFileAndItsTemporaryFileIsTidiedAway() throws Exception {
        Preferences dark = new Preferences(null, null, null, null, 0, 0, null, null, null, Theme.DARK, null, null);
        file().save(dark);
        Path leftover = Files.createFile(folder.resolve("config").resolve(".preferences123456.tmp"));

        assertThat(file().load().preferences()).isEqualTo(dark);
        assertThat(leftover).doesNotExist();
        assertThat(file().path()).exists();
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        PreferencesFile.Loaded loaded = file().load();

        assertThat(loaded.preferences()).isEqualTo(Preferences.defaults());
        assertThat(loaded.movedAside()).isEmpty();
        assertThat(Files.exists(file().path())).isFalse();
        assertThat(loaded.preferences().fontFamily()).isEqualTo(Preferences.DEFAULT_FONT);
        assertThat(loaded.preferences().lineSpacing()).isBetween(1.5, 1.8);
        assertThat(loaded.preferences().timeZone()).isEqualTo("Asia/Shanghai");
        assertThat(loaded.preferences().channels()).contains("訪談");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"language\": \"zh-CN\",", "not json at all", "null", "[1, 2]", "{\"fontSize\": \"big\"}", ""})
    void aBrokenFileIsMovedAsideKeptAndReplacedByDefaults(String content) throws Exception {
        Files.createDirectories(file().path().getParent());
        Files.writeString(file().path(), content, StandardCharsets.UTF_8);

        PreferencesFile.Loaded loaded = file().load();

        assertThat(loaded.preferences()).isEqualTo(Preferences.defaults());
        Path aside = folder.resolve("config").resolve("preferences.broken-20261124-193005.json");
        assertThat(loaded.movedAside()).contains(aside);
        assertThat(Files.readString(aside)).isEqualTo(content);
        assertThat(Files.exists(file().path())).isFalse();
        assertThat(loaded.problem()).isNotBlank();
    }

    @Test
    void fieldsFromANewerVersionAreIgnoredAndTheKnownOnesKept() throws Exception {
        Files.createDirectories(file().path().getParent());
        Files.writeString(file().path(), """
                {"language": "zh-CN", "editorName": "李寶純", "spellChecker": {"on": true},
                 "theme": "SEPIA", "labelStyle": "BRACKETS", "fontSize": 20, "futureList": [1, 2]}
                """);

        PreferencesFile.Loaded loaded = file().load();

        assertThat(loaded.movedAside()).isEmpty();
        Preferences p = loaded.preferences();
        assertThat(p.language()).isEqualTo("zh-CN");
        assertThat(p.editorName()).isEqualTo("李寶純");
        assertThat(p.labelStyle()).isEqualTo(LabelStyle.BRACKETS);
        assertThat(p.fontSize()).isEqualTo(20);
        assertThat(p.theme()).as("unknown theme falls back").isEqualTo(Theme.LIGHT);
        assertThat(p.lineSpacing()).isEqualTo(Preferences.DEFAULT_LINE_SPACING);
    }

    @Test
    void valuesOutOfRangeFallBackToTheirDefaults() {
        Preferences p = new Preferences("fr", null, "Mars/Olympus", " ", 400, 0.2, null, "relative/folder",
                null, null, "also/relative", null);

        assertThat(p).isEqualTo(Preferences.defaults());
    }

    @Test
    void theCommandLinePeekNeverMovesAnything() throws Exception {
        Files.createDirectories(file().path().getParent());
        Files.writeString(file().path(), "{broken");

        assertThat(file().peek()).isEqualTo(Preferences.defaults());
        assertThat(Files.readString(file().path())).isEqualTo("{broken");
    }

    @Test
    void newStoriesCarryTheEditorsNameAndTimeZone() {
        Preferences p = new Preferences(null, "張令沛", "Asia/Hong_Kong", null, 0, 0, null, null, null, null, null, null);

        assertThat(p.newStoryMetadata().editor()).isEqualTo("張令沛");
        assertThat(p.newStoryMetadata().timeZone().getId()).isEqualTo("Asia/Hong_Kong");
        assertThat(p.newStoryMetadata().headline()).isEmpty();
    }

    @Test
    void theExportFolderDefaultsToOneInTheHomeFolder() {
        Path home = folder.resolve("home");
        assertThat(Preferences.defaults().exportFolderOr(home)).isEqualTo(home.resolve("Newsdesk").resolve("exports"));
        Path chosen = folder.resolve("exports");
        assertThat(Preferences.defaults().withExportFolder(chosen.toString()).exportFolderOr(home)).isEqualTo(chosen);
    }
}
