package org.newsdesk.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javafx.application.Application;
import org.newsdesk.prefs.Theme;

/**
 * The theme, as the user-agent stylesheet of every window: AtlantaFX Primer, light or dark.
 * The app's own stylesheet takes its colours from the theme's looked-up colours.
 */
final class Look {

    private Look() {
    }

    /**
     * For Chinese, a stylesheet that sets the whole UI in Noto Sans CJK (Simplified or
     * Traditional glyphs): the System font's CJK fallback has no bold face, so headings
     * would lose their weight. Null for other languages. Dialogs take it over from the window.
     */
    static String uiFontStylesheet(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return null;
        }
        String family = "TW".equals(locale.getCountry()) ? "Noto Sans CJK TC" : "Noto Sans CJK SC";
        String css = ".root { -fx-font-family: \"" + family + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    static void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
