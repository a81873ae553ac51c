package org.newsdesk.ui.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdesk.model.SpanStyle;

/**
 * Segment style of the transcript area: the model's span styles, shown through CSS
 * classes, and the time a timestamp mark points at ({@code null} for other text).
 */
public record TextStyle(Set<SpanStyle> styles, Duration time) {

    public static final TextStyle PLAIN = new TextStyle(Set.of());

    public TextStyle {
        styles = styles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(styles));
        time = styles.contains(SpanStyle.TIMESTAMP) ? time : null;
    }

    public TextStyle(Set<SpanStyle> styles) {
        this(styles, null);
    }

    /** CSS classes: {@code span-bold}, {@code span-italic}, {@code span-uncertain} ... */
    public List<String> cssClasses() {
        List<String> classes = new ArrayList<>(styles.size());
        for (SpanStyle s : styles) {
            classes.add("span-" + s.name().toLowerCase(Locale.ROOT));
        }
        return classes;
    }
}
