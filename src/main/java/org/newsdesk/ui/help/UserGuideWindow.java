package org.newsdesk.ui.help;

import java.net.URL;
import java.util.Locale;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;

/** Help → User guide: the short guide in the user's language, in a window of its own. */
public final class UserGuideWindow {

    private UserGuideWindow() {
    }

    /** The guide for a bundle locale: zh_CN, zh_TW, or English for every other. */
    public static String resourceFor(Locale locale) {
        String suffix = "zh".equals(locale.getLanguage()) ? "_" + locale.getLanguage() + "_" + locale.getCountry() : "_en";
        return "/org/newsdesk/help/guide" + suffix + ".html";
    }

    /** Opens the guide beside {@code owner}; {@code dark} matches the dark theme. */
    public static Stage show(Window owner, Messages messages, boolean dark) {
        URL page = UserGuideWindow.class.getResource(resourceFor(messages.locale()));
        WebView web = new WebView();
        web.setId("userGuide");
        web.getEngine().getLoadWorker().stateProperty().addListener((o, old, state) -> {
            if (state == Worker.State.SUCCEEDED && dark) {
                web.getEngine().executeScript("document.documentElement.className = 'dark'");
            }
        });
        web.getEngine().load(page.toExternalForm());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("menu.help.guide"));
        stage.setScene(new Scene(web, 760, 720));
        stage.show();
        return stage;
    }
}
