package org.newsdesk.ui.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.newsdesk.model.SpanStyle;

/**
 * Segment style of the transcript area: the model's span styles, shown through CSS
 * classes, the time a timestamp mark points at ({@code null} for other text), and a
 * proofreading underline ({@link ProofMark}, {@code null} for none). The underline is
 * the view's alone: it is never saved, copied into the model or recorded for undo.
 */
public record TextStyle(Set<SpanStyle> styles, Duration time, ProofMark proof) {

    public static final TextStyle PLAIN = new TextStyle(Set.of());

    /** A proofreading finding's underline under the text. */
    public enum ProofMark {
        ERROR,
        WARNING;

        String cssClass() {
            return "proof-" + name().toLowerCase(Locale.ROOT);
        }
    }

    public TextStyle {
        styles = styles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(styles));
        time = styles.contains(SpanStyle.TIMESTAMP) ? time : null;
    }

    public TextStyle(Set<SpanStyle> styles, Duration time) {
        this(styles, time, null);
    }

    public TextStyle(Set<SpanStyle> styles) {
        this(styles, null, null);
    }

    /** This style with {@code mark} as its underline ({@code null}: none). */
    public TextStyle withProof(ProofMark mark) {
        return Objects.equals(mark, proof) ? this : new TextStyle(styles, time, mark);
    }

    /** CSS classes: {@code span-bold}, {@code span-italic}, {@code span-uncertain} ..., {@code proof-error} */
    public List<String> cssClasses() {
        List<String> classes = new ArrayList<>(styles.size() + 1);
        for (SpanStyle s : styles) {
            classes.add("span-" + s.name().toLowerCase(Locale.ROOT));
        }
        if (proof != null) {
            classes.add(proof.cssClass());
        }
        return classes;
    }
}
