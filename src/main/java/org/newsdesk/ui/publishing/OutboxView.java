package org.newsdesk.ui.publishing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.sync.DeliveryProblem;

/** The outbox window: per entry its story, target, state, attempts and last error; retry now, cancel. */
public final class OutboxView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Stage stage = new Stage();
    private final TableView<OutboxEntry> table;

    public OutboxView(SyncViewModel viewModel, Messages messages, Window owner) {
        table = new TableView<>(viewModel.entries());
        table.setId("outboxTable");
        table.setPlaceholder(new Label(messages.get("sync.outbox.empty")));
        table.getColumns().add(column(messages.get("sync.outbox.story"), 260, e -> e.headline() + " (r" + e.revision() + ")"));
        table.getColumns().add(column(messages.get("sync.outbox.target"), 110, OutboxEntry::target));
        table.getColumns().add(column(messages.get("sync.outbox.state"), 100,
                e -> messages.get("sync.state." + e.state().name().toLowerCase(Locale.ROOT))));
        table.getColumns().add(column(messages.get("sync.outbox.scheduledFor"), 130,
                e -> e.state() == DeliveryState.SCHEDULED ? TIME.format(e.nextAttemptAt())
                        : e.releaseAt() == null ? "" : TIME.format(e.releaseAt())));
        TableColumn<OutboxEntry, Integer> attempts = new TableColumn<>(messages.get("sync.outbox.attempts"));
        attempts.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().attempts()));
        attempts.setPrefWidth(80);
        table.getColumns().add(attempts);
        table.getColumns().add(column(messages.get("sync.outbox.nextAttempt"), 150,
                e -> e.state() == DeliveryState.FAILED ? TIME.format(e.nextAttemptAt()) : ""));
        table.getColumns().add(column(messages.get("sync.outbox.lastError"), 420, e -> e.state() == DeliveryState.REJECTED
                ? viewModel.rejectionText(e, e.lastError()) : DeliveryProblem.describe(e.lastError(), messages)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);

        Button retry = new Button(messages.get("sync.outbox.retryNow"));
        retry.setId("retryNowButton");
        retry.setOnAction(e -> viewModel.retryNow(table.getSelectionModel().getSelectedItem()));
        Button cancel = new Button(messages.get("sync.outbox.cancel"));
        cancel.setId("cancelDeliveryButton");
        // a scheduled publish cancelled here never goes out
        cancel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            OutboxEntry selected = table.getSelectionModel().getSelectedItem();
            return messages.get(selected != null && selected.state() == DeliveryState.SCHEDULED
                    ? "sync.outbox.cancelScheduled" : "sync.outbox.cancel");
        }, table.getSelectionModel().selectedItemProperty()));
        cancel.setOnAction(e -> viewModel.cancel(table.getSelectionModel().getSelectedItem()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            retry.setDisable(entry == null || entry.state() == DeliveryState.DELIVERED || entry.state() == DeliveryState.SENDING
                    || entry.state() == DeliveryState.SCHEDULED);
            cancel.setDisable(entry == null || entry.state() == DeliveryState.DELIVERED
                    || entry.state() == DeliveryState.CANCELLED);
        });
        retry.setDisable(true);
        cancel.setDisable(true);
        Label status = new Label();
        status.setId("outboxMessage");
        status.textProperty().bind(viewModel.messageProperty());
        HBox buttons = new HBox(8, retry, cancel, status);
        buttons.setPadding(new Insets(8));

        BorderPane root = new BorderPane(table);
        root.setBottom(buttons);
        root.setId("outboxWindow");
        stage.setTitle(messages.get("sync.outbox.title"));
        stage.initOwner(owner);
        Scene scene = new Scene(root, 1100, 420);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    private static TableColumn<OutboxEntry, String> column(String title, double width, Function<OutboxEntry, String> value) {
        TableColumn<OutboxEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
