package org.newsdesk.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Speaker;

/**
 * The roster: who speaks in this interview. Add, edit, reorder and remove speakers;
 * the order is what Ctrl+1…9 pick.
 */
public final class RosterView {

    private final VBox root = new VBox(4);
    private final ListView<Speaker> list = new ListView<>();
    private final EditorViewModel viewModel;
    private final Messages messages;
    private final BiConsumer<String, String> reassign;

    /**
     * @param reassign gives every paragraph of the first speaker key to the second (null = narration)
     */
    public RosterView(EditorViewModel viewModel, Messages messages, BiConsumer<String, String> reassign,
                      java.util.function.ToIntFunction<String> paragraphsOf) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.reassign = reassign;
        root.setId("rosterPane");
        root.setPadding(new Insets(10, 10, 4, 10));
        Label title = new Label(messages.get("roster.title"));
        title.getStyleClass().add("pane-title");
        list.setId("rosterList");
        list.setAccessibleText(messages.get("roster.title"));
        list.setItems(viewModel.roster());
        list.setPrefHeight(150);
        list.setMinHeight(96); // the metadata pane below grows; the roster keeps room for a few speakers
        list.setCellFactory(v -> new SpeakerCell());
        Button add = button("rosterAdd", "roster.add", Feather.USER_PLUS, this::add);
        Button edit = button("rosterEdit", "roster.edit", Feather.EDIT_2, this::edit);
        Button remove = button("rosterRemove", "roster.remove", Feather.USER_MINUS, () -> remove(paragraphsOf));
        Button up = button("rosterUp", "roster.up", Feather.ARROW_UP, () -> move(-1));
        Button down = button("rosterDown", "roster.down", Feather.ARROW_DOWN, () -> move(1));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        root.getChildren().addAll(title, list, new HBox(4, add, edit, remove, up, down));
        root.disableProperty().bind(viewModel.storyProperty().isNull().or(viewModel.readOnlyProperty()));
    }

    /** An icon button: narrow panes never cut it to "…"; its name is its tooltip and what a screen reader says. */
    private Button button(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new javafx.scene.control.Tooltip(messages.get(key)));
        b.setAccessibleText(messages.get(key));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void add() {
        List<Speaker> roster = new ArrayList<>(viewModel.roster());
        new SpeakerDialog(messages, null, freshKey(roster)).showAndWait().ifPresent(s -> {
            roster.add(s);
            viewModel.changeRoster(roster);
        });
    }

    private void edit() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        List<Speaker> roster = new ArrayList<>(viewModel.roster());
        new SpeakerDialog(messages, roster.get(index), roster.get(index).key()).showAndWait().ifPresent(s -> {
            roster.set(index, s);
            viewModel.changeRoster(roster);
        });
    }

    private void move(int delta) {
        int index = list.getSelectionModel().getSelectedIndex();
        int target = index + delta;
        if (index < 0 || target < 0 || target >= viewModel.roster().size()) {
            return;
        }
        List<Speaker> roster = new ArrayList<>(viewModel.roster());
        roster.add(target, roster.remove(index));
        viewModel.changeRoster(roster);
        list.getSelectionModel().select(target);
    }

    /** Removing a speaker who still has paragraphs asks where those paragraphs go. */
    private void remove(java.util.function.ToIntFunction<String> paragraphsOf) {
        Speaker speaker = list.getSelectionModel().getSelectedItem();
        if (speaker == null) {
            return;
        }
        List<Speaker> rest = new ArrayList<>(viewModel.roster());
        rest.remove(speaker);
        int count = paragraphsOf.applyAsInt(speaker.key());
        if (count > 0) {
            Optional<Choice> target = askWhereParagraphsGo(speaker, rest, count);
            if (target.isEmpty()) {
                return;
            }
            reassign.accept(speaker.key(), target.get().key());
        }
        viewModel.changeRoster(rest);
    }

    /** @return where the paragraphs go (a choice whose key is null means narration), empty when cancelled */
    private Optional<Choice> askWhereParagraphsGo(Speaker speaker, List<Speaker> rest, int count) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, messages.get("roster.remove.toNarration")));
        rest.forEach(s -> choices.add(new Choice(s.key(), messages.get("roster.remove.toSpeaker", s.label()))));
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle(messages.get("roster.remove"));
        dialog.setHeaderText(messages.get("roster.remove.header", speaker.label(), count));
        dialog.getDialogPane().setId("rosterRemoveDialog");
        return dialog.showAndWait();
    }

    private record Choice(String key, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static String freshKey(List<Speaker> roster) {
        for (int i = roster.size() + 1; ; i++) {
            String key = "s" + i;
            if (roster.stream().noneMatch(s -> s.key().equals(key))) {
                return key;
            }
        }
    }

    public Node root() {
        return root;
    }

    private final class SpeakerCell extends ListCell<Speaker> {
        @Override
        protected void updateItem(Speaker s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().removeIf(c -> c.startsWith("speaker-"));
            if (empty || s == null) {
                setText(null);
                return;
            }
            int position = getIndex() + 1;
            String keyHint = position <= 9 ? "Ctrl+" + position + "  " : "";
            String detail = String.join(" ", s.title(), s.fullName().equals(s.label()) ? "" : s.fullName()).strip();
            setText(keyHint + s.label() + (detail.isEmpty() ? "" : " · " + detail)
                    + " (" + messages.get("role." + s.role().name().toLowerCase(Locale.ROOT)) + ")");
            getStyleClass().add("speaker-" + s.role().name().toLowerCase(Locale.ROOT));
        }
    }
}
