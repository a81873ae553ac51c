package org.newsdesk.ui.outbox;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Shows the worker's news as ControlsFX notifications beside the main window. */
public final class DeliveryNotifications {

    private DeliveryNotifications() {
    }

    public static void attach(SyncViewModel viewModel, Window owner) {
        viewModel.onNotice(notice -> {
            if (owner == null || !owner.isShowing()) {
                return;
            }
            Notifications n = Notifications.create().owner(owner).title(notice.title()).text(notice.text())
                    .hideAfter(Duration.seconds(notice.needsEditor() ? 15 : 5));
            if (notice.needsEditor()) {
                n.showWarning();
            } else {
                n.showInformation();
            }
        });
    }
}
