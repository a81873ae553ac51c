package org.newsdesk.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;

/**
 * Tells the editor that something went wrong, that the typed text was saved, and where the
 * report is; the report can be copied. Continue keeps working, Quit closes as usual (saving).
 */
final class CrashDialog {

    private CrashDialog() {
    }

    /** Shows the dialog without blocking; {@code closed} runs when it is gone. */
    static Alert show(Window owner, Messages messages, CrashReport report, Runnable quit, Runnable closed) {
        ButtonType keepWorking = new ButtonType(messages.get("crash.continue"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quitButton = new ButtonType(messages.get("crash.quit"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", keepWorking, quitButton);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle(messages.get("crash.title"));
        alert.setHeaderText(messages.get("crash.header"));
        alert.getDialogPane().setId("crashDialog");

        Label what = new Label(report.file() != null ? messages.get("crash.saved")
                : messages.get("crash.notWritten", report.writeError()));
        what.setWrapText(true);
        TextField where = new TextField(report.file() != null ? report.file().toString() : "");
        where.setId("crashReportPath");
        where.setEditable(false);
        where.setVisible(report.file() != null);
        where.setManaged(report.file() != null);
        HBox.setHgrow(where, Priority.ALWAYS);
        Button copy = new Button(messages.get("crash.copy"));
        copy.setId("crashCopy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report.text());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(messages.get("crash.copied"));
        });
        Label advice = new Label(messages.get("crash.advice"));
        advice.setWrapText(true);
        VBox body = new VBox(8, what, new HBox(8, where, copy), advice);
        body.setPrefWidth(560);
        alert.getDialogPane().setContent(body);

        TextArea details = new TextArea(report.text());
        details.setId("crashReportText");
        details.setEditable(false);
        details.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(details);

        alert.setOnHidden(e -> {
            closed.run();
            if (alert.getResult() == quitButton) {
                quit.run();
            }
        });
        alert.show();
        return alert;
    }
}
