package org.newsdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Find and replace over a whole transcript, as plain text or a regular expression. */
public final class TextSearch {

    /** Stops runaway patterns (an empty match everywhere) from flooding the editor. */
    public static final int MAX_MATCHES = 100_000;

    /** A match at [start, end) and what replace-all puts there. */
    public record Match(int start, int end, String replacement) {
    }

    private final Pattern pattern;
    private final String replacement;

    /**
     * @throws IllegalArgumentException when {@code regex} is set and the query is not a valid
     *                                  expression (the message says why)
     */
    public TextSearch(String query, boolean regex, boolean matchCase, String replacement) {
        int flags = Pattern.UNICODE_CASE | (matchCase ? 0 : Pattern.CASE_INSENSITIVE) | (regex ? Pattern.MULTILINE : 0);
        try {
            this.pattern = Pattern.compile(regex ? query : Pattern.quote(query), flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(e.getDescription(), e);
        }
        this.replacement = regex ? replacement : Matcher.quoteReplacement(replacement);
    }

    /** All matches in {@code text}, in order; empty matches are skipped. */
    public List<Match> findAll(String text) {
        List<Match> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        int lastEnd = 0;
        while (m.find() && out.size() < MAX_MATCHES) {
            if (m.end() == m.start()) {
                continue;
            }
            int before = sb.length();
            try {
                m.appendReplacement(sb, replacement);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            // appendReplacement added the text between matches, then the replacement
            out.add(new Match(m.start(), m.end(), sb.substring(before + (m.start() - lastEnd))));
            lastEnd = m.end();
        }
        return out;
    }
}
