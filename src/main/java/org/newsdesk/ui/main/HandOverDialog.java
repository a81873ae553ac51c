package org.newsdesk.ui.main;

import java.util.List;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Story;
import org.newsdesk.store.server.ServerLibrary;

/** Story → Hand to colleague…: choose one of the newsroom's editors; the server records the assignment. */
final class HandOverDialog {

    /** An editor as the list shows it. */
    private record Choice(String login, String name, String shown) {
        @Override
        public String toString() {
            return shown;
        }
    }

    private HandOverDialog() {
    }

    static void show(Window owner, Messages messages, MainViewModel viewModel) {
        Story story = viewModel.currentStory();
        if (story == null) {
            return;
        }
        viewModel.newsroom().editors(editors -> choose(owner, messages, viewModel, story, editors),
                e -> viewModel.tell(messages.get("newsroom.handOver.offline")));
    }

    private static void choose(Window owner, Messages messages, MainViewModel viewModel, Story story,
                               List<ServerLibrary.Editor> editors) {
        String current = viewModel.newsroom().assigneesProperty().get().get(story.id());
        List<Choice> choices = editors.stream().map(e -> new Choice(e.login(), e.displayName().isBlank() ? e.login() : e.displayName(),
                e.displayName().isBlank() ? e.login() : messages.get("newsroom.handOver.editor", e.displayName(), e.login(),
                messages.get("newsroom.role." + e.role())))).toList();
        if (choices.isEmpty()) {
            return;
        }
        Choice preset = choices.stream().filter(c -> c.login().equals(current)).findFirst().orElse(choices.get(0));
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(preset, choices);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("newsroom.handOver.title"));
        dialog.setHeaderText(messages.get("newsroom.handOver.header", story.metadata().headline().isBlank()
                ? messages.get("library.untitled") : story.metadata().headline()));
        dialog.setContentText(messages.get("newsroom.handOver.to"));
        dialog.getDialogPane().setId("handOverDialog");
        dialog.showAndWait().ifPresent(chosen -> viewModel.newsroom().handOver(story.id(), chosen.login(),
                () -> viewModel.tell(messages.get("newsroom.handOver.done", chosen.name())),
                e -> viewModel.tell(messages.get("newsroom.handOver.failed", String.valueOf(e.getMessage())))));
    }
}
