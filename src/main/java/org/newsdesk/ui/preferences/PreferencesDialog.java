package org.newsdesk.ui.preferences;

import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;

/**
 * Edit → Preferences: a list of sections on the left, the chosen one on the right;
 * OK applies and closes, Apply applies and stays, Cancel forgets the edits.
 */
public final class PreferencesDialog extends Dialog<ButtonType> {

    /**
     * @param extra sections other screens contribute, shown after the built-in ones
     */
    public PreferencesDialog(Window owner, PreferencesViewModel viewModel, Messages messages, List<PreferencesSection> extra) {
        initOwner(owner);
        setTitle(messages.get("prefs.title"));
        setResizable(true);
        getDialogPane().setId("preferencesDialog");
        List<PreferencesSection> sections = new ArrayList<>(new PreferencesPages(viewModel, messages).all());
        sections.addAll(extra);
        sections.forEach(s -> s.content().setId(s.id()));

        ListView<PreferencesSection> list = new ListView<>();
        list.setId("preferencesSections");
        list.getStyleClass().add("preferences-sections");
        list.getItems().setAll(sections);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PreferencesSection item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        ScrollPane page = new ScrollPane();
        page.setFitToWidth(true);
        page.getStyleClass().add("preferences-section");
        list.getSelectionModel().selectedItemProperty().addListener((o, old, section) ->
                page.setContent(section == null ? null : section.content()));
        list.getSelectionModel().selectFirst();

        Label problem = new Label();
        problem.setId("preferencesProblem");
        problem.getStyleClass().add("preferences-error");
        problem.textProperty().bind(viewModel.problemProperty());
        BorderPane content = new BorderPane(page);
        content.setLeft(list);
        content.setBottom(problem);
        BorderPane.setMargin(problem, new Insets(8, 0, 0, 0));
        // a dialog window takes its content's minimum size: make it roomy enough for every page
        content.setMinSize(780, 480);
        getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType apply = new ButtonType(messages.get("prefs.apply"), ButtonBar.ButtonData.APPLY);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, apply, cancel);
        getDialogPane().lookupButton(ok).setId("preferencesOk");
        getDialogPane().lookupButton(apply).setId("preferencesApply");
        getDialogPane().lookupButton(cancel).setId("preferencesCancel");
        getDialogPane().lookupButton(ok).disableProperty().bind(viewModel.validProperty().not());
        getDialogPane().lookupButton(apply).disableProperty().bind(viewModel.validProperty().not());
        getDialogPane().lookupButton(apply).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            applyAll(viewModel, sections);
        });
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (!applyAll(viewModel, sections)) {
                e.consume();
            }
        });
    }

    private static boolean applyAll(PreferencesViewModel viewModel, List<PreferencesSection> sections) {
        if (!viewModel.apply()) {
            return false;
        }
        sections.forEach(s -> s.onApply().run());
        return true;
    }
}
