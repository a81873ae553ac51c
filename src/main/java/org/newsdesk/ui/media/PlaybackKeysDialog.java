package org.newsdesk.ui.media;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;

/**
 * "Playback keys…": which key runs each playback action, how far a step goes and how far
 * a pause rewinds. Click a key's button, then press the key (a foot pedal that types keys
 * works the same way); a key that is taken is refused with what has it. Entry point:
 * {@link #edit}.
 */
public final class PlaybackKeysDialog extends Dialog<PlaybackSettings> {

    private final Messages messages;
    private final Map<KeyStroke, String> commands;
    private final Label problem = new Label();
    private final GridPane grid = new GridPane();
    private KeyMap keys;
    /** The slot waiting for a key, or null. */
    private Slot listening;

    private record Slot(PlaybackAction action, int index) {
    }

    /** Shows the dialog; the chosen settings, or empty when cancelled. */
    public static Optional<PlaybackSettings> edit(Window owner, Messages messages, PlaybackSettings current,
                                                  Map<KeyStroke, String> commands) {
        return new PlaybackKeysDialog(owner, messages, current, commands).showAndWait();
    }

    PlaybackKeysDialog(Window owner, Messages messages, PlaybackSettings current, Map<KeyStroke, String> commands) {
        this.messages = messages;
        this.commands = commands;
        this.keys = current.keys();
        initOwner(owner);
        setTitle(messages.get("media.keys.title"));
        getDialogPane().setId("playbackKeysDialog");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        problem.setId("playbackKeysProblem");
        problem.getStyleClass().add("find-error");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        Spinner<Double> step = seconds("playbackStep", 1, 10, 0.5, current.step());
        Spinner<Double> rewind = seconds("playbackRewind", 0, 2, 0.25, current.rewind());
        Button reset = new Button(messages.get("media.keys.reset"));
        reset.setId("playbackKeysReset");
        reset.setOnAction(e -> {
            keys = KeyMap.defaults();
            listening = null;
            problem.setText("");
            fill();
        });
        fill();
        GridPane timing = new GridPane();
        timing.setHgap(8);
        timing.setVgap(6);
        timing.setPadding(new Insets(0, 10, 10, 10));
        timing.addRow(0, new Label(messages.get("media.keys.step")), step);
        timing.addRow(1, new Label(messages.get("media.keys.rewind")), rewind);
        Label hint = new Label(messages.get("media.keys.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(6, hint, grid, problem, timing, reset);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(ok).setId("playbackKeysOk");
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        setResultConverter(b -> b != ok ? null : new PlaybackSettings(keys,
                Duration.ofMillis(Math.round(step.getValue() * 1000)), Duration.ofMillis(Math.round(rewind.getValue() * 1000))));
    }

    private Spinner<Double> seconds(String id, double min, double max, double stepBy, Duration value) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max,
                value.toMillis() / 1000.0, stepBy));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }

    private void fill() {
        grid.getChildren().clear();
        int row = 0;
        for (PlaybackAction action : PlaybackAction.values()) {
            HBox slots = new HBox(4);
            for (int slot = 0; slot < KeyMap.SLOTS; slot++) {
                slots.getChildren().addAll(slotButton(action, slot), clearButton(action, slot));
            }
            grid.addRow(row++, new Label(messages.get(action.nameKey())), slots);
        }
    }

    private Button slotButton(PlaybackAction action, int slot) {
        var list = keys.keysOf(action);
        boolean waiting = new Slot(action, slot).equals(listening);
        String text = waiting ? messages.get("media.keys.press")
                : slot < list.size() ? FxKeys.display(list.get(slot)) : messages.get("media.keys.none");
        Button b = new Button(text);
        b.setId("key-" + action.name() + "-" + slot);
        b.setMinWidth(120);
        b.setOnAction(e -> {
            listening = waiting ? null : new Slot(action, slot);
            problem.setText("");
            fill();
        });
        return b;
    }

    private Button clearButton(PlaybackAction action, int slot) {
        Button b = new Button("×");
        b.setId("clear-" + action.name() + "-" + slot);
        b.setAccessibleText(messages.get("media.keys.clear"));
        b.setDisable(slot >= keys.keysOf(action).size());
        b.setOnAction(e -> {
            keys = keys.without(action, slot);
            listening = null;
            fill();
        });
        return b;
    }

    /** While a slot waits, the next key is its key (Esc included: it is a playback key). */
    private void keyPressed(KeyEvent e) {
        if (listening == null || FxKeys.isModifierOnly(e)) {
            return;
        }
        e.consume();
        PlaybackAction action = listening.action();
        int slot = listening.index();
        KeyStroke stroke = FxKeys.of(e);
        var conflict = keys.conflict(action, stroke, commands);
        if (conflict.isPresent()) {
            problem.setText(describe(stroke, conflict.get()));
        } else {
            keys = keys.with(action, slot, stroke, commands);
            problem.setText("");
            listening = null;
        }
        fill();
    }

    private String describe(KeyStroke stroke, KeyMap.Conflict conflict) {
        String key = FxKeys.display(stroke);
        if (conflict instanceof KeyMap.Conflict.WithAction a) {
            return messages.get("media.keys.takenByAction", key, messages.get(a.other().nameKey()));
        }
        if (conflict instanceof KeyMap.Conflict.WithCommand c) {
            return messages.get("media.keys.takenByCommand", key, messages.get(c.nameKey()));
        }
        return messages.get("media.keys.editingKey", key);
    }
}
