package org.newsdesk.export.script;

/**
 * The written forms of Chinese a page can be published in, with their BCP 47 tags: Simplified,
 * Traditional in Taiwan's standard forms, and Traditional in Hong Kong's (説, 户, 衞 …).
 */
public enum Script {
    HANS("zh-Hans"),
    HANT("zh-Hant"),
    HANT_HK("zh-Hant-HK");

    private final String languageTag;

    Script(String languageTag) {
        this.languageTag = languageTag;
    }

    /** {@code zh-Hans}, {@code zh-Hant} or {@code zh-Hant-HK}: the page's {@code lang} and the manifest's language. */
    public String languageTag() {
        return languageTag;
    }

    /** Whether this is a Traditional script (Taiwan's or Hong Kong's forms). */
    public boolean traditional() {
        return this != HANS;
    }
}
