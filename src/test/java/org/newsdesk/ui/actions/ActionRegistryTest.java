package org.newsdesk.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.ui.media.KeyMap;
import org.newsdesk.ui.media.KeyStroke;
import org.newsdesk.ui.media.PlaybackAction;

/** The registry's keys: none twice, none of the input method's, transcript's or playback's; conditions where needed. */
class ActionRegistryTest {

    /** Commands that act on the application, not on a story: the only ones that may be always enabled. */
    private static final Set<String> APPLICATION_COMMANDS = Set.of("menuNew", "menuImport", "menuImportAddress",
            "menuOverrides", "menuShowTrash", "menuQuit", "menuPreferences", "menuSearchLibrary", "menuNameDirectory", "menuRebuildIndex",
            "menuOutbox", "menuTargets", "menuPlaybackKeys", "menuFollow", "menuHideTimestamps", "menuShortcuts",
            "menuGuide", "menuAbout");

    private static Map<KeyStroke, String> takenKeys() {
        Map<KeyStroke, String> taken = new LinkedHashMap<>(ReservedKeys.all());
        KeyMap playback = KeyMap.defaults();
        for (PlaybackAction a : PlaybackAction.values()) {
            playback.keysOf(a).forEach(k -> taken.put(k, a.nameKey()));
        }
        return taken;
    }

    @Test
    void noKeyIsGivenTwiceOrTakenByTheInputMethodTheTranscriptOrPlayback() {
        assertThat(ActionRegistry.keyClashes(ActionRegistry.all(), takenKeys())).isEmpty();
    }

    @Test
    void theClashCheckFindsADuplicateAndAnInputMethodKey() {
        List<ActionSpec> bad = List.of(
                new ActionSpec("a", "menu.file", "menu.file.new", null, "Shortcut+Shift+R", EnabledWhen.ALWAYS),
                new ActionSpec("b", "menu.file", "menu.file.new", null, "Shortcut+Shift+R", EnabledWhen.ALWAYS),
                new ActionSpec("c", "menu.format", "menu.format.uncertain", null, "Shortcut+Shift+U", EnabledWhen.ALWAYS),
                new ActionSpec("d", "menu.edit", "menu.edit.find", null, "Shortcut+Space", EnabledWhen.ALWAYS),
                new ActionSpec("e", "menu.edit", "menu.edit.find", null, "Shortcut+Period", EnabledWhen.ALWAYS),
                new ActionSpec("f", "menu.edit", "menu.edit.find", null, "F4", EnabledWhen.ALWAYS));

        List<String> problems = ActionRegistry.keyClashes(bad, takenKeys());

        assertThat(problems).hasSize(5);
        assertThat(problems.get(0)).startsWith("b: Ctrl+Shift+R is already a's key");
        assertThat(problems.get(1)).contains("c:", "keys.reserved.unicodeEntry");
        assertThat(problems.get(2)).contains("d:", "keys.reserved.inputMethod");
        assertThat(problems.get(3)).contains("e:", "keys.reserved.punctuation");
        assertThat(problems.get(4)).contains("f:", PlaybackAction.PLAY_PAUSE.nameKey());
    }

    @Test
    void everyCommandThatActsOnAStoryHasAConditionOtherThanAlways() {
        for (ActionSpec a : ActionRegistry.all()) {
            if (!APPLICATION_COMMANDS.contains(a.id())) {
                assertThat(a.enabledWhen()).as(a.id() + " needs an enabled-when").isNotEqualTo(EnabledWhen.ALWAYS);
            }
        }
        assertThat(ActionRegistry.find("menuPublish").orElseThrow().enabledWhen()).isEqualTo(EnabledWhen.CAN_PUBLISH);
        assertThat(ActionRegistry.find("menuWithdraw").orElseThrow().enabledWhen()).isEqualTo(EnabledWhen.CAN_WITHDRAW);
        assertThat(ActionRegistry.find("menuBold").orElseThrow().enabledWhen()).isEqualTo(EnabledWhen.SELECTION);
    }

    @Test
    void noKeyMovesAStoryToPublishedOrWithdrawsIt() {
        assertThat(ActionRegistry.find("menuWithdraw").orElseThrow().accelerator()).isNull();
        assertThat(ActionRegistry.all()).extracting(ActionSpec::id)
                .doesNotContain("menuStatusPublished", "menuStatusWithdrawn")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyNameIconAndToolbarEntryExists() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/messages.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (ActionSpec a : ActionRegistry.all()) {
            assertThat(english).as(a.id()).containsKeys(a.textKey(), a.menuKey());
        }
        for (String id : ActionRegistry.TOOLBAR) {
            if (!id.equals("|")) {
                assertThat(ActionRegistry.find(id)).as(id).isPresent();
                assertThat(ActionRegistry.find(id).orElseThrow().icon()).as(id + " icon").isNotNull();
            }
        }
        ReservedKeys.all().values().forEach(k -> assertThat(english).containsKey(k));
    }
}
