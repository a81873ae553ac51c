package org.newsdesk.ui.proof;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.ProofText;
import org.newsdesk.proof.Finding;
import org.newsdesk.proof.ProofField;
import org.newsdesk.proof.Severity;

/**
 * Findings in the metadata fields (headline, kicker, subtitle, summary, editor): the field gets a
 * coloured underline ({@code proof-field-error} / {@code proof-field-warning}) and a tooltip with
 * the findings' messages; typing in a field checks the story again once typing pauses; a fix
 * replaces the text in the field, which saves it like any edit there.
 */
final class FieldMarks {

    static final String ERROR = "proof-field-error";
    static final String WARNING = "proof-field-warning";

    private final Map<ProofField, TextInputControl> controls = new EnumMap<>(ProofField.class);
    private final Map<ProofField, Tooltip> tips = new EnumMap<>(ProofField.class);
    private final Messages messages;
    private final PauseTransition pause;

    /** @param recheck checks the story again (once typing in a field pauses) */
    FieldMarks(Messages messages, Runnable recheck) {
        this.messages = messages;
        pause = new PauseTransition(javafx.util.Duration.millis(ProofreadingPane.PAUSE.toMillis()));
        pause.setOnFinished(e -> recheck.run());
    }

    /**
     * Takes the metadata pane's fields (built after the window's first frame): {@code fields} gives the
     * control for a field id ({@link ProofField#id()}), or null.
     */
    void attach(Function<String, TextInputControl> fields) {
        for (ProofField f : ProofField.values()) {
            TextInputControl c = fields.apply(f.id());
            if (c != null) {
                controls.put(f, c);
                c.textProperty().addListener((o, a, b) -> pause.playFromStart());
            }
        }
    }

    void show(List<Finding> findings) {
        Map<ProofField, List<Finding>> byField = new EnumMap<>(ProofField.class);
        for (Finding f : findings) {
            if (f.field() != null) {
                byField.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(f);
            }
        }
        controls.forEach((field, control) -> {
            List<Finding> mine = byField.getOrDefault(field, List.of());
            String mark = mine.isEmpty() ? null
                    : mine.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? ERROR : WARNING;
            StringBuilder text = new StringBuilder();
            for (Finding f : mine) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(ProofText.category(f, messages)).append(" · ").append(ProofText.message(f, messages));
            }
            Tooltip old = tips.get(field);
            // unchanged marks are left alone: a style class taken off and put back restyles the field at the next pulse
            if (java.util.Objects.equals(mark, markOf(field))
                    && (old == null ? mine.isEmpty() : old.getText().contentEquals(text))) {
                return;
            }
            control.getStyleClass().removeAll(ERROR, WARNING);
            if (old != null) {
                Tooltip.uninstall(control, old);
                tips.remove(field);
            }
            if (mark == null) {
                return;
            }
            control.getStyleClass().add(mark);
            Tooltip tip = new Tooltip(text.toString());
            tip.setId("proofFieldTip-" + field.id());
            Tooltip.install(control, tip);
            tips.put(field, tip);
        });
    }

    /** Whether a field is marked, and how ({@link #ERROR}, {@link #WARNING} or null). */
    String markOf(ProofField field) {
        TextInputControl c = controls.get(field);
        if (c == null) {
            return null;
        }
        return c.getStyleClass().contains(ERROR) ? ERROR : c.getStyleClass().contains(WARNING) ? WARNING : null;
    }

    /**
     * Applies {@code f}'s suggestion in its field when the text there is still what was checked.
     *
     * @return whether the field changed
     */
    boolean fix(Finding f) {
        TextInputControl c = controls.get(f.field());
        if (c == null || f.suggestion() == null || c.isDisabled()) {
            return false;
        }
        String text = c.getText() == null ? "" : c.getText();
        if (f.end() > text.length() || !text.substring(f.start(), f.end()).equals(f.found()) && f.start() != f.end()) {
            return false;
        }
        c.replaceText(f.start(), f.end(), f.suggestion());
        return true;
    }
}
