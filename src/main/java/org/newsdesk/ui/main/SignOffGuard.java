package org.newsdesk.ui.main;

import java.util.List;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.ui.metadata.WorkflowViewModel;
import org.newsdesk.workflow.signoff.SignOffState;

/**
 * Locked copy in the window: typing into an Approved, Published or partly signed story (its
 * transcript or a metadata field) asks first whether to edit it and send it back. The question
 * is not modal to the toolkit's thread (it is shown, never waited for); what was typed meanwhile
 * is held and, on confirm, applied after the story is sent back; on cancel nothing changes.
 * The rules are {@link SignOffLock}'s.
 */
final class SignOffGuard {

    private final MainViewModel viewModel;
    private final WorkflowViewModel workflow;
    private final Messages messages;
    private final Supplier<Window> window;
    private final SignOffLock<Held> lock;

    /** An edit held while the question is open: the event and where it was going. */
    private record Held(Event event, EventTarget target) {
    }

    SignOffGuard(MainViewModel viewModel, Messages messages, Supplier<Window> window) {
        this.viewModel = viewModel;
        this.workflow = viewModel.workflow();
        this.messages = messages;
        this.window = window;
        this.lock = new SignOffLock<>(workflow::locked);
        viewModel.openStoryProperty().addListener((obs, old, id) -> lock.reset());
        workflow.setUnlockRequest(() -> {
            if (lock.ask()) {
                ask();
            }
        });
    }

    /** Guards the transcript area. */
    void guardTranscript(Node transcript) {
        install(transcript, false);
    }

    /** Guards the metadata pane's fields (the sign-off section's own note excepted); the pane is built after the first frame. */
    void guardMetadataPane(Node metadataPane) {
        install(metadataPane, true);
    }

    private void install(Node node, boolean isPane) {
        node.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (typesText(e) && guarded(e.getTarget(), isPane)) {
                decide(e);
            }
        });
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (edits(e) && guarded(e.getTarget(), isPane)) {
                decide(e);
            }
        });
        node.addEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, e -> {
            if (!e.getCommitted().isEmpty() && guarded(e.getTarget(), isPane)) {
                decide(e);
            }
        });
    }

    private static boolean typesText(KeyEvent e) {
        String c = e.getCharacter();
        return !c.isEmpty() && c.codePointAt(0) >= ' ' && c.codePointAt(0) != 0x7f
                && !e.isControlDown() && !e.isMetaDown() && !e.isAltDown();
    }

    /** Keys that change text without typing a character: deleting, a new paragraph, paste and cut. */
    private static boolean edits(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.BACK_SPACE || k == KeyCode.DELETE || (k == KeyCode.ENTER && !e.isShortcutDown())) {
            return true;
        }
        return e.isShortcutDown() && !e.isAltDown() && (k == KeyCode.V || k == KeyCode.X);
    }

    /** In the metadata pane only editable fields count, and not the sign-off section (the correction note). */
    private static boolean guarded(EventTarget target, boolean inPane) {
        if (!inPane) {
            return true;
        }
        if (!(target instanceof Node node)) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if ("signOffSection".equals(n.getId())) {
                return false;
            }
        }
        return (node instanceof TextInputControl t && t.isEditable())
                || (node instanceof ComboBoxBase<?> c && c.isEditable());
    }

    private void decide(Event e) {
        switch (lock.edit(new Held(e.copyFor(e.getSource(), e.getTarget()), e.getTarget()))) {
            case PASS -> {
                return;
            }
            case ASK -> ask();
            case HOLD -> { }
            case DROP -> viewModel.tell(messages.get("lock.kept"));
        }
        e.consume();
    }

    private void ask() {
        Status status = workflow.statusProperty().get();
        SignOffState state = workflow.signOffProperty().get();
        String question = status == Status.PUBLISHED ? messages.get("lock.published")
                : status == Status.APPROVED ? messages.get("lock.approved")
                : messages.get("lock.signed", state == null ? 0 : state.signatures().size(),
                        state == null ? 1 : state.chain().levels());
        ButtonType edit = new ButtonType(messages.get("lock.edit"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, edit, keep);
        alert.initOwner(window.get());
        alert.setTitle(messages.get("lock.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("lockedCopyDialog");
        TextField note = new TextField();
        note.setId("lockedCopyNote");
        if (status == Status.PUBLISHED) {
            Label text = new Label(question);
            text.setWrapText(true);
            Label noteLabel = new Label(messages.get("lock.correctionNote"));
            noteLabel.setWrapText(true);
            note.setAccessibleText(messages.get("signoff.correctionNote"));
            alert.getDialogPane().setContent(new VBox(8, text, noteLabel, note));
        }
        // Enter keeps the copy as it is: sending approved copy back is a choice, never a stray key
        Button confirm = (Button) alert.getDialogPane().lookupButton(edit);
        confirm.setId("lockedCopyEdit");
        confirm.setDefaultButton(false);
        Button cancel = (Button) alert.getDialogPane().lookupButton(keep);
        cancel.setId("lockedCopyCancel");
        cancel.setDefaultButton(true);
        alert.resultProperty().addListener((obs, old, chosen) -> {
            if (chosen == edit) {
                List<Held> typed = lock.confirmed();
                // sent back first on the store's writer thread; what was typed is saved after it
                workflow.sendBack(status == Status.PUBLISHED ? note.getText() : null, () -> { });
                typed.forEach(h -> Event.fireEvent(h.target(), h.event()));
            } else {
                lock.cancelled();
                viewModel.tell(messages.get("lock.kept"));
            }
        });
        alert.show();
    }
}
