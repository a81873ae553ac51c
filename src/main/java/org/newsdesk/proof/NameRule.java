package org.newsdesk.proof;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's name written two ways: a name in the text that differs from a known name (the
 * story's roster, its editor and authors, the name directory) in one character that sounds
 * alike (李宝淳 for 李宝纯). A name that is itself known is never flagged, so two real people
 * with similar names are left alone.
 */
final class NameRule {

    static final String IN_STORY = "names.variant";
    static final String DIRECTORY = "names.directory";

    private final NameSounds sounds;
    private final Map<Character, List<String>> bySurname = new HashMap<>();
    private final Set<String> known;
    private final Set<String> storyNames;

    /**
     * @param storyNames names the story itself gives (roster, editor, authors)
     * @param allKnown   those and the directory's
     */
    NameRule(NameSounds sounds, Set<String> storyNames, Set<String> allKnown) {
        this.sounds = sounds;
        this.known = allKnown;
        this.storyNames = storyNames;
        for (String name : allKnown) {
            if (name.length() >= 2 && name.length() <= 4 && allHan(name)) {
                bySurname.computeIfAbsent(name.charAt(0), k -> new ArrayList<>()).add(name);
            }
        }
    }

    boolean idle() {
        return bySurname.isEmpty();
    }

    void check(String text, Where where, FindingSink sink) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            List<String> names = bySurname.get(text.charAt(i));
            if (names == null) {
                continue;
            }
            for (String name : names) {
                int len = name.length();
                if (i + len > n || !variant(text, i, name)) {
                    continue;
                }
                String found = text.substring(i, i + len);
                if (known.contains(found)) {
                    continue;
                }
                sink.add(ProofCategory.NAMES, Severity.WARNING, where, i, i + len,
                        storyNames.contains(name) ? "proof.names.variant" : "proof.names.directory", name,
                        storyNames.contains(name) ? IN_STORY : DIRECTORY, found, name);
                break;
            }
        }
    }

    private boolean variant(String text, int at, String name) {
        int diffs = 0;
        for (int k = 1; k < name.length(); k++) {
            char t = text.charAt(at + k);
            char c = name.charAt(k);
            if (t != c) {
                if (++diffs > 1 || !sounds.alike(c, t)) {
                    return false;
                }
            }
        }
        return diffs == 1;
    }

    private static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Chars.han(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
