package org.newsdesk.app;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code LANGUAGE} value that gives GTK's own dialogs (the file chooser) the window's language.
 * gettext reads it; Java's locale does not, and a Java program cannot set it in its own process, so
 * it is set for the process that opens the window: by the launchers' {@code bin/window-language.sh}
 * and, for {@code java -jar}, by {@link WindowJvm} for the window's JVM. Both map the same tags.
 */
final class GettextLanguage {

    private GettextLanguage() {
    }

    /**
     * The value for a language tag as {@code --lang} or Preferences name it ({@code zh-CN},
     * {@code zh_TW}, {@code zh-Hant}…); empty for a blank or unknown one, which leaves the desktop's
     * own setting.
     */
    static Optional<String> of(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        if (t.equals("zh-cn") || t.startsWith("zh-hans")) {
            return Optional.of("zh_CN");
        }
        if (t.equals("zh-hk") || t.equals("zh-mo")) {
            return Optional.of("zh_HK:zh_TW");
        }
        if (t.equals("zh-tw") || t.startsWith("zh-hant")) {
            return Optional.of("zh_TW");
        }
        if (t.equals("en") || t.startsWith("en-")) {
            return Optional.of("en");
        }
        return Optional.empty();
    }
}
