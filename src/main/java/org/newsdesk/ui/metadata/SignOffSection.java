package org.newsdesk.ui.metadata;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.workflow.signoff.SignOffState;
import org.newsdesk.workflow.signoff.Signature;

/**
 * The readiness area's sign-off lines: each level of the review chain, signed (by whom and when),
 * open (signed next) or waiting; who changed the story last; a pending correction's note; and
 * "Edit and send back…" while the copy is locked.
 */
final class SignOffSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final VBox root = new VBox(3);
    private final VBox levels = new VBox(2);
    private final Label title = new Label();
    private final Label lastChange = new Label();
    private final VBox correction = new VBox(4);
    private final TextArea note = new TextArea();
    private final Button unlock;
    private final WorkflowViewModel viewModel;
    private final Messages messages;

    SignOffSection(WorkflowViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        root.setId("signOffSection");
        title.getStyleClass().add("signoff-title");
        title.setWrapText(true);
        levels.setId("signOffLevels");
        lastChange.setId("signOffLastChange");
        lastChange.getStyleClass().add("signoff-last-change");
        unlock = new Button(messages.get("signoff.unlock"));
        unlock.setId("signOffUnlock");
        unlock.setOnAction(e -> viewModel.requestUnlock());
        Label pending = new Label(messages.get("signoff.correctionPending"));
        pending.setWrapText(true);
        note.setId("correctionNote");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.setAccessibleText(messages.get("signoff.correctionNote"));
        note.setPromptText(messages.get("signoff.correctionNote"));
        Button keep = new Button(messages.get("signoff.correctionSave"));
        keep.setId("correctionNoteSave");
        keep.setOnAction(e -> viewModel.saveCorrectionNote(note.getText()));
        correction.setId("correctionPane");
        correction.getChildren().addAll(pending, note, keep);
        root.getChildren().addAll(title, levels, lastChange, new HBox(unlock), correction);
        root.setPadding(new Insets(4, 0, 4, 0));
        viewModel.signOffProperty().addListener((obs, old, state) -> show(state));
        viewModel.statusProperty().addListener((obs, old, status) -> show(viewModel.signOffProperty().get()));
        show(viewModel.signOffProperty().get());
    }

    private void show(SignOffState state) {
        levels.getChildren().clear();
        boolean visible = state != null;
        root.setVisible(visible);
        root.setManaged(visible);
        if (!visible) {
            return;
        }
        title.setText(messages.get("signoff.title") + " · "
                + messages.get("signoff.chain", messages.get("prefs.reviewChain." + state.chain().cliName())));
        boolean approved = state.status() == Status.APPROVED || state.status() == Status.PUBLISHED;
        for (int level = 1; level <= state.chain().levels(); level++) {
            String name = messages.get(state.chain().levelKey(level));
            Label line = new Label();
            line.setId("signOffLevel" + level);
            line.setWrapText(true);
            Signature signed = state.signature(level).orElse(null);
            if (signed != null) {
                line.setText(messages.get("signoff.signed", name, signed.signedBy(),
                        WHEN.format(signed.signedAt().atZone(ZoneId.systemDefault()))));
                line.getStyleClass().add("signoff-signed");
            } else if (!approved && state.status() == Status.READY && level == state.nextLevel()) {
                line.setText(messages.get("signoff.open", name));
                line.getStyleClass().add("signoff-open");
            } else {
                line.setText(messages.get("signoff.waiting", name));
                line.getStyleClass().add("signoff-waiting");
            }
            levels.getChildren().add(line);
        }
        lastChange.setText(state.lastChangedBy().isBlank() ? ""
                : messages.get("signoff.lastChangedBy", state.lastChangedBy()));
        boolean locked = viewModel.locked();
        unlock.setVisible(locked);
        unlock.setManaged(locked);
        correction.setVisible(state.correctionPending());
        correction.setManaged(state.correctionPending());
        if (!note.isFocused()) {
            note.setText(state.correctionNote());
        }
    }

    Node root() {
        return root;
    }
}
