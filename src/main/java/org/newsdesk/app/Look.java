package org.newsdesk.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import org.newsdesk.prefs.Theme;

/**
 * The theme, as the user-agent stylesheet of every window: AtlantaFX Primer, light or dark.
 * The app's own stylesheet takes its colours from the theme's looked-up colours.
 */
final class Look {

    private Look() {
    }

    static void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
