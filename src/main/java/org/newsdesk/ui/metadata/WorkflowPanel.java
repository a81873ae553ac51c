package org.newsdesk.ui.metadata;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.workflow.readiness.ReadinessCheck;
import org.newsdesk.workflow.readiness.ReadinessFailure;
import org.newsdesk.workflow.readiness.ReadinessReport;
import org.newsdesk.workflow.readiness.ReadinessTarget;
import org.newsdesk.workflow.status.StatusChange;
import org.newsdesk.workflow.status.StatusTransitions;

/**
 * The top of the metadata pane: the story's status with the moves it may make, what the last
 * move did, the status history, and the readiness checklist whose failures link to the place
 * they are about.
 */
final class WorkflowPanel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final VBox root = new VBox(6);
    private final WorkflowViewModel viewModel;
    private final Messages messages;
    private final Consumer<ReadinessTarget> jump;
    private final Label badge = new Label();
    private final MenuButton move = new MenuButton();
    private final VBox history = new VBox(2);
    private final VBox checks = new VBox(3);
    private final TitledPane readiness;

    WorkflowPanel(WorkflowViewModel viewModel, Messages messages, Consumer<Status> moveTo, Runnable check,
                  Consumer<ReadinessTarget> jump) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.jump = jump;
        badge.setId("statusBadge");
        move.setId("statusMenu");
        move.setText(messages.get("workflow.move"));
        move.setAccessibleText(messages.get("workflow.move"));
        Label outcome = new Label();
        outcome.setId("statusOutcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(viewModel.outcomeProperty());
        viewModel.statusProperty().addListener((obs, old, status) -> showStatus(status, moveTo));
        showStatus(viewModel.statusProperty().get(), moveTo);

        history.setId("statusHistory");
        viewModel.history().addListener((ListChangeListener<StatusChange>) c -> showHistory());
        TitledPane historyPane = new TitledPane(messages.get("workflow.history"), history);
        historyPane.setId("historySection");
        historyPane.setExpanded(false);

        Button checkNow = new Button(messages.get("readiness.checkNow"));
        checkNow.setId("checkReadiness");
        checkNow.setOnAction(e -> check.run());
        checks.setId("readinessList");
        readiness = new TitledPane(messages.get("readiness.title"), new VBox(6, checkNow, checks));
        readiness.setId("readinessSection");
        readiness.setExpanded(false);
        // failures appear at once where the editor looks, and their links don't move under the pointer
        readiness.setAnimated(false);
        viewModel.reportProperty().addListener((obs, old, report) -> showReport(report));

        HBox line = new HBox(8, badge, move);
        // the review chain where the editor looks first: which levels are signed, by whom, which is open
        SignOffSection signOff = new SignOffSection(viewModel, messages);
        root.getChildren().addAll(line, outcome, signOff.root(), historyPane, readiness);
        root.setPadding(new Insets(0, 0, 4, 0));
    }

    private void showStatus(Status status, Consumer<Status> moveTo) {
        badge.getStyleClass().removeIf(c -> c.startsWith("status-"));
        move.getItems().clear();
        move.setDisable(status == null);
        if (status == null) {
            badge.setText("");
            return;
        }
        badge.setText(viewModel.label(status));
        badge.getStyleClass().addAll("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT));
        for (Status to : StatusTransitions.next(status)) {
            MenuItem item = new MenuItem(messages.get("workflow.to." + to.name().toLowerCase(Locale.ROOT)));
            item.setId("statusTo" + to.name().charAt(0) + to.name().substring(1).toLowerCase(Locale.ROOT));
            item.setOnAction(e -> moveTo.accept(to));
            move.getItems().add(item);
        }
    }

    private void showHistory() {
        history.getChildren().clear();
        for (StatusChange c : viewModel.history()) {
            String line = messages.get("workflow.historyLine", viewModel.label(c.from()),
                    viewModel.label(c.to()), c.changedBy().isBlank() ? messages.get("identity.unknown") : c.changedBy(), WHEN.format(c.changedAt().atZone(ZoneId.systemDefault())));
            history.getChildren().add(new Label(c.reason().isEmpty() ? line
                    : messages.get("workflow.historyReason", line, messages.get("workflow.reason." + c.reason()))));
        }
        if (viewModel.history().isEmpty()) {
            history.getChildren().add(new Label(messages.get("workflow.noHistory")));
        }
    }

    private void showReport(ReadinessReport report) {
        checks.getChildren().clear();
        if (report == null) {
            return;
        }
        int n = 0;
        for (ReadinessCheck.Kind kind : report.checks()) {
            boolean passed = report.passed(kind);
            Label title = new Label((passed ? "✓ " : "✗ ") + messages.get(kind.labelKey()));
            title.getStyleClass().add(passed ? "check-passed" : "check-failed");
            checks.getChildren().add(title);
            for (ReadinessFailure f : report.failuresOf(kind)) {
                Hyperlink link = new Hyperlink(f.describe(messages::get));
                link.setId("readinessFailure" + n++);
                link.setWrapText(true);
                link.getStyleClass().add("readiness-failure");
                link.setOnAction(e -> jump.accept(f.target()));
                checks.getChildren().add(link);
            }
        }
        readiness.setText(report.ready() ? messages.get("readiness.titleReady")
                : messages.get("readiness.titleFailed", report.failures().size()));
        if (!report.ready()) {
            readiness.setExpanded(true);
        }
    }

    /** Opens the checklist (the menu's "check readiness"). */
    void showChecklist() {
        readiness.setExpanded(true);
    }

    Node root() {
        return root;
    }
}
