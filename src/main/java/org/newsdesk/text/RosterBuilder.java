package org.newsdesk.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;

/**
 * Turns labels into roster entries while a transcript is parsed. One person is one
 * entry however the transcript names them: "主持人 魯健" first and "主持人" later, or
 * "魯健" later, are the same speaker. Keys are "host" for the first host, then "host2",
 * "host3"; "guest1", "guest2" for guests; "other1", ... for the rest.
 */
final class RosterBuilder {

    private final List<Speaker> roster;
    private final Map<String, String> keyByLabel = new HashMap<>();

    private final List<ParseNote> notes;
    private final java.util.function.Predicate<ParseNote> declined;

    RosterBuilder(List<Speaker> existing) {
        this(existing, new ArrayList<>(), n -> false);
    }

    /** Notes each merge of a new label into a known speaker; a declined merge makes a new entry. */
    RosterBuilder(List<Speaker> existing, List<ParseNote> notes, java.util.function.Predicate<ParseNote> declined) {
        this.notes = notes;
        this.declined = declined;
        this.roster = new ArrayList<>(existing);
        for (Speaker s : existing) {
            keyByLabel.putIfAbsent(s.label(), s.key());
            if (!s.fullName().isEmpty()) {
                keyByLabel.putIfAbsent(s.fullName(), s.key());
            }
        }
    }

    List<Speaker> roster() {
        return List.copyOf(roster);
    }

    /** The key of the speaker this label stands for, adding a roster entry when it is new. */
    String keyFor(SpeakerLabelDetector.LabelMatch m) {
        return keyFor(m, 0);
    }

    /** As {@link #keyFor(SpeakerLabelDetector.LabelMatch)}, {@code line} being where the label is. */
    String keyFor(SpeakerLabelDetector.LabelMatch m, int line) {
        String key = keyByLabel.get(m.label());
        if (key == null) {
            key = alias(m);
            if (key == null && m.kind() == SpeakerLabelDetector.Kind.TITLED_NAME) {
                key = keyByLabel.get(m.name());
            }
            if (key != null) {
                ParseNote merged = new ParseNote(ParseNote.Kind.LABELS_MERGED, line, m.label() + " = " + labelOf(key),
                        false);
                if (declined.test(merged)) {
                    key = null;
                } else {
                    notes.add(merged);
                }
            }
        }
        if (key == null) {
            key = newKey(m.role());
            // 交通運輸部副部長 王志清: the roster shows the name, the title goes beside it
            String label = m.kind() == SpeakerLabelDetector.Kind.TITLED_NAME ? m.name() : m.label();
            roster.add(new Speaker(key, label, m.name(), m.title(), m.role()));
        } else if (m.kind() == SpeakerLabelDetector.Kind.TITLED_NAME) {
            fillTitle(key, m.title());
        }
        keyByLabel.put(m.label(), key);
        if (m.kind() == SpeakerLabelDetector.Kind.TITLED_NAME) {
            keyByLabel.putIfAbsent(m.name(), key);
        }
        return key;
    }

    private String labelOf(String key) {
        for (Speaker s : roster) {
            if (s.key().equals(key)) {
                return s.label();
            }
        }
        return key;
    }

    /** 王志清 spoke first, 交通運輸部副部長 王志清 later: the entry takes the title. */
    private void fillTitle(String key, String title) {
        for (int i = 0; i < roster.size(); i++) {
            Speaker s = roster.get(i);
            if (s.key().equals(key) && s.title().isEmpty() && !title.isEmpty()) {
                roster.set(i, new Speaker(s.key(), s.label(), s.fullName(), title, s.role()));
            }
        }
    }

    /** A bare role word for a speaker introduced as role + name, or a name introduced that way. */
    private String alias(SpeakerLabelDetector.LabelMatch m) {
        for (Speaker s : roster) {
            if (!m.name().isEmpty() && m.name().equals(s.fullName())) {
                return s.key();
            }
            if (m.name().isEmpty() && m.roleWord() != null && s.label().startsWith(m.roleWord())
                    && !s.fullName().isEmpty() && s.label().length() > m.roleWord().length()) {
                return s.key();
            }
        }
        return null;
    }

    private String newKey(SpeakerRole role) {
        String stem = switch (role) {
            case HOST -> "host";
            case GUEST -> "guest";
            case OTHER -> "other";
            case AUDIENCE -> "audience";
        };
        if (role == SpeakerRole.HOST && !taken("host")) {
            return "host";
        }
        for (int n = role == SpeakerRole.HOST ? 2 : 1; ; n++) {
            if (!taken(stem + n)) {
                return stem + n;
            }
        }
    }

    private boolean taken(String key) {
        for (Speaker s : roster) {
            if (s.key().equals(key)) {
                return true;
            }
        }
        return false;
    }
}
