package org.newsdesk.workflow.metadata;

import java.util.List;
import java.util.Objects;

/**
 * Why a metadata field's value is not acceptable; the metadata pane shows it at the field.
 *
 * @param field      the field concerned
 * @param messageKey the message (bundle key, {@code validation.*})
 * @param args       the message's arguments
 */
public record FieldProblem(MetadataField field, String messageKey, List<Object> args) implements Problem {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldProblem of(MetadataField field, String messageKey, Object... args) {
        return new FieldProblem(field, messageKey, List.of(args));
    }
}
