package org.newsdesk.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.StoreErrorText;
import org.newsdesk.store.StoreException;

/** Explains why the store cannot be opened, in the user's language, without a stack trace. */
final class StartupProblemDialog {

    private StartupProblemDialog() {
    }

    /**
     * Says why the store in {@code folder} cannot be opened; true when it is damaged and the editor
     * chose to move it aside and start with a fresh one.
     */
    static boolean freshStoreChosen(Stage owner, Messages messages, java.nio.file.Path folder, Throwable error) {
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NewsdeskApp.class);
        if (!(error instanceof StoreException problem)) {
            log.error("cannot open the store in {}", folder, error);
            fatal(owner, messages, messages.get("store.error.failed", error.getMessage()));
            return false;
        }
        log.warn("cannot open the store in {}: {}", folder, problem.getMessage());
        if (problem.problem() == StoreException.Problem.CORRUPT) {
            return offerFreshStore(owner, messages, problem);
        }
        fatal(owner, messages, StoreErrorText.describe(problem, messages));
        return false;
    }

    static void fatal(Stage owner, Messages messages, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text,
                new ButtonType(messages.get("button.quit"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("store.error.header"));
        alert.getDialogPane().setId("startupProblem");
        alert.showAndWait();
    }

    /** @return true when the user chose to move the damaged file aside and start fresh */
    static boolean offerFreshStore(Stage owner, Messages messages, StoreException problem) {
        ButtonType fresh = new ButtonType(messages.get("button.startFresh"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("button.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING,
                StoreErrorText.describe(problem, messages) + "\n\n" + messages.get("store.error.corrupt.offer"), fresh, quit);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("store.error.header"));
        alert.getDialogPane().setId("startupProblem");
        return alert.showAndWait().filter(b -> b == fresh).isPresent();
    }
}
