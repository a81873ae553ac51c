package org.newsdesk.store;

import java.util.Optional;
import java.util.UUID;

/**
 * The ids a prefix of a story id can stand for, as a range of ids: {@code fda62d87} covers
 * {@code fda62d87-0000-0000-0000-000000000000} to {@code fda62d87-ffff-ffff-ffff-ffffffffffff}.
 * H2 orders ids as two unsigned numbers, as their text reads, so the range is a lookup in the
 * primary key instead of turning every story's id into text (a full scan: seconds at 100,000
 * stories).
 */
record IdPrefix(UUID lowest, UUID highest) {

    private static final String SHAPE = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";

    /** The range of ids that start with {@code prefix} (lower case), or empty when no id can. */
    static Optional<IdPrefix> of(String prefix) {
        if (prefix.isEmpty() || prefix.length() > SHAPE.length()) {
            return Optional.empty();
        }
        StringBuilder low = new StringBuilder(SHAPE.length());
        StringBuilder high = new StringBuilder(SHAPE.length());
        for (int i = 0; i < SHAPE.length(); i++) {
            char wanted = SHAPE.charAt(i);
            if (i < prefix.length()) {
                char c = prefix.charAt(i);
                boolean fits = wanted == '-' ? c == '-' : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                if (!fits) {
                    return Optional.empty();
                }
                low.append(c);
                high.append(c);
            } else {
                low.append(wanted == '-' ? '-' : '0');
                high.append(wanted == '-' ? '-' : 'f');
            }
        }
        return Optional.of(new IdPrefix(UUID.fromString(low.toString()), UUID.fromString(high.toString())));
    }
}
