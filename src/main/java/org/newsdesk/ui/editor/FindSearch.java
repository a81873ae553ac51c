package org.newsdesk.ui.editor;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsdesk.text.TextSearch;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.common.UiTimer;

/**
 * When the find bar searches: a short transcript at once on the UI thread (as the editor types,
 * the count follows); a long one once typing pauses, in the background, its matches handed back
 * on the UI thread unless something newer was asked meanwhile. A bad pattern is told at once.
 * Commands that need the matches (next, replace) ask for them {@link #now()}.
 */
final class FindSearch {

    /** Up to this many characters the search runs at once (well under a millisecond). */
    static final int AT_ONCE_CHARS = 20_000;
    /** A long transcript is searched once typing pauses this long. */
    static final Duration PAUSE = Duration.ofMillis(200);

    /** What the bar shows: the matches, or why the pattern cannot be used. */
    record Outcome(List<TextSearch.Match> matches, String problem) {
    }

    private final BackgroundTasks tasks;
    private final UiTimer pause;
    private final Consumer<Outcome> show;
    private TextSearch searcher;
    private Supplier<String> text;
    private long asked;
    private long shown;

    /** @param show runs on the UI thread with each outcome that is still the newest */
    FindSearch(BackgroundTasks tasks, Consumer<Outcome> show) {
        this.tasks = tasks;
        this.show = show;
        this.pause = tasks.timer(this::inBackground);
    }

    /**
     * Searches {@code text} (read when the search runs, on the UI thread) of {@code length}
     * characters for {@code query}; an empty query shows no matches at once.
     */
    void ask(String query, boolean regex, boolean matchCase, String replacement, int length, Supplier<String> text) {
        long ticket = ++asked;
        pause.stop();
        if (query.isEmpty()) {
            shown(ticket, new Outcome(List.of(), null));
            return;
        }
        try {
            this.searcher = new TextSearch(query, regex, matchCase, replacement);
        } catch (IllegalArgumentException e) {
            shown(ticket, new Outcome(List.of(), e.getMessage()));
            return;
        }
        this.text = text;
        if (length <= AT_ONCE_CHARS) {
            atOnce();
        } else {
            pause.start(PAUSE);
        }
    }

    /** Whether what was shown last answers what was asked last. */
    boolean current() {
        return shown == asked;
    }

    /** Brings the outcome up to date at once (a command needs the matches now). */
    void now() {
        if (!current() && searcher != null) {
            pause.stop();
            atOnce();
        }
    }

    private void atOnce() {
        long ticket = asked;
        shown(ticket, outcome(searcher, text.get()));
    }

    private void inBackground() {
        long ticket = asked;
        TextSearch s = searcher;
        String snapshot = text.get();
        tasks.run(() -> outcome(s, snapshot), found -> {
            if (ticket == asked) {
                shown(ticket, found);
            }
        }, error -> {
            if (ticket == asked) {
                shown(ticket, new Outcome(List.of(), String.valueOf(error.getMessage())));
            }
        });
    }

    private static Outcome outcome(TextSearch s, String text) {
        try {
            return new Outcome(s.findAll(text), null);
        } catch (IllegalArgumentException e) {
            return new Outcome(List.of(), e.getMessage());
        }
    }

    private void shown(long ticket, Outcome outcome) {
        shown = ticket;
        show.accept(outcome);
    }
}
