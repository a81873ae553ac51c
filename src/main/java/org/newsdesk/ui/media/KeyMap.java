package org.newsdesk.ui.media;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which keys run which playback action while the editor types. Each action has up to
 * {@link #SLOTS} keys (a keyboard key and, say, a foot pedal's); a key belongs to at most
 * one action. Immutable: every change returns a new map.
 */
public final class KeyMap {

    public static final int SLOTS = 2;

    private final Map<PlaybackAction, List<KeyStroke>> keys;

    private KeyMap(Map<PlaybackAction, List<KeyStroke>> keys) {
        EnumMap<PlaybackAction, List<KeyStroke>> copy = new EnumMap<>(PlaybackAction.class);
        for (PlaybackAction a : PlaybackAction.values()) {
            copy.put(a, List.copyOf(keys.getOrDefault(a, List.of())));
        }
        this.keys = Collections.unmodifiableMap(copy);
    }

    /**
     * The keys transcription tools have made familiar: Esc and F4 play/pause, F1 back, F2
     * forward, F3 slower, F5 faster, Ctrl+T timestamp, F6 loop. Ctrl+←/→ are left to word
     * jumps by default and can be assigned to back/forward.
     */
    public static KeyMap defaults() {
        Map<PlaybackAction, List<KeyStroke>> m = new EnumMap<>(PlaybackAction.class);
        m.put(PlaybackAction.PLAY_PAUSE, List.of(KeyStroke.of("ESCAPE"), KeyStroke.of("F4")));
        m.put(PlaybackAction.BACK, List.of(KeyStroke.of("F1")));
        m.put(PlaybackAction.FORWARD, List.of(KeyStroke.of("F2")));
        m.put(PlaybackAction.SLOWER, List.of(KeyStroke.of("F3")));
        m.put(PlaybackAction.FASTER, List.of(KeyStroke.of("F5")));
        m.put(PlaybackAction.TIMESTAMP, List.of(KeyStroke.ctrl("T")));
        m.put(PlaybackAction.LOOP, List.of(KeyStroke.of("F6")));
        return new KeyMap(m);
    }

    public List<KeyStroke> keysOf(PlaybackAction action) {
        return keys.get(action);
    }

    public Optional<PlaybackAction> actionFor(KeyStroke stroke) {
        for (var e : keys.entrySet()) {
            if (e.getValue().contains(stroke)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Why a key cannot be given to an action. */
    public sealed interface Conflict {
        /** Another playback action already has the key. */
        record WithAction(PlaybackAction other) implements Conflict {
        }

        /** A menu command has the key; {@code nameKey} is its name in the bundles. */
        record WithCommand(String nameKey) implements Conflict {
        }

        /** The key types text or moves the caret. */
        record EditingKey() implements Conflict {
        }
    }

    /**
     * What stands in the way of giving {@code stroke} to {@code action}, or empty when nothing
     * does. {@code commands} maps the menus' keys to the bundle keys of their names.
     */
    public Optional<Conflict> conflict(PlaybackAction action, KeyStroke stroke, Map<KeyStroke, String> commands) {
        if (stroke.isEditingKey()) {
            return Optional.of(new Conflict.EditingKey());
        }
        if (commands.containsKey(stroke)) {
            return Optional.of(new Conflict.WithCommand(commands.get(stroke)));
        }
        return actionFor(stroke).filter(other -> other != action).map(Conflict.WithAction::new);
    }

    /**
     * Gives {@code stroke} to {@code action} in {@code slot} (0 or 1), replacing what was
     * there. The caller checks {@link #conflict} first; a key taken elsewhere is refused here too.
     */
    public KeyMap with(PlaybackAction action, int slot, KeyStroke stroke, Map<KeyStroke, String> commands) {
        checkSlot(slot);
        if (conflict(action, stroke, commands).isPresent()) {
            throw new IllegalArgumentException(stroke + " is taken");
        }
        List<KeyStroke> list = new ArrayList<>(keys.get(action));
        list.remove(stroke);
        if (slot < list.size()) {
            list.set(slot, stroke);
        } else {
            list.add(stroke);
        }
        return replaced(action, list);
    }

    /** Takes the key in {@code slot} away from {@code action}. */
    public KeyMap without(PlaybackAction action, int slot) {
        checkSlot(slot);
        List<KeyStroke> list = new ArrayList<>(keys.get(action));
        if (slot < list.size()) {
            list.remove(slot);
        }
        return replaced(action, list);
    }

    private KeyMap replaced(PlaybackAction action, List<KeyStroke> list) {
        Map<PlaybackAction, List<KeyStroke>> m = new EnumMap<>(keys);
        m.put(action, list);
        return new KeyMap(m);
    }

    private static void checkSlot(int slot) {
        if (slot < 0 || slot >= SLOTS) {
            throw new IllegalArgumentException("slot " + slot);
        }
    }

    /** One line per action, {@code BACK=F1,Ctrl+LEFT}; an action without keys has an empty list. */
    public String encode() {
        StringBuilder sb = new StringBuilder();
        for (var e : keys.entrySet()) {
            sb.append(e.getKey().name()).append('=');
            for (int i = 0; i < e.getValue().size(); i++) {
                sb.append(i > 0 ? "," : "").append(e.getValue().get(i));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Reads what {@link #encode} wrote. Actions it does not mention (added in a later
     * version) and lines that cannot be read keep their default keys; a key claimed twice
     * stays with the first action.
     */
    public static KeyMap decode(String text) {
        KeyMap defaults = defaults();
        Map<PlaybackAction, List<KeyStroke>> m = new EnumMap<>(PlaybackAction.class);
        List<KeyStroke> taken = new ArrayList<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            try {
                PlaybackAction action = PlaybackAction.valueOf(line.substring(0, eq).strip());
                List<KeyStroke> list = new ArrayList<>();
                for (String k : line.substring(eq + 1).split(",")) {
                    if (!k.isBlank() && list.size() < SLOTS) {
                        KeyStroke stroke = KeyStroke.parse(k);
                        if (!taken.contains(stroke) && !stroke.isEditingKey()) {
                            list.add(stroke);
                            taken.add(stroke);
                        }
                    }
                }
                m.put(action, list);
            } catch (IllegalArgumentException e) {
                // an unreadable line keeps that action's defaults
            }
        }
        for (PlaybackAction a : PlaybackAction.values()) {
            if (!m.containsKey(a)) {
                List<KeyStroke> list = new ArrayList<>(defaults.keysOf(a));
                list.removeIf(taken::contains);
                m.put(a, list);
            }
        }
        return new KeyMap(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyMap other && keys.equals(other.keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }
}
