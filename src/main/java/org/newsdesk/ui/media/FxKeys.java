package org.newsdesk.ui.media;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Between JavaFX's keys and the toolkit-free {@link KeyStroke}. */
public final class FxKeys {

    private FxKeys() {
    }

    public static KeyStroke of(KeyEvent e) {
        return new KeyStroke(e.getCode().name(), e.isShortcutDown() || e.isControlDown(), e.isShiftDown(), e.isAltDown());
    }

    /** A menu accelerator such as {@code Shortcut+Shift+I}; null when it names no single key. */
    public static KeyStroke of(String accelerator) {
        if (!(KeyCombination.keyCombination(accelerator) instanceof KeyCodeCombination k)) {
            return null;
        }
        boolean ctrl = k.getShortcut() == KeyCombination.ModifierValue.DOWN
                || k.getControl() == KeyCombination.ModifierValue.DOWN;
        return new KeyStroke(k.getCode().name(), ctrl, k.getShift() == KeyCombination.ModifierValue.DOWN,
                k.getAlt() == KeyCombination.ModifierValue.DOWN);
    }

    /** Modifier keys pressed alone make no stroke yet. */
    public static boolean isModifierOnly(KeyEvent e) {
        return e.getCode().isModifierKey() || e.getCode() == KeyCode.UNDEFINED;
    }

    /** As the platform shows keys: {@code Ctrl+T}, {@code Esc}, {@code F4}. */
    public static String display(KeyStroke stroke) {
        List<KeyCombination.Modifier> modifiers = new ArrayList<>();
        if (stroke.ctrl()) {
            modifiers.add(KeyCombination.SHORTCUT_DOWN);
        }
        if (stroke.shift()) {
            modifiers.add(KeyCombination.SHIFT_DOWN);
        }
        if (stroke.alt()) {
            modifiers.add(KeyCombination.ALT_DOWN);
        }
        try {
            return new KeyCodeCombination(KeyCode.valueOf(stroke.code()),
                    modifiers.toArray(KeyCombination.Modifier[]::new)).getDisplayText();
        } catch (IllegalArgumentException e) {
            return stroke.toString();
        }
    }
}
