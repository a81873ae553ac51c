package org.newsdesk.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Slugs: names that are always safe as a file name and in a URL path. */
public final class Slugs {

    public static final int MAX_LENGTH = 80;

    /** Names Windows refuses as file names, whatever the extension. */
    private static final Set<String> RESERVED = Set.of(
            "con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Slugs() {
    }

    /**
     * Derives a slug from a headline: ASCII letters and digits in lower case joined by
     * hyphens. A headline without any (a Chinese one) gives {@code story-} and the
     * first eight hex digits of the story id.
     */
    public static String fromHeadline(String headline, UUID storyId) {
        String ascii = Normalizer.normalize(headline == null ? "" : headline, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < ascii.length() && sb.length() < MAX_LENGTH; i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && sb.length() > 0) {
                    if (sb.length() + 2 > MAX_LENGTH) {
                        break;
                    }
                    sb.append('-');
                }
                sb.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        String slug = sb.toString();
        if (slug.length() < 3 || !isSafe(slug)) {
            return "story-" + storyId.toString().substring(0, 8);
        }
        return slug;
    }

    /** True when the slug is a non-reserved name of lower-case ASCII letters, digits and inner hyphens. */
    public static boolean isSafe(String slug) {
        if (slug == null || slug.isEmpty() || slug.length() > MAX_LENGTH) {
            return false;
        }
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return false;
        }
        return !RESERVED.contains(slug.toLowerCase(Locale.ROOT));
    }
}
