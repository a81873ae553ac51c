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
 *
 * <p>Hong Kong and Macau read the Taiwan bundle with {@code messages_zh_HK} on top: it holds
 * only the strings whose Hong Kong wording differs (軟件, 網絡, 用戶, 打印 …), so a string
 * added to the Taiwan bundle alone is still Traditional there, never English.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale SIMPLIFIED = Locale.forLanguageTag("zh-CN");
    public static final Locale TRADITIONAL = Locale.forLanguageTag("zh-TW");
    /** The Hong Kong wording's bundle, read over {@link #TRADITIONAL}'s. */
    public static final Locale HONG_KONG = Locale.forLanguageTag("zh-HK");
    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");
    private static final Set<String> HONG_KONG_REGIONS = Set.of("HK", "MO");

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale requested) {
        this.locale = bundleLocale(requested);
        boolean hongKong = TRADITIONAL.equals(locale) && HONG_KONG_REGIONS.contains(requested.getCountry());
        this.bundle = ResourceBundle.getBundle(BUNDLE, hongKong ? HONG_KONG : locale, hongKong ? HONG_KONG_OVER_TAIWAN
                : ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** zh-HK, then zh-TW, then the rest as usual: a key not in the Hong Kong file comes from the Taiwan one. */
    private static final ResourceBundle.Control HONG_KONG_OVER_TAIWAN = new ResourceBundle.Control() {
        @Override
        public java.util.List<String> getFormats(String baseName) {
            return ResourceBundle.Control.FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public java.util.List<Locale> getCandidateLocales(String baseName, Locale locale) {
            if (HONG_KONG.equals(locale)) {
                return java.util.List.of(HONG_KONG, TRADITIONAL, Locale.forLanguageTag("zh"), Locale.ROOT);
            }
            return super.getCandidateLocales(baseName, locale);
        }
    };

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
