package org.newsdesk.ui.editor;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.newsdesk.i18n.Messages;
import org.newsdesk.text.TextSearch;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * Ctrl+F / Ctrl+H: find and replace over the whole story, plain or regular expression,
 * with a match count; replace-all is one undo step.
 */
public final class FindBar {

    /** Wraps onto a second row in a narrow window instead of cutting its labels to "…". */
    private final FlowPane root = new FlowPane(6, 4);
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox regex;
    private final CheckBox matchCase;
    private final Label count = new Label();
    private final TranscriptArea area;
    private final Messages messages;
    private final Node[] replaceControls;
    private final FindSearch searching;
    private List<TextSearch.Match> matches = List.of();

    /** @param tasks where a long transcript is searched (off the FX thread, once typing pauses) */
    public FindBar(TranscriptArea area, Messages messages, BackgroundTasks tasks) {
        this.area = area;
        this.messages = messages;
        this.searching = new FindSearch(tasks, this::show);
        root.setId("findBar");
        root.getStyleClass().add("find-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setRowValignment(javafx.geometry.VPos.CENTER);
        root.setPadding(new Insets(4, 8, 4, 8));
        find.setId("findField");
        find.setPromptText(messages.get("find.prompt"));
        replace.setId("replaceField");
        replace.setPromptText(messages.get("find.replacePrompt"));
        regex = new CheckBox(messages.get("find.regex"));
        regex.setId("findRegex");
        matchCase = new CheckBox(messages.get("find.matchCase"));
        matchCase.setId("findMatchCase");
        count.setId("matchCount");
        for (Region r : new Region[] {regex, matchCase, count}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        find.setPrefColumnCount(14);
        replace.setPrefColumnCount(14);
        Button previous = iconButton("findPrevious", "find.previous", Feather.CHEVRON_UP, () -> step(-1));
        Button next = iconButton("findNext", "find.next", Feather.CHEVRON_DOWN, () -> step(1));
        Button replaceOne = button("replaceOne", "find.replace", this::replaceCurrent);
        Button replaceAll = button("replaceAll", "find.replaceAll", this::replaceAll);
        Button close = iconButton("findClose", "find.close", Feather.X, this::hide);
        replaceControls = new Node[] {replace, replaceOne, replaceAll};
        root.getChildren().addAll(find, regex, matchCase, count, previous, next, replace, replaceOne, replaceAll, close);
        find.textProperty().addListener((o, a, b) -> search());
        regex.selectedProperty().addListener((o, a, b) -> search());
        matchCase.selectedProperty().addListener((o, a, b) -> search());
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        replace.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        // a text field reads Ctrl+H as backspace: in the find bar it opens Replace, as the menu says
        KeyCombination replaceKey = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
        KeyCombination findKey = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (replaceKey.match(e)) {
                showReplace();
                replace.requestFocus();
                e.consume();
            } else if (findKey.match(e)) {
                find.requestFocus();
                find.selectAll();
                e.consume();
            }
        });
        area.plainTextChanges().subscribe(c -> {
            if (root.isVisible()) {
                search();
            }
        });
        hide();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A button showing only an icon; its name is its tooltip and what a screen reader says. */
    private Button iconButton(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setAccessibleText(messages.get(key));
        b.setTooltip(new Tooltip(messages.get(key)));
        b.setOnAction(e -> action.run());
        return b;
    }

    public void showFind() {
        show(false);
    }

    public void showReplace() {
        show(true);
    }

    private void show(boolean withReplace) {
        root.setVisible(true);
        root.setManaged(true);
        for (Node n : replaceControls) {
            n.setVisible(withReplace);
            n.setManaged(withReplace);
        }
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        find.requestFocus();
        find.selectAll();
        search();
    }

    public void hide() {
        root.setVisible(false);
        root.setManaged(false);
        area.requestFocus();
    }

    private void search() {
        searching.ask(find.getText(), regex.isSelected(), matchCase.isSelected(), replace.getText(), area.getLength(),
                area::getText);
    }

    private void show(FindSearch.Outcome outcome) {
        matches = outcome.matches();
        if (outcome.problem() != null) {
            count.setText(messages.get("find.badPattern", outcome.problem()));
            count.getStyleClass().add("find-error");
        } else {
            count.setText(find.getText().isEmpty() ? "" : messages.get("find.count", matches.size()));
            count.getStyleClass().remove("find-error");
        }
    }

    /** Selects the next (or previous) match after (before) the caret, wrapping around. */
    private void step(int direction) {
        searching.now();
        if (matches.isEmpty()) {
            return;
        }
        int caret = direction > 0 ? area.getSelection().getEnd() : area.getSelection().getStart();
        TextSearch.Match target = direction > 0 ? matches.get(0) : matches.get(matches.size() - 1);
        for (int i = 0; i < matches.size(); i++) {
            TextSearch.Match m = direction > 0 ? matches.get(i) : matches.get(matches.size() - 1 - i);
            if (direction > 0 ? m.start() >= caret : m.end() <= caret) {
                target = m;
                break;
            }
        }
        area.selectRange(target.start(), target.end());
        area.requestFollowCaret();
        count.setText(messages.get("find.position", matches.indexOf(target) + 1, matches.size()));
    }

    private void replaceCurrent() {
        searching.now();
        for (TextSearch.Match m : matches) {
            if (m.start() == area.getSelection().getStart() && m.end() == area.getSelection().getEnd()) {
                area.replaceText(m.start(), m.end(), m.replacement());
                step(1);
                return;
            }
        }
        step(1);
    }

    /** All matches in one change, so one Ctrl+Z takes them all back. */
    private void replaceAll() {
        search();
        searching.now();
        if (matches.isEmpty()) {
            return;
        }
        MultiChangeBuilder<ParStyle, String, TextStyle> change = area.createMultiChange(matches.size());
        for (int i = matches.size() - 1; i >= 0; i--) {
            TextSearch.Match m = matches.get(i);
            change.replaceText(m.start(), m.end(), m.replacement());
        }
        int replaced = matches.size();
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
        search();
        searching.now();
        count.setText(messages.get("find.replaced", replaced));
    }

    public Node root() {
        return root;
    }
}
