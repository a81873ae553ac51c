package org.newsdesk.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import org.newsdesk.model.Status;
import org.newsdesk.ui.actions.EnabledWhen;
import org.newsdesk.ui.editor.EditorView;

/** Each {@link EnabledWhen} as a live condition over the window's state. */
final class ActionConditions {

    private final Map<EnabledWhen, ObservableBooleanValue> conditions = new EnumMap<>(EnabledWhen.class);

    ActionConditions(MainViewModel viewModel, EditorView editor, TextFocus text) {
        BooleanBinding open = viewModel.openStoryProperty().isNotNull();
        var status = viewModel.workflow().statusProperty();
        var area = editor.area();
        conditions.put(EnabledWhen.ALWAYS, Bindings.createBooleanBinding(() -> true));
        conditions.put(EnabledWhen.STORY_OPEN, open);
        // a read-only data folder: the story can be read, searched and exported, not changed
        BooleanBinding editable = open.and(area.editableProperty());
        conditions.put(EnabledWhen.STORY_EDITABLE, editable);
        conditions.put(EnabledWhen.SELECTION, editable.and(Bindings.createBooleanBinding(
                () -> area.getSelection().getLength() > 0, area.selectionProperty())));
        // one observable each, read and observed: an unread lazy value never reports a change again
        var undo = area.undoAvailableProperty();
        var redo = area.redoAvailableProperty();
        conditions.put(EnabledWhen.CAN_UNDO, open.and(Bindings.createBooleanBinding(
                () -> Boolean.TRUE.equals(undo.getValue()), undo)));
        conditions.put(EnabledWhen.CAN_REDO, open.and(Bindings.createBooleanBinding(
                () -> Boolean.TRUE.equals(redo.getValue()), redo)));
        conditions.put(EnabledWhen.CAN_SUBMIT, open.and(statusIn(status, Set.of(Status.DRAFT))));
        conditions.put(EnabledWhen.CAN_APPROVE, open.and(statusIn(status, Set.of(Status.READY))));
        conditions.put(EnabledWhen.CAN_SEND_BACK, open.and(statusIn(status,
                Set.of(Status.READY, Status.APPROVED, Status.WITHDRAWN))));
        conditions.put(EnabledWhen.CAN_PUBLISH, open.and(statusIn(status, Set.of(Status.APPROVED, Status.PUBLISHED)))
                .and(Bindings.isNotEmpty(viewModel.sync().targets())));
        conditions.put(EnabledWhen.CAN_WITHDRAW, open.and(statusIn(status, Set.of(Status.PUBLISHED))));
        conditions.put(EnabledWhen.TEXT_FOCUSED, text.hasText());
        conditions.put(EnabledWhen.TEXT_SELECTION, text.hasSelection());
        conditions.put(EnabledWhen.TEXT_SELECTION_EDITABLE, text.hasEditableSelection());
        conditions.put(EnabledWhen.TEXT_EDITABLE, text.editable());
        conditions.put(EnabledWhen.NEWSROOM_STORY, open.and(viewModel.newsroom().stateProperty()
                .isNotEqualTo(org.newsdesk.newsroom.NewsroomSession.State.NOT_JOINED)));
    }

    private static BooleanBinding statusIn(javafx.beans.value.ObservableValue<Status> status, Set<Status> statuses) {
        return Bindings.createBooleanBinding(() -> status.getValue() != null && statuses.contains(status.getValue()), status);
    }

    ObservableBooleanValue of(EnabledWhen when) {
        return conditions.get(when);
    }
}
