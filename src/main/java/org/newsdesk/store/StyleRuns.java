package org.newsdesk.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;

/**
 * Stores a paragraph as its plain text plus a compact list of style runs, so the text
 * column stays searchable and readable. A run is its length in chars followed by one
 * letter per style (b bold, i italic, t timestamp, u uncertain, n note), runs separated
 * by commas: {@code "12,3b,5iu"}. A timestamp run ends with {@code @} and the time it
 * points at in milliseconds: {@code "4,10t@754000"}. A paragraph that is all plain text
 * has no runs.
 */
final class StyleRuns {

    private StyleRuns() {
    }

    static String encode(List<Span> spans) {
        if (spans.isEmpty() || (spans.size() == 1 && spans.get(0).styles().isEmpty())) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Span span : spans) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(span.text().length());
            for (SpanStyle style : EnumSet.copyOf(span.styles().isEmpty()
                    ? EnumSet.noneOf(SpanStyle.class) : EnumSet.copyOf(span.styles()))) {
                sb.append(letter(style));
            }
            if (span.time() != null) {
                sb.append('@').append(span.time().toMillis());
            }
        }
        return sb.toString();
    }

    static List<Span> decode(String text, String runs) {
        if (runs == null || runs.isEmpty()) {
            return text.isEmpty() ? List.of() : List.of(Span.plain(text));
        }
        List<Span> spans = new ArrayList<>();
        int pos = 0;
        for (String run : runs.split(",")) {
            int digits = 0;
            while (digits < run.length() && Character.isDigit(run.charAt(digits))) {
                digits++;
            }
            int length = Integer.parseInt(run.substring(0, digits));
            int at = run.indexOf('@');
            int lettersEnd = at < 0 ? run.length() : at;
            Set<SpanStyle> styles = EnumSet.noneOf(SpanStyle.class);
            for (int i = digits; i < lettersEnd; i++) {
                styles.add(style(run.charAt(i)));
            }
            Duration time = at < 0 ? null : Duration.ofMillis(Long.parseLong(run.substring(at + 1)));
            int end = Math.min(text.length(), pos + length);
            spans.add(new Span(text.substring(pos, end), styles, time));
            pos = end;
        }
        if (pos < text.length()) {
            spans.add(Span.plain(text.substring(pos)));
        }
        return spans;
    }

    private static char letter(SpanStyle style) {
        return switch (style) {
            case BOLD -> 'b';
            case ITALIC -> 'i';
            case TIMESTAMP -> 't';
            case UNCERTAIN -> 'u';
            case NOTE -> 'n';
        };
    }

    private static SpanStyle style(char letter) {
        return switch (letter) {
            case 'b' -> SpanStyle.BOLD;
            case 'i' -> SpanStyle.ITALIC;
            case 't' -> SpanStyle.TIMESTAMP;
            case 'u' -> SpanStyle.UNCERTAIN;
            case 'n' -> SpanStyle.NOTE;
            default -> throw new IllegalArgumentException("unknown style letter " + letter);
        };
    }
}
