package org.newsdesk.ui.actions;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsdesk.ui.media.KeyStroke;

/**
 * Keys no menu command may take, with the bundle key saying who has them: the platforms'
 * input-method keys (a Chinese editor's pinyin input lives on them) and the keys the
 * transcript area handles itself. {@code Ctrl} here means the platform's shortcut key.
 */
public final class ReservedKeys {

    /** Linux IBus and fcitx: switch input method, Unicode entry, full/half-width punctuation; Windows: switch IME. */
    public static final Map<KeyStroke, String> INPUT_METHOD = Map.of(
            KeyStroke.ctrl("SPACE"), "keys.reserved.inputMethod",
            new KeyStroke("U", true, true, false), "keys.reserved.unicodeEntry",
            KeyStroke.ctrl("PERIOD"), "keys.reserved.punctuation");

    /**
     * The transcript area's own keys (typing, caret), as the shortcut sheet lists them. The
     * clipboard keys are the Edit menu's commands, which act on whatever text has the focus.
     */
    public static final Map<KeyStroke, String> TRANSCRIPT = Map.of(
            KeyStroke.of("ENTER"), "keys.enter",
            KeyStroke.ctrl("HOME"), "keys.documentEnds",
            KeyStroke.ctrl("END"), "keys.documentEnds");

    private ReservedKeys() {
    }

    /** Both lists together. */
    public static Map<KeyStroke, String> all() {
        Map<KeyStroke, String> all = new LinkedHashMap<>(INPUT_METHOD);
        all.putAll(TRANSCRIPT);
        return all;
    }
}
