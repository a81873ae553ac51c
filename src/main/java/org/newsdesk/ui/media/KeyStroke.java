package org.newsdesk.ui.media;

import java.util.Locale;
import java.util.Objects;

/**
 * One key with its modifiers, independent of the toolkit, so key maps are plain data.
 *
 * @param code the key's code as the toolkit names its constant ({@code F4}, {@code ESCAPE}, {@code T})
 */
public record KeyStroke(String code, boolean ctrl, boolean shift, boolean alt) {

    public KeyStroke {
        Objects.requireNonNull(code, "code");
        if (code.isBlank() || code.contains("+") || code.contains(",")) {
            throw new IllegalArgumentException("not a key code: " + code);
        }
        code = code.toUpperCase(Locale.ROOT);
    }

    public static KeyStroke of(String code) {
        return new KeyStroke(code, false, false, false);
    }

    public static KeyStroke ctrl(String code) {
        return new KeyStroke(code, true, false, false);
    }

    /** Reads the form {@link #toString()} writes, e.g. {@code Ctrl+Shift+LEFT}. */
    public static KeyStroke parse(String text) {
        String[] parts = text.strip().split("\\+");
        boolean ctrl = false;
        boolean shift = false;
        boolean alt = false;
        for (int i = 0; i < parts.length - 1; i++) {
            switch (parts[i].toLowerCase(Locale.ROOT)) {
                case "ctrl" -> ctrl = true;
                case "shift" -> shift = true;
                case "alt" -> alt = true;
                default -> throw new IllegalArgumentException("unknown modifier in " + text);
            }
        }
        return new KeyStroke(parts[parts.length - 1], ctrl, shift, alt);
    }

    private static final java.util.Set<String> EDITING = java.util.Set.of("SPACE", "ENTER", "BACK_SPACE", "DELETE",
            "TAB", "LEFT", "RIGHT", "UP", "DOWN", "HOME", "END", "PAGE_UP", "PAGE_DOWN", "INSERT");

    /**
     * Keys an editor types or moves the caret with (letters, digits, space, arrows …, with
     * or without Shift): taking one for playback would break typing.
     */
    public boolean isEditingKey() {
        return !ctrl && !alt && (code.length() == 1 || code.startsWith("DIGIT") || code.startsWith("NUMPAD")
                || EDITING.contains(code));
    }

    @Override
    public String toString() {
        return (ctrl ? "Ctrl+" : "") + (shift ? "Shift+" : "") + (alt ? "Alt+" : "") + code;
    }
}
