package org.newsdesk.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The text the Edit menu's Cut, Copy, Paste and Select all act on: the focused field of the
 * window (a metadata field, the library search, the find bar) or the transcript. Each command
 * is enabled only when that text can take it, so a greyed-out item means "nothing to act on".
 */
final class TextFocus {

    private final ObjectProperty<Node> focused = new SimpleObjectProperty<>();
    /** Changes whenever the focused text's selection or editability may have changed. */
    private final IntegerProperty changes = new SimpleIntegerProperty();
    private final InvalidationListener touched = o -> changes.set(changes.get() + 1);
    private final BooleanBinding hasText;
    private final BooleanBinding hasSelection;
    private final BooleanBinding editable;

    TextFocus(Parent root) {
        root.sceneProperty().addListener((obs, old, scene) -> follow(scene));
        follow(root.getScene());
        focused.addListener((obs, old, now) -> {
            watch(old, false);
            watch(now, true);
            touched.invalidated(focused);
        });
        hasText = Bindings.createBooleanBinding(() -> isText(focused.get()), focused);
        hasSelection = Bindings.createBooleanBinding(() -> selectionLength(focused.get()) > 0, focused, changes);
        editable = Bindings.createBooleanBinding(() -> isEditable(focused.get()), focused, changes);
    }

    private void watch(Node node, boolean on) {
        List<Observable> sources = new ArrayList<>();
        if (node instanceof TextInputControl field) {
            sources.addAll(List.of(field.selectionProperty(), field.editableProperty(), field.disabledProperty()));
        } else if (node instanceof GenericStyledArea<?, ?, ?> area) {
            sources.addAll(List.of(area.selectionProperty(), area.editableProperty(), area.disabledProperty()));
        }
        for (Observable source : sources) {
            if (on) {
                source.addListener(touched);
            } else {
                source.removeListener(touched);
            }
        }
    }

    private void follow(Scene scene) {
        focused.unbind();
        if (scene != null) {
            focused.bind(Bindings.createObjectBinding(() -> textOwner(scene.getFocusOwner()),
                    scene.focusOwnerProperty()));
        } else {
            focused.set(null);
        }
    }

    /** The text control that owns {@code node} (a text field, or the styled area a skin part belongs to). */
    private static Node textOwner(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (isText(n)) {
                return n;
            }
        }
        return null;
    }

    private static boolean isText(Node node) {
        return node instanceof TextInputControl || node instanceof GenericStyledArea<?, ?, ?>;
    }

    private static int selectionLength(Node node) {
        if (node instanceof TextInputControl field) {
            return field.getSelection().getLength();
        }
        if (node instanceof GenericStyledArea<?, ?, ?> area) {
            return area.getSelection().getLength();
        }
        return 0;
    }

    private static boolean isEditable(Node node) {
        if (node instanceof TextInputControl field) {
            return field.isEditable() && !field.isDisabled();
        }
        if (node instanceof GenericStyledArea<?, ?, ?> area) {
            return area.isEditable() && !area.isDisabled();
        }
        return false;
    }

    BooleanBinding hasText() {
        return hasText;
    }

    BooleanBinding hasSelection() {
        return hasSelection;
    }

    BooleanBinding hasEditableSelection() {
        return hasSelection.and(editable);
    }

    BooleanBinding editable() {
        return editable;
    }

    void cut() {
        if (focused.get() instanceof TextInputControl field) {
            field.cut();
        } else if (focused.get() instanceof GenericStyledArea<?, ?, ?> area) {
            area.cut();
        }
    }

    void copy() {
        if (focused.get() instanceof TextInputControl field) {
            field.copy();
        } else if (focused.get() instanceof GenericStyledArea<?, ?, ?> area) {
            area.copy();
        }
    }

    void paste() {
        if (focused.get() instanceof TextInputControl field) {
            field.paste();
        } else if (focused.get() instanceof GenericStyledArea<?, ?, ?> area) {
            area.paste();
        }
    }

    void selectAll() {
        if (focused.get() instanceof TextInputControl field) {
            field.selectAll();
        } else if (focused.get() instanceof GenericStyledArea<?, ?, ?> area) {
            area.selectAll();
        }
    }
}
