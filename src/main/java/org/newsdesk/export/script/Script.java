package org.newsdesk.export.script;

/** The two written forms of Chinese a page can be published in, with their BCP 47 tags. */
public enum Script {
    HANS("zh-Hans"),
    HANT("zh-Hant");

    private final String languageTag;

    Script(String languageTag) {
        this.languageTag = languageTag;
    }

    /** {@code zh-Hans} or {@code zh-Hant}: the page's {@code lang} and the manifest's language. */
    public String languageTag() {
        return languageTag;
    }
}
