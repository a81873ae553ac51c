package org.newsdesk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The user's language: every string a user reads comes from the {@code i18n/messages}
 * bundles. Simplified Chinese for zh-CN (and zh, zh-SG, zh-Hans), Traditional for
 * zh-TW, zh-HK, zh-MO and zh-Hant, English otherwise.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale SIMPLIFIED = Locale.forLanguageTag("zh-CN");
    public static final Locale TRADITIONAL = Locale.forLanguageTag("zh-TW");
    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale requested) {
        this.locale = bundleLocale(requested);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Parses a --lang value such as zh-CN, zh_TW, en; blank means the system's language. */
    public static Messages forTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return new Messages(Locale.getDefault());
        }
        return new Messages(Locale.forLanguageTag(tag.trim().replace('_', '-')));
    }

    /** The locale whose bundle serves {@code requested}. */
    public static Locale bundleLocale(Locale requested) {
        if (!"zh".equals(requested.getLanguage())) {
            return Locale.ROOT;
        }
        boolean traditional = "Hant".equals(requested.getScript())
                || (requested.getScript().isEmpty() && TRADITIONAL_REGIONS.contains(requested.getCountry()));
        return traditional ? TRADITIONAL : SIMPLIFIED;
    }

    public Locale locale() {
        return locale == Locale.ROOT ? Locale.ENGLISH : locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }
}
