package org.newsdesk.workflow.metadata;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Something a user is told, as a message key and its arguments, so that each screen or the
 * command line shows it in the user's language. An argument that is a {@link MetadataField}
 * is shown as the field's label.
 */
public interface Problem {

    String messageKey();

    List<Object> args();

    /**
     * The text of this problem.
     *
     * @param text looks up a message key and fills in its arguments, e.g. {@code messages::get}
     */
    default String describe(BiFunction<String, Object[], String> text) {
        Object[] filled = args().toArray();
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof MetadataField f) {
                filled[i] = text.apply(f.labelKey(), new Object[0]);
            }
        }
        return text.apply(messageKey(), filled);
    }
}
