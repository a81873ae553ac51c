package org.newsdesk.ui.library;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Status;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.sync.StoryDelivery;

/** The library table's badge cells: a story's status, and its delivery to the publishing targets. */
final class LibraryCells {

    private LibraryCells() {
    }

    static final class StatusCell extends TableCell<LibraryEntry, Status> {
        private final Messages messages;
        private final Label badge = new Label();

        private Status shown;

        StatusCell(Messages messages) {
            this.messages = messages;
            badge.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Status status, boolean empty) {
            super.updateItem(status, empty);
            setText(null);
            if (empty || status == null) {
                setGraphic(null);
                return;
            }
            // scrolling reuses cells: restyle the badge only when its status changes (CSS is the cost)
            if (status != shown) {
                String name = status.name().toLowerCase(Locale.ROOT);
                badge.setText(messages.get("status." + name));
                badge.getStyleClass().setAll("label", "status-badge", "status-" + name);
                shown = status;
            }
            setGraphic(badge);
        }
    }

    /** A story's delivery as a badge ("Delivered", "Waiting (2)", "Conflict"...), each target's state in its tooltip. */
    static final class DeliveryCell extends TableCell<LibraryEntry, StoryDelivery> {
        private static final java.time.format.DateTimeFormatter SCHEDULED_TIME = java.time.format.DateTimeFormatter
                .ofPattern("MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());
        private final Messages messages;
        private final Label badge = new Label();
        /** Made when a delivery is first shown: a tooltip is a window of its own, and most rows have none. */
        private Tooltip tip;

        DeliveryCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(StoryDelivery delivery, boolean empty) {
            super.updateItem(delivery, empty);
            setText(null);
            if (empty || delivery == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String kind = delivery.summary().name().toLowerCase(Locale.ROOT);
            badge.setText(messages.get("library.delivery." + kind, delivery.waiting(), delivery.scheduledFor()
                    .map(SCHEDULED_TIME::format).orElse("")));
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.getStyleClass().setAll("label", "delivery-badge", "delivery-" + kind);
            if (delivery.summary() == StoryDelivery.Summary.WAITING
                    && delivery.entries().stream().anyMatch(e -> e.state() == DeliveryState.FAILED)) {
                badge.getStyleClass().add("delivery-retrying");
            }
            badge.setAccessibleText(badge.getText());
            if (tip == null) {
                tip = new Tooltip();
                tip.setWrapText(true);
                tip.setMaxWidth(520);
            }
            tip.setText(tooltip(delivery));
            setGraphic(badge);
            setTooltip(tip);
        }

        private String tooltip(StoryDelivery delivery) {
            StringBuilder text = new StringBuilder(messages.get("library.delivery.revision", delivery.revision()));
            for (OutboxEntry e : delivery.entries()) {
                text.append('\n').append(messages.get("library.delivery.target", e.target(),
                        messages.get("sync.state." + e.state().name().toLowerCase(Locale.ROOT))));
                if (e.state() == DeliveryState.SCHEDULED) {
                    text.append(" — ").append(SCHEDULED_TIME.format(e.nextAttemptAt()));
                }
                boolean told = e.state() == DeliveryState.FAILED || e.state() == DeliveryState.REJECTED;
                if (told && e.lastError() != null && !e.lastError().isBlank()) {
                    text.append(" — ").append(e.lastError());
                }
            }
            return text.toString();
        }
    }

    /**
     * When a story was last changed, as short as a narrow column needs: the time today, the day
     * this year, the date before that; the full time is the tooltip. Sorting uses the instant.
     */
    static final class UpdatedCell extends TableCell<LibraryEntry, java.time.Instant> {
        private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("MM-dd");
        private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd");
        private static final java.time.format.DateTimeFormatter FULL =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        private final java.time.Clock clock;
        /** Made when a time is first shown (cells of empty rows never need one). */
        private Tooltip tip;

        UpdatedCell(java.time.Clock clock) {
            this.clock = clock;
        }

        @Override
        protected void updateItem(java.time.Instant value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(shortForm(value, clock));
            if (tip == null) {
                tip = new Tooltip();
            }
            tip.setText(FULL.format(value.atZone(clock.getZone())));
            setTooltip(tip);
        }

        static String shortForm(java.time.Instant value, java.time.Clock clock) {
            java.time.ZonedDateTime at = value.atZone(clock.getZone());
            java.time.LocalDate today = java.time.LocalDate.now(clock);
            if (at.toLocalDate().equals(today)) {
                return TIME.format(at);
            }
            return at.getYear() == today.getYear() ? DAY.format(at) : DATE.format(at);
        }
    }
}
