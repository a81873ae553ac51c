package org.newsdesk.ui.publishing;

import javafx.animation.PauseTransition;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Shows the worker's news as ControlsFX notifications beside the main window. ControlsFX's own
 * notificationpopup.css paints the popup with Modena's looked-up colours, which the AtlantaFX
 * theme does not define; newsdesk.css defines them on {@code .notification-bar} from the theme's
 * colours, and the style class added here lets it set the text colours too.
 */
public final class DeliveryNotifications {

    /** The style class of our notifications (newsdesk.css styles it). */
    public static final String STYLE_CLASS = "newsdesk-notification";

    private DeliveryNotifications() {
    }

    /**
     * Time between two notifications: shown in the same instant, ControlsFX places the second
     * one over the first instead of stacking them (the first has not been laid out yet).
     */
    private static final double SPACING_MILLIS = 400;

    public static void attach(SyncViewModel viewModel, Window owner) {
        double[] nextFree = {0};
        viewModel.onNotice(notice -> {
            double now = System.nanoTime() / 1e6;
            double at = Math.max(now, nextFree[0]);
            nextFree[0] = at + SPACING_MILLIS;
            if (at <= now) {
                show(notice, owner);
                return;
            }
            PauseTransition wait = new PauseTransition(Duration.millis(at - now));
            wait.setOnFinished(e -> show(notice, owner));
            wait.play();
        });
    }

    /** Shows one notice beside {@code owner}, if it is showing (its stylesheets style the popup). */
    public static void show(SyncViewModel.Notice notice, Window owner) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications n = Notifications.create().owner(owner).title(notice.title()).text(notice.text())
                .styleClass(STYLE_CLASS).hideAfter(Duration.seconds(notice.needsEditor() ? 15 : 5));
        if (notice.needsEditor()) {
            n.showWarning();
        } else {
            n.showInformation();
        }
    }
}
