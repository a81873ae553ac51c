package org.newsdesk.importer;

import java.util.HashSet;
import java.util.Set;
import org.newsdesk.text.ParseNote;

/**
 * The guesses of an import the editor took back in the preview. Reading the source again
 * with them declined gives the text as it would be without each guess: a caption stays in
 * its turn, a merged label becomes its own speaker, the first line stays in the text.
 * A guess is named by its kind, its line and what it is about, which do not change when
 * the same bytes are read again.
 */
final class DeclinedGuesses {

    static final DeclinedGuesses NONE = new DeclinedGuesses(Set.of());

    private final Set<String> keys;

    private DeclinedGuesses(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    DeclinedGuesses with(ImportNote note) {
        Set<String> next = new HashSet<>(keys);
        next.add(key(note));
        return new DeclinedGuesses(next);
    }

    boolean declines(ImportNote note) {
        return keys.contains(key(note));
    }

    /** For the parser: the parse note the import note would be made from. */
    boolean declines(ParseNote note) {
        return keys.contains(key(ImportReport.kindOf(note.kind()), note.line(), note.detail(), ""));
    }

    /** A role guess about this roster entry. */
    boolean declinesRole(String speakerKey) {
        return keys.contains(key(ImportNote.Kind.ROLE_INFERRED, 0, "", speakerKey));
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    private static String key(ImportNote n) {
        return n.kind() == ImportNote.Kind.ROLE_INFERRED ? key(n.kind(), 0, "", n.speakerKey())
                : key(n.kind(), n.line(), n.detail(), "");
    }

    private static String key(ImportNote.Kind kind, int line, String detail, String speakerKey) {
        return kind.name() + '\u0000' + line + '\u0000' + detail + '\u0000' + speakerKey;
    }
}
