package org.newsdesk.ui.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The playback key map: defaults from the issue, conflicts refused, round trip through text. */
class KeyMapTest {

    private static final Map<KeyStroke, String> MENUS = Map.of(
            KeyStroke.ctrl("S"), "menu.file.saveRevision",
            KeyStroke.ctrl("SLASH"), "menu.help.shortcuts");

    @ParameterizedTest
    @CsvSource({"ESCAPE,PLAY_PAUSE", "F4,PLAY_PAUSE", "F1,BACK", "F2,FORWARD", "F3,SLOWER", "F5,FASTER",
            "Ctrl+T,TIMESTAMP", "F6,LOOP"})
    void defaultsFollowTheTranscriptionTools(String key, PlaybackAction action) {
        assertThat(KeyMap.defaults().actionFor(KeyStroke.parse(key))).contains(action);
    }

    @Test
    void wordJumpsAndTypingKeysAreNotTakenByDefault() {
        KeyMap keys = KeyMap.defaults();
        assertThat(keys.actionFor(KeyStroke.ctrl("LEFT"))).isEmpty();
        assertThat(keys.actionFor(KeyStroke.of("T"))).isEmpty();
        assertThat(keys.actionFor(KeyStroke.ctrl("S"))).isEmpty();
    }

    @Test
    void aKeyOfAnotherActionIsAConflictNamingThatAction() {
        assertThat(KeyMap.defaults().conflict(PlaybackAction.BACK, KeyStroke.of("F2"), MENUS))
                .contains(new KeyMap.Conflict.WithAction(PlaybackAction.FORWARD));
        assertThatThrownBy(() -> KeyMap.defaults().with(PlaybackAction.BACK, 1, KeyStroke.of("F2"), MENUS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMenuKeyIsAConflictNamingTheCommand() {
        assertThat(KeyMap.defaults().conflict(PlaybackAction.LOOP, KeyStroke.ctrl("S"), MENUS))
                .contains(new KeyMap.Conflict.WithCommand("menu.file.saveRevision"));
    }

    @ParameterizedTest
    @CsvSource({"A", "Shift+A", "SPACE", "ENTER", "BACK_SPACE", "LEFT", "Shift+HOME", "DIGIT1", "NUMPAD5"})
    void keysThatTypeOrMoveTheCaretAreRefused(String key) {
        assertThat(KeyMap.defaults().conflict(PlaybackAction.LOOP, KeyStroke.parse(key), MENUS))
                .contains(new KeyMap.Conflict.EditingKey());
    }

    @Test
    void theSameActionsOwnKeyIsNoConflict() {
        assertThat(KeyMap.defaults().conflict(PlaybackAction.BACK, KeyStroke.of("F1"), MENUS)).isEmpty();
    }

    @Test
    void assigningAKeyToASecondSlotKeepsTheFirst() {
        KeyMap keys = KeyMap.defaults().with(PlaybackAction.BACK, 1, KeyStroke.ctrl("LEFT"), MENUS)
                .with(PlaybackAction.FORWARD, 1, KeyStroke.ctrl("RIGHT"), MENUS);
        assertThat(keys.keysOf(PlaybackAction.BACK)).containsExactly(KeyStroke.of("F1"), KeyStroke.ctrl("LEFT"));
        assertThat(keys.actionFor(KeyStroke.ctrl("RIGHT"))).contains(PlaybackAction.FORWARD);
    }

    @Test
    void aFootPedalKeyReplacesASlotAndTheOldKeyIsFreed() {
        KeyMap keys = KeyMap.defaults().with(PlaybackAction.PLAY_PAUSE, 1, KeyStroke.of("F13"), MENUS);
        assertThat(keys.keysOf(PlaybackAction.PLAY_PAUSE)).containsExactly(KeyStroke.of("ESCAPE"), KeyStroke.of("F13"));
        assertThat(keys.actionFor(KeyStroke.of("F4"))).isEmpty();
    }

    @Test
    void removingAKeyFreesIt() {
        KeyMap keys = KeyMap.defaults().without(PlaybackAction.PLAY_PAUSE, 0);
        assertThat(keys.keysOf(PlaybackAction.PLAY_PAUSE)).containsExactly(KeyStroke.of("F4"));
        assertThat(keys.conflict(PlaybackAction.LOOP, KeyStroke.of("ESCAPE"), MENUS)).isEmpty();
    }

    @Test
    void encodedMapsReadBackEqual() {
        KeyMap keys = KeyMap.defaults().with(PlaybackAction.BACK, 1, new KeyStroke("LEFT", true, true, false), MENUS)
                .without(PlaybackAction.LOOP, 0);
        assertThat(KeyMap.decode(keys.encode())).isEqualTo(keys);
        assertThat(KeyMap.decode(keys.encode()).keysOf(PlaybackAction.LOOP)).isEmpty();
    }

    @Test
    void unreadableOrDuplicateLinesFallBackToDefaults() {
        KeyMap keys = KeyMap.decode("BACK=F9\nFORWARD=F9,Ctrl+Hyper+X\nNO_SUCH=F1\nSLOWER=A\n");
        assertThat(keys.keysOf(PlaybackAction.BACK)).containsExactly(KeyStroke.of("F9"));
        // F9 is BACK's already; the unreadable stroke keeps FORWARD's default
        assertThat(keys.keysOf(PlaybackAction.FORWARD)).containsExactly(KeyStroke.of("F2"));
        assertThat(keys.keysOf(PlaybackAction.SLOWER)).isEmpty();
        assertThat(keys.keysOf(PlaybackAction.PLAY_PAUSE)).containsExactly(KeyStroke.of("ESCAPE"), KeyStroke.of("F4"));
    }

    @Test
    void strokesPrintAndParseTheSameWay() {
        KeyStroke stroke = new KeyStroke("f7", true, true, true);
        assertThat(stroke.toString()).isEqualTo("Ctrl+Shift+Alt+F7");
        assertThat(KeyStroke.parse(stroke.toString())).isEqualTo(stroke);
    }
}
