package org.newsdesk.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** Slugs: names that are always safe as a file name and in a URL path. */
public final class Slugs {

    /** The longest slug an editor may give. */
    public static final int MAX_LENGTH = 80;
    /** The longest slug made from a headline. */
    public static final int GENERATED_MAX_LENGTH = 60;

    /** Names Windows refuses as file names, whatever the extension. */
    private static final Set<String> RESERVED = Set.of(
            "con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Slugs() {
    }

    /**
     * Derives a slug from a headline: Chinese in tone-less pinyin, one syllable per part
     * (市科委副主任 → shi-ke-wei-fu-zhu-ren, a polyphone read by its word, see {@link Pinyin}),
     * ASCII letters and digits in lower case, all joined by hyphens and cut at a syllable or
     * word to at most {@link #GENERATED_MAX_LENGTH} characters. A headline that gives nothing
     * usable gives {@code story-} and the first eight hex digits of the story id.
     */
    public static String fromHeadline(String headline, UUID storyId) {
        String text = Normalizer.normalize(headline == null ? "" : headline, Normalizer.Form.NFKD);
        List<String> parts = new ArrayList<>();
        StringBuilder han = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int c = Character.toLowerCase(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                flush(word, parts);
                han.appendCodePoint(cp);
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                flushHan(han, parts);
                word.append((char) c);
            } else {
                flush(word, parts);
                flushHan(han, parts);
            }
        }
        flush(word, parts);
        flushHan(han, parts);
        String slug = join(parts, GENERATED_MAX_LENGTH);
        if (slug.length() < 3 || !isSafe(slug)) {
            return "story-" + storyId.toString().substring(0, 8);
        }
        return slug;
    }

    /**
     * {@code slug} itself when it is free, else the first of {@code slug-2}, {@code slug-3} …
     * that is, the base cut at a hyphen where needed to stay within {@link #GENERATED_MAX_LENGTH}.
     */
    public static String unique(String slug, Predicate<String> taken) {
        if (!taken.test(slug)) {
            return slug;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String base = slug;
            while (base.length() + suffix.length() > GENERATED_MAX_LENGTH && base.lastIndexOf('-') > 0) {
                base = base.substring(0, base.lastIndexOf('-'));
            }
            if (base.length() + suffix.length() > GENERATED_MAX_LENGTH) {
                base = base.substring(0, GENERATED_MAX_LENGTH - suffix.length());
            }
            String candidate = base + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** Loads the pinyin dictionaries now (off the UI thread) rather than at the first slug. */
    public static void prepare() {
        Pinyin.prepare();
    }

    private static void flush(StringBuilder word, List<String> parts) {
        if (word.length() > 0) {
            parts.add(word.toString());
            word.setLength(0);
        }
    }

    private static void flushHan(StringBuilder han, List<String> parts) {
        if (han.length() > 0) {
            parts.addAll(Pinyin.syllables(han.toString()));
            han.setLength(0);
        }
    }

    /** The parts joined by hyphens, as many whole parts as fit; a first part longer than the limit is cut. */
    private static String join(List<String> parts, int max) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (sb.length() == 0) {
                sb.append(part, 0, Math.min(part.length(), max));
            } else if (sb.length() + 1 + part.length() <= max) {
                sb.append('-').append(part);
            } else {
                break;
            }
        }
        return sb.toString();
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
